using RCNetProofs.Kernel.Claims;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class SampleClaimTests
{
    private static readonly IReadOnlyList<Rational>[] Samples = [[1], [2], [Rational.Create(1, 2)]];

    [Fact]
    public void AtLeast_HoldingEverywhere_IsSampledNeverProved()
    {
        // AM–GM: x² + 1 ≥ 2x at every sample.
        var script = new ProofScript("s.csx");
        script.Claim("A/n=1", "s", "t").Expect(VerdictKind.Sampled).AtSamples("x² + 1 vs 2x", Samples, x => x[0] * x[0] + 1, x => 2 * x[0]).AtLeast();
        var v = Checks.Verdict(script);
        Assert.Equal(VerdictKind.Sampled, v.Kind);
        Assert.False(v.Unexpected);
        Assert.Equal("≥ stated, at 3 samples", script.Records[0].Claim!.Quantities["x² + 1 vs 2x"]);
    }

    [Fact]
    public void AtMost_And_Exactly_ViolatedAtOneSample_AreRefuted()
    {
        var script = new ProofScript("s.csx");
        script.Claim("A/n=1", "s", "t").AtSamples("x", Samples, x => x[0], _ => 1).AtMost();
        script.Claim("A/n=2", "s", "t").AtSamples("x", Samples, x => x[0], _ => 1).Exactly();
        Assert.Equal([2], Checks.Verdict(script, 0).Witness!.X);
        Assert.Equal(VerdictKind.Refuted, Checks.Verdict(script, 1).Kind);
    }

    [Fact]
    public void AtSamples_Empty_ThrowsWhenStated()
    {
        var script = new ProofScript("s.csx");
        Assert.Throws<ArgumentException>(() => script.Claim("A/n=1", "s", "t").AtSamples("x", [], x => x[0], _ => 1));
    }
}
