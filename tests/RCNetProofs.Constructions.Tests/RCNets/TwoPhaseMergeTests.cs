using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class TwoPhaseMergeTests
{
    private static Gen<(Network G1, Network G2, int R1, int R2, Rational[][] Points)> Cases =>
        from d in RandomNetworks.Dimension
        from l1 in Gen.Choose(1, 3)
        from l2 in Gen.Choose(1, 3)
        from g1 in RandomNetworks.Network(d, d, l1)
        from g2 in RandomNetworks.Network(d, d, l2)
        from r1 in Gen.Choose(0, 4)
        from r2 in Gen.Choose(0, 4)
        from points in Gen.ArrayOf(Gen.ArrayOf(Oracles.RationalIn(-2, 2), d), 3)
        select (g1, g2, r1, r2, points);

    [Property(MaxTest = 50)]
    public Property Build_WithTheTrajectoryBound_RunsG1ThenG2() => Prop.ForAll(Arb.From(Cases), c =>
    {
        var (g1, g2, r1, r2, points) = c;
        int d = g1.InputDimension;
        var (m, _) = SelectorBound.Analyze(g1, g2, r1, r2, Box.Cube(d, -2, 2));
        var phi = TwoPhaseMerge.Build(g1, g2, m);
        var power = new CompiledNetwork<Rational>(r1 + r2 == 0 ? NetworkCalculus.Identity(d + 1) : NetworkCalculus.Power(phi, r1 + r2), NumberConverters.ToRational);
        foreach (var x in points)
        {
            var expected = x;
            for (int k = 0; k < r1; k++) expected = RcGenerators.ApplyAll(g1, expected);
            for (int k = 0; k < r2; k++) expected = RcGenerators.ApplyAll(g2, expected);
            Assert.Equal([.. expected, (Rational)(1 - 2 * r2)], power.Evaluate([.. x, (Rational)(2 * r1 + 1)]));
        }
        // size law: hidden layer l holds g1's layer (or d padding neurons), g2's layer (or d), the counter; then ψ with 2d + 2
        int depth = Math.Max(g1.HiddenLayerCount, g2.HiddenLayerCount);
        int Width(Network g, int l) => l < g.HiddenLayerCount ? g.Layers[l].OutputSize : d;
        int[] expectedSizes = [.. Enumerable.Range(0, depth).Select(l => Width(g1, l) + Width(g2, l) + 1), 2 * d + 2];
        Assert.Equal(expectedSizes, RandomNetworks.HiddenSizes(phi));
        Assert.True(NetworkSizes.Measure(phi).Width <= NetworkSizes.Measure(g1).Width + NetworkSizes.Measure(g2).Width + 2 * d);
    });

    [Fact]
    public void Build_SelectorConstantTooSmall_BreaksTheIdentity()
    {
        var g1 = NetworkCalculus.Scale(10, NetworkCalculus.Identity(1, 1));
        var g2 = NetworkCalculus.Identity(1, 1);
        Rational[] start = [1, 3];
        var good = NetworkCalculus.Power(TwoPhaseMerge.Build(g1, g2, SelectorBound.Analyze(g1, g2, 1, 1, Box.Cube(1, 1, 1)).Bound), 2);
        Assert.Equal([(Rational)10, (Rational)(-1)], good.Evaluate(start));
        var bad = NetworkCalculus.Power(TwoPhaseMerge.Build(g1, g2, 1), 2);
        Assert.NotEqual((Rational)10, bad.Evaluate(start)[0]);
    }

    [Fact]
    public void Build_BadArguments_Throw()
    {
        var g = NetworkCalculus.Identity(2, 1);
        Assert.Throws<NetworkException>(() => TwoPhaseMerge.Build(g, NetworkCalculus.Identity(1, 1), 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoPhaseMerge.Build(g, g, 0));
        Assert.Equal(7, TwoPhaseMerge.StartCounter(3));
    }
}
