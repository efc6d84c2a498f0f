using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class SelectorBoundTests
{
    [Property(MaxTest = 60)]
    public Property Analyze_RandomMaps_EnclosesTheTrajectoryAndBoundsBothMapsOnIt() => Prop.ForAll(
        Arb.From(from d in RandomNetworks.Dimension from g1 in RandomNetworks.Network(d, d) from g2 in RandomNetworks.Network(d, d)
                 from r1 in Gen.Choose(0, 4) from r2 in Gen.Choose(0, 4) from x in Gen.ArrayOf(Gen.ArrayOf(Oracles.RationalIn(-1, 1), d), 4)
                 select (g1, g2, r1, r2, x)), c =>
        {
            var (g1, g2, r1, r2, points) = c;
            int d = g1.InputDimension;
            var (m, states) = SelectorBound.Analyze(g1, g2, r1, r2, Box.Cube(d, -1, 1));
            Assert.Equal(r1 + r2 + 1, states.Count);
            // M is a power of two ≥ max(1, 2 r2)
            Assert.True(m >= 1 && m >= 2 * r2 && m.IsInteger && (m.Numerator & (m.Numerator - 1)).IsZero);
            foreach (var x0 in points)
            {
                var x = x0;
                for (int k = 1; k <= r1 + r2; k++)
                {
                    var a = RcGenerators.ApplyAll(g1, x); var b = RcGenerators.ApplyAll(g2, x);
                    Assert.All(a.Concat(b), v => Assert.True(Rational.Abs(v) <= m));
                    x = k <= r1 ? a : b;
                    for (int i = 0; i < d; i++) Assert.InRange(x[i], states[k].Lower[i], states[k].Upper[i]);
                }
            }
        });

    [Fact]
    public void Analyze_ScalingMap_GivesTheSmallestPowerOfTwoAboveTheLargestValue()
    {
        // g1 = 10x from [1, 1]: visits 1, 10; values 10, 100; g2 = x gives 1, 10 → M = 128
        var g1 = RCNetProofs.Constructions.Calculus.NetworkCalculus.Scale(10, RCNetProofs.Constructions.Calculus.NetworkCalculus.Identity(1, 1));
        var g2 = RCNetProofs.Constructions.Calculus.NetworkCalculus.Identity(1, 1);
        var (m, states) = SelectorBound.Analyze(g1, g2, 2, 0, Box.Cube(1, 1, 1));
        Assert.Equal((Rational)128, m);
        Assert.Equal((Rational)100, states[2].Lower[0]);
        Assert.Equal((Rational)1, SelectorBound.Analyze(g2, g2, 0, 0, Box.Cube(1, 0, 0)).Bound);
        Assert.Equal((Rational)8, SelectorBound.PowerOfTwoAtLeast(Rational.Create(71, 10)));
        Assert.Equal((Rational)8, SelectorBound.PowerOfTwoAtLeast(8));
    }
}
