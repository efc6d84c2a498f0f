using System.Numerics;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ClaimBuilderTests
{
    private readonly ProofScript _script = new("b.csx");

    [Fact]
    public void Expect_Convention_Quantity_EndUpInTheClaim()
    {
        _script.Claim("DAN-NET/d=1", "Daniely", "depth-2 net with 3 affine layers at most")
            .Expect(VerdictKind.Refuted)
            .Convention(DepthConvention.AffineLayers)
            .Quantity("B", "1/2")
            .Network(Sawtooth.Build(3))
            .InClass(width: 3, depth: 3);

        var verdict = Checks.Verdict(_script);

        Assert.Equal(VerdictKind.Refuted, verdict.Claim.Expected);
        Assert.Equal(DepthConvention.AffineLayers, verdict.Claim.Convention);
        Assert.Equal("1/2", verdict.Claim.Quantities["B"]);
        // Δ^∘3 has 4 affine layers, so under the affine-layer convention it is not in a depth-3 class.
        Assert.Equal(VerdictKind.Refuted, verdict.Kind);
        Assert.False(verdict.Unexpected);
    }

    [Fact]
    public void Count_WithoutNetwork_ComparesTheMeasurement()
    {
        _script.Claim("SEED-RC-PARAMS/d=1", "arithmetic", "g has 57691 parameters")
            .Count("parameters of g", () => 10 * 117 + 117 + 4 * (117 * 117 + 117) + 117 * 10 + 10)
            .Exactly(57691);
        _script.Claim("SEED-RC-PARAMS/d=2", "arithmetic", "at most 10")
            .Count("eleven", () => 11)
            .AtMost(10);

        Assert.Equal(VerdictKind.Proved, Checks.Verdict(_script, 0).Kind);
        var refuted = Checks.Verdict(_script, 1);
        Assert.Equal(VerdictKind.Refuted, refuted.Kind);
        Assert.Equal("11", refuted.Measured);
        Assert.Equal("≤ 10", refuted.Claim.Quantities["eleven"]);
    }

    [Fact]
    public void Count_MeasurementIsDeferredUntilTheCheckRuns()
    {
        int calls = 0;
        _script.Claim("A/n=1", "s", "t").Count("calls", () => ++calls).AtLeast(BigInteger.One);

        Assert.Equal(0, calls);
        Assert.Equal(VerdictKind.Proved, Checks.Verdict(_script).Kind);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Network_RecordsTheSubject_CountLeavesItEmpty()
    {
        var net = Sawtooth.Build(3);
        _script.Claim("A/n=1", "s", "t").Network(net).InClass(width: 3, depth: 3);
        _script.Claim("A/n=2", "s", "t").Count("one", () => 1).Exactly(1);

        Assert.Same(net, _script.Records[0].Subject);
        Assert.Null(_script.Records[1].Subject);
    }
}
