using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

public class BoxAnalysisTests
{
    private static Rational Q(long p, long q = 1) => Rational.Create(p, q);

    // Boxes [a, a + w] per coordinate with a = p/q and w = k/(3·2^j), k ∈ 0..2: thirds make the ends non-dyadic,
    // k = 0 gives degenerate (point) coordinates.
    internal static Gen<Box> Boxes(int dimension) =>
        from lower in NetworkGenerators.RationalPoints(dimension)
        from widths in Gen.ArrayOf(from k in Gen.Choose(0, 2) from j in Gen.Choose(0, 4) select Rational.Create(k, 3L << j), dimension)
        select new Box(lower, lower.Zip(widths, (a, w) => a + w).ToArray());

    private static Gen<(Network Network, Box[] Boxes)> Cases(Gen<Network> networks) =>
        from n in networks
        from boxes in Gen.ArrayOf(Boxes(n.InputDimension), 6)
        select (n, boxes);

    private static IEnumerable<Rational[]> CornersAndCentre(Box box)
    {
        int d = box.Dimension;
        var lower = box.Lower.ToArray(); var upper = box.Upper.ToArray();
        for (int mask = 0; mask < 1 << d; mask++)
            yield return Enumerable.Range(0, d).Select(i => (mask >> i & 1) == 0 ? lower[i] : upper[i]).ToArray();
        yield return Enumerable.Range(0, d).Select(i => (lower[i] + upper[i]) / 2).ToArray();
    }

    // Oracle: where the pattern is fixed, the affine map agrees with exact evaluation at every corner and the centre;
    // where it is not, the named range straddles zero.
    private static bool AgreesWithEvaluation(Network net, Box box, AffineOnBox r)
    {
        if (!r.PatternFixed) return r.UnfixedRange!.Value.Min < 0 && r.UnfixedRange.Value.Max > 0;
        var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        foreach (var x in CornersAndCentre(box))
        {
            var y = compiled.Evaluate(x);
            for (int k = 0; k < y.Length; k++)
            {
                var affine = r.Offset![k];
                for (int j = 0; j < x.Length; j++) affine += r.Linear![k][j] * x[j];
                if (affine != y[k]) return false;
            }
        }
        return true;
    }

    [Fact]
    public void DecideAffine_OnDyadicAndRationalNetworks_AgreesWithExactEvaluation()
    {
        foreach (var networks in new[] { NetworkGenerators.DyadicNetworks(), NetworkGenerators.Networks() })
            Prop.ForAll(Cases(networks).ToArbitrary(), c =>
                c.Boxes.All(box => AgreesWithEvaluation(c.Network, box, BoxAnalysis.DecideAffine(c.Network, box)))).QuickCheckThrowOnFailure();
    }


    [Fact]
    public void DecideAffine_AbsOnPositiveSide_IsIdentityMap()
    {
        var r = BoxAnalysis.DecideAffine(TestNetworks.Abs(), new Box([Q(1, 4)], [Q(3, 4)]));
        Assert.True(r.PatternFixed);
        Assert.Equal(Q(1), r.Linear![0][0]);
        Assert.Equal(Q(0), r.Offset![0]);
        Assert.False(r.IsConstant);
    }

    [Fact]
    public void DecideAffine_AbsAcrossZero_NamesTheNeuronAndItsExactRange()
    {
        var r = BoxAnalysis.DecideAffine(TestNetworks.Abs(), new Box([Q(-1, 2)], [Q(1, 3)]));
        Assert.False(r.PatternFixed);
        Assert.Equal(0, r.UnfixedLayer);
        Assert.Equal(0, r.UnfixedNeuron);
        Assert.Equal((Q(-1, 2), Q(1, 3)), r.UnfixedRange);
    }

    [Fact]
    public void DecideAffine_SawtoothOnDyadicCell_IsAffineAndMatchesEvaluation()
    {
        var net = TestNetworks.Sawtooth(5);
        var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        for (int k = 0; k < 32; k++)
        {
            var box = new Box([Q(k, 32)], [Q(k + 1, 32)]);
            var r = BoxAnalysis.DecideAffine(net, box);
            Assert.True(r.PatternFixed);
            foreach (var x in new[] { Q(k, 32), Q(2 * k + 1, 64), Q(k + 1, 32) })
                Assert.Equal(compiled.Evaluate([x])[0], r.Linear![0][0] * x + r.Offset![0]);
        }
    }

    [Fact]
    public void IsConstant_WhenEveryNeuronIsOff()
    {
        var r = BoxAnalysis.DecideAffine(TestNetworks.Sawtooth(3), new Box([Q(2)], [Q(3)]));
        Assert.True(r.IsConstant);
        Assert.Equal(Q(0), r.Offset![0]);
    }

    [Fact]
    public void DecideAffine_ConstantAfterTheFirstLayer_GivesTheExactValueOfTheLaterLayers()
    {
        // On [2, 3] both neurons of the first layer are off (−x + 1 < 0, −2x + 3 < 0), so later layers see constants:
        // ReLU(1/3, −1/3) = (1/3, 0) → (1/3, 1/2) → 3·(1/3) − 6·(1/2) + 1/7 = −13/7
        var net = new Network(1, [
            AffineLayer.Dense([[Q(-1)], [Q(-2)]], [Q(1), Q(3)], Activation.Relu),
            AffineLayer.Dense([[Q(5), Q(0)], [Q(1), Q(7)]], [Q(1, 3), Q(-1, 3)], Activation.Relu),
            AffineLayer.Dense([[Q(1), Q(0)], [Q(0), Q(1)]], [Q(0), Q(1, 2)], Activation.Relu),
            AffineLayer.Dense([[Q(3), Q(-6)]], [Q(1, 7)], Activation.Identity)]);
        var r = BoxAnalysis.DecideAffine(net, new Box([Q(2)], [Q(3)]));
        Assert.True(r.IsConstant);
        Assert.Equal(Q(-13, 7), r.Offset![0]);
        var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        Assert.Equal(compiled.Evaluate([Q(5, 2)])[0], r.Offset[0]);
    }

    [Fact]
    public void IntervalBounds_EncloseEveryExactValue()
    {
        var net = TestNetworks.Max2();
        var box = new Box([Q(-1), Q(0)], [Q(1, 2), Q(2)]);
        var (lo, hi) = BoxAnalysis.IntervalBounds(net, box);
        var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        for (int i = 0; i <= 6; i++)
        for (int j = 0; j <= 8; j++)
        {
            var x = new[] { Q(-1) + Q(i, 4), Q(j, 4) };
            var v = compiled.Evaluate(x)[0];
            Assert.InRange(v, lo[0], hi[0]);
        }
    }

    [Fact]
    public void Box_RejectsInvertedCorners()
    {
        var e = Assert.Throws<ArgumentException>(() => new Box([Q(1)], [Q(0)]));
        Assert.Contains("coordinate 0", e.Message);
    }

    [Fact]
    public void RangeOf_IsTheExactRangeOfAnAffineForm()
    {
        var box = new Box([Q(0), Q(-1)], [Q(1), Q(1)]);
        var (min, max) = box.RangeOf([Q(2), Q(-3)], Q(1, 2));
        Assert.Equal(Q(1, 2) - 3, min);
        Assert.Equal(Q(1, 2) + 2 + 3, max);
    }
}
