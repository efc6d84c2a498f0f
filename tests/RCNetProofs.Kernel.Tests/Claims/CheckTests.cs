using System.Numerics;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Claims;

public class CheckTests
{
    private static Claim C(string id, VerdictKind expected = VerdictKind.Proved) => new(id, "test", "test statement", expected);

    [Fact]
    public void Size_SawtoothInItsClass_IsProved()
    {
        var v = Check.Size(C("TEL-FRAC/L=6"), TestNetworks.Sawtooth(6), new NetworkClass(3, 6, 1, 1));
        Assert.Equal(VerdictKind.Proved, v.Kind);
        Assert.False(v.Unexpected);
        Assert.Equal(3, v.Sizes!.Width);
    }

    [Fact]
    public void Size_WidthOffByOne_IsRefutedWithLayerWitness()
    {
        var v = Check.Size(C("TEL-FRAC/L=6"), TestNetworks.Sawtooth(6), new NetworkClass(2, 6, 1, 1));
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.True(v.Unexpected);
        Assert.Equal(Rational.One, v.Witness!.Gap);
        Assert.Contains("hidden layer 0 has 3 neurons > 2", v.Witness.Description);
    }

    [Fact]
    public void Size_DepthConventionsDifferByOne()
    {
        var net = TestNetworks.Sawtooth(2);
        Assert.Equal(VerdictKind.Proved, Check.Size(C("X"), net, new NetworkClass(3, 2, 1, 1, DepthConvention.HiddenLayers)).Kind);
        var v = Check.Size(C("X"), net, new NetworkClass(3, 2, 1, 1, DepthConvention.AffineLayers));
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Contains("3 affine layers > 2", v.Witness!.Description);
    }

    [Theory]
    [InlineData(Relation.AtMost, 34, VerdictKind.Proved)]
    [InlineData(Relation.AtMost, 33, VerdictKind.Refuted)]
    [InlineData(Relation.Equal, 34, VerdictKind.Proved)]
    [InlineData(Relation.AtLeast, 35, VerdictKind.Refuted)]
    public void Count_ComparesTheMeasuredCount(Relation rel, int stated, VerdictKind expected)
    {
        // Δ^{∘2}: (1·3+3) + (3·3+3) + (3·1+1) = 22 parameters; Δ^{∘3} adds 12 more
        var net = TestNetworks.Sawtooth(3);
        var v = Check.Count(C("X"), "parameters", () => NetworkSizes.Measure(net).Parameters, rel, stated);
        Assert.Equal(expected, v.Kind);
        Assert.Equal("34", v.Measured);
    }

    [Fact]
    public void AtPoints_ExactEquality_OnTheWholeFiniteDomain_IsProved()
    {
        var pts = Enumerable.Range(0, 17).Select(k => (IReadOnlyList<Rational>)[Rational.Create(k, 16)]).ToList();
        var v = Check.AtPoints(C("X"), TestNetworks.Sawtooth(3), x => TestNetworks.Tent(x[0], 3), pts, Rational.Zero, exhaustive: true);
        Assert.Equal(VerdictKind.Proved, v.Kind);
    }

    [Fact]
    public void AtPoints_OnASample_IsOnlySampled()
    {
        var pts = new List<IReadOnlyList<Rational>> { new[] { Rational.Create(1, 3) } };
        var v = Check.AtPoints(C("X", VerdictKind.Sampled), TestNetworks.Sawtooth(3), x => TestNetworks.Tent(x[0], 3), pts, Rational.Zero);
        Assert.Equal(VerdictKind.Sampled, v.Kind);
    }

    [Fact]
    public void AtPoints_WrongTarget_IsRefutedWithReEvaluatedWitness()
    {
        var pts = new List<IReadOnlyList<Rational>> { new[] { Rational.Create(1, 8) }, new[] { Rational.Create(1, 3) } };
        // the seed's wrong formula for Δ^{∘L} style mistake: claim Δ∘Δ = Δ
        var v = Check.AtPoints(C("SEED-X", VerdictKind.Refuted), TestNetworks.Sawtooth(2), x => TestNetworks.Tent(x[0], 1), pts, Rational.Zero);
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.False(v.Unexpected);
        var w = v.Witness!;
        Assert.Equal(Rational.Create(1, 8), w.X[0]);
        Assert.Equal(Rational.Create(1, 2), w.NetworkValue);
        Assert.Equal(Rational.Create(1, 4), w.TargetValue);
        Assert.Equal(Rational.Create(1, 4), w.Gap);
    }

    [Fact]
    public void AtPoints_BoundPerPoint_HoldsAtEachPoint_IsSampledAndReportsTheBoundAtTheWorstPoint()
    {
        // Δ(x) = 2x on [0, 1/2]; the "target" x is off by x, and the bound at x is x (tight) or more.
        var pts = new List<IReadOnlyList<Rational>> { new[] { Rational.Create(1, 8) }, new[] { Rational.Create(3, 8) }, new[] { Rational.Create(1, 4) } };
        var v = Check.AtPoints(C("X", VerdictKind.Sampled), TestNetworks.Sawtooth(1), x => x[0], pts,
            x => x[0] == Rational.Create(3, 8) ? x[0] : 2 * x[0]);
        Assert.Equal(VerdictKind.Sampled, v.Kind);
        Assert.Equal("3/8", v.Measured);
        Assert.Equal("3/8", v.Bound);
        Assert.Contains("its bound at each of 3 sample points", v.Message);
    }

    [Fact]
    public void AtPoints_BoundPerPoint_OnePointOverItsOwnBound_IsRefutedThere()
    {
        // The largest gap (3/8 at x = 3/8) is within its bound; the smaller gap 1/8 at x = 1/8 is not within 1/16.
        var pts = new List<IReadOnlyList<Rational>> { new[] { Rational.Create(3, 8) }, new[] { Rational.Create(1, 8) } };
        var v = Check.AtPoints(C("X", VerdictKind.Refuted), TestNetworks.Sawtooth(1), x => x[0], pts,
            x => x[0] == Rational.Create(1, 8) ? Rational.Create(1, 16) : Rational.One);
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Equal(Rational.Create(1, 8), v.Witness!.X[0]);
        Assert.Equal(Rational.Create(1, 8), v.Witness.Gap);
        Assert.Equal("1/16", v.Bound);
    }

    [Fact]
    public void AtPoints_BoundPerPoint_ConstantBound_AgreesWithTheConstantOverload()
    {
        var pts = Enumerable.Range(0, 9).Select(k => (IReadOnlyList<Rational>)[Rational.Create(k, 8)]).ToList();
        var constant = Check.AtPoints(C("X", VerdictKind.Sampled), TestNetworks.Sawtooth(2), x => TestNetworks.Tent(x[0], 1), pts, Rational.One);
        var perPoint = Check.AtPoints(C("X", VerdictKind.Sampled), TestNetworks.Sawtooth(2), x => TestNetworks.Tent(x[0], 1), pts, _ => Rational.One);
        Assert.Equal(constant.Kind, perPoint.Kind);
        Assert.Equal(constant.Measured, perPoint.Measured);
        Assert.Equal(constant.Bound, perPoint.Bound);
        Assert.Equal(constant.Message, perPoint.Message);
    }

    [Fact]
    public void Count_BigNumbers_AreExact()
    {
        var big = BigInteger.Pow(2, 100);
        var v = Check.Count(C("X"), "bits", () => big + 1, Relation.AtMost, big);
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Equal(Rational.One, v.Witness!.Gap);
    }
}
