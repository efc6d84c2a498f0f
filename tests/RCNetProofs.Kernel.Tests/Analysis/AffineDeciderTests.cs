using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

public class AffineDeciderTests
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

    private static bool SameAs(AffineOnBox a, AffineOnBox b) =>
        a.PatternFixed == b.PatternFixed && a.UnfixedLayer == b.UnfixedLayer && a.UnfixedNeuron == b.UnfixedNeuron
        && a.UnfixedRange == b.UnfixedRange && a.IsConstant == b.IsConstant
        && (!a.PatternFixed || (a.Offset!.SequenceEqual(b.Offset!) && a.Linear!.Zip(b.Linear!).All(p => p.First.SequenceEqual(p.Second))));

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
    public void Decide_OnDyadicAndRationalNetworks_EqualsBoxAnalysisAndExactEvaluation()
    {
        foreach (var (networks, dyadic) in new[] { (NetworkGenerators.DyadicNetworks(), true), (NetworkGenerators.Networks(), false) })
            Prop.ForAll(Cases(networks).ToArbitrary(), c =>
            {
                var decider = new AffineDecider(c.Network);
                return (!dyadic || decider.IsDyadic) && c.Boxes.All(box =>
                {
                    var fast = decider.Decide(box);
                    return SameAs(fast, BoxAnalysis.DecideAffine(c.Network, box)) && AgreesWithEvaluation(c.Network, box, fast);
                });
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Decide_SawtoothOnThirds_MatchesBoxAnalysis()
    {
        var net = TestNetworks.Sawtooth(4);
        var decider = new AffineDecider(net);
        Assert.True(decider.IsDyadic);
        for (int k = 0; k < 24; k++)
        {
            var box = new Box([Q(k, 24)], [Q(k + 1, 24)]);
            Assert.True(SameAs(decider.Decide(box), BoxAnalysis.DecideAffine(net, box)));
        }
    }

    [Fact]
    public void Decide_NonDyadicWeights_FallsBackToTheRationalPath()
    {
        var net = new Network(1, [AffineLayer.Dense([[Q(1, 3)]], [Q(0)], Activation.Relu), AffineLayer.Dense([[Q(1)]], [Q(0)], Activation.Identity)]);
        var decider = new AffineDecider(net);
        Assert.False(decider.IsDyadic);
        var r = decider.Decide(new Box([Q(1)], [Q(2)]));
        Assert.Equal(Q(1, 3), r.Linear![0][0]);
    }

    [Fact]
    public void Decide_WrongDimension_Throws()
    {
        var decider = new AffineDecider(TestNetworks.Sawtooth(2));
        Assert.Throws<ArgumentException>(() => decider.Decide(new Box([Q(0), Q(0)], [Q(1), Q(1)])));
    }
}
