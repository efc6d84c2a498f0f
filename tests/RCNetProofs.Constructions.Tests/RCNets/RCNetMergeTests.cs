using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.BitExtraction;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class RCNetMergeTests
{
    private static Gen<(RCNet Inner, RCNet Outer, int Extra, Rational[][] Points)> Cases =>
        from inner in RcGenerators.RandomRCNet()
        from outer in RcGenerators.RandomRCNet(input: inner.OutputDimension)
        from extra in Gen.Choose(0, 2)
        from points in Gen.ArrayOf(Gen.ArrayOf(Oracles.RationalIn(-2, 2), inner.InputDimension), 3)
        select (inner, outer, extra, points);

    [Property(MaxTest = 40)]
    public Property Build_RandomPairs_EqualsOuterAfterInnerOnTheDomain() => Prop.ForAll(Arb.From(Cases), c =>
    {
        var (inner, outer, extra, points) = c;
        int dim = Math.Max(inner.StateDimension, outer.StateDimension) + extra;
        var merged = RCNetMerge.Build(inner, outer, Box.Cube(inner.InputDimension, -2, 2), dim);
        var flat = new CompiledNetwork<Rational>(merged.Flatten(), NumberConverters.ToRational);
        foreach (var x in points)
        {
            var expected = RcGenerators.Iterate(outer.L1, outer.G, outer.L2, outer.Compositions,
                RcGenerators.Iterate(inner.L1, inner.G, inner.L2, inner.Compositions, x));
            Assert.Equal(expected, merged.Evaluate(x));
            Assert.Equal(expected, flat.Evaluate(x));
        }
        // Proposition 3.3's sizes: width ≤ N1 + N2 + 6D + 2, depth = max{L1 + 2, L2 + 1}, dimension D + 2, r1 + r2 + 1 compositions
        var s1 = NetworkSizes.Measure(inner.G); var s2 = NetworkSizes.Measure(outer.G);
        var s = NetworkSizes.Measure(merged.G);
        Assert.True(s.Width <= s1.Width + s2.Width + 6 * dim + 2);
        Assert.Equal(Math.Max(s1.Depth + 2, s2.Depth + 1), s.Depth);
        Assert.Equal(dim + 2, merged.StateDimension);
        Assert.Equal(inner.Compositions + outer.Compositions + 1, merged.Compositions);
        Assert.Equal("RC-P3.3", merged.Meta["construction"]);
    });

    [Fact]
    public void Build_StepFunctionThenPointFitting_ReadsTheFittedValueOfTheStep()
    {
        Rational[] y = [3, Rational.Create(7, 2), 4, Rational.Create(7, 2), 3];
        var floor = StepFunction.Build(Rational.Create(1, 10), 5, 5);
        var fit = PointFitting.Build(y, 1, 6);
        var merged = RCNetMerge.Build(floor, fit, Box.Cube(1, 0, 5));
        Assert.Equal(10, merged.Compositions);
        var flat = merged.Flatten();
        for (int k = 0; k < 5; k++)
            foreach (var x in new[] { (Rational)k, k + Rational.Create(9, 20), k + 1 - (k < 4 ? Rational.Create(1, 10) : Rational.Zero) })
                Assert.Equal(y[k].FloorToInteger(), flat.EvaluateScalar(x).FloorToInteger());
    }

    [Fact]
    public void Build_MismatchedParts_Throw()
    {
        var a = BitSum.Build(2);
        Assert.Throws<NetworkException>(() => RCNetMerge.Build(a, a, Box.Cube(2, 0, 1)));
        var floor = StepFunction.Build(Rational.Half, 2, 2);
        Assert.Throws<NetworkException>(() => RCNetMerge.Build(floor, floor, Box.Cube(2, 0, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => RCNetMerge.Build(floor, floor, Box.Cube(1, 0, 1), 4));
    }
}
