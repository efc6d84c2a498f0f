using System.Numerics;
using RCNetProofs.Kernel.Claims;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class CountClaimTests
{
    [Theory]
    [InlineData(5, 5, VerdictKind.Proved, VerdictKind.Proved, VerdictKind.Proved)]
    [InlineData(4, 5, VerdictKind.Refuted, VerdictKind.Proved, VerdictKind.Refuted)]
    [InlineData(6, 5, VerdictKind.Refuted, VerdictKind.Refuted, VerdictKind.Proved)]
    public void Relations_CompareMeasuredWithStated(int measured, int stated, VerdictKind exactly, VerdictKind atMost, VerdictKind atLeast)
    {
        var script = new ProofScript("c.csx");
        script.Claim("A/n=1", "s", "t").Count("q", () => measured).Exactly(stated);
        script.Claim("A/n=2", "s", "t").Count("q", () => measured).AtMost(stated);
        script.Claim("A/n=3", "s", "t").Count("q", () => measured).AtLeast(stated);

        Assert.Equal([exactly, atMost, atLeast], Enumerable.Range(0, 3).Select(i => Checks.Verdict(script, i).Kind));
        Assert.Equal(["= 5", "≤ 5", "≥ 5"], script.Records.Select(r => r.Claim!.Quantities["q"]));
    }

    [Fact]
    public void Refutation_MeasurementThatChanges_IsNotReported()
    {
        // The kernel measures twice before refuting; a measurement that is not a pure function of the object fails.
        var script = new ProofScript("c.csx");
        BigInteger next = 10;
        script.Claim("A/n=1", "s", "t").Count("drifting", () => next++).AtMost(5);

        Assert.Throws<InvalidOperationException>(() => Checks.Verdict(script));
    }
}
