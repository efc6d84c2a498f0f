using RCNetProofs.Kernel.Claims;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ValueClaimTests
{
    [Theory]
    [InlineData(1, 3, VerdictKind.Proved, VerdictKind.Proved, VerdictKind.Proved)]
    [InlineData(1, 4, VerdictKind.Refuted, VerdictKind.Proved, VerdictKind.Refuted)]
    [InlineData(1, 2, VerdictKind.Refuted, VerdictKind.Refuted, VerdictKind.Proved)]
    public void Relations_CompareMeasuredWithOneThird(int p, int q, VerdictKind exactly, VerdictKind atMost, VerdictKind atLeast)
    {
        var script = new ProofScript("v.csx");
        var third = Rational.Create(1, 3);
        script.Claim("A/n=1", "s", "t").Value("q", () => Rational.Create(p, q)).Exactly(third);
        script.Claim("A/n=2", "s", "t").Value("q", () => Rational.Create(p, q)).AtMost(third);
        script.Claim("A/n=3", "s", "t").Value("q", () => Rational.Create(p, q)).AtLeast(third);

        Assert.Equal([exactly, atMost, atLeast], Enumerable.Range(0, 3).Select(i => Checks.Verdict(script, i).Kind));
        Assert.Equal(["= 1/3", "≤ 1/3", "≥ 1/3"], script.Records.Select(r => r.Claim!.Quantities["q"]));
    }

    [Fact]
    public void Value_NullMeasure_Throws()
    {
        var script = new ProofScript("v.csx");
        Assert.Throws<ArgumentNullException>(() => script.Claim("A/n=1", "s", "t").Value("q", null!));
    }
}
