using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Telgarsky;

public class ShallowInterpolantTests
{
    internal sealed record Cpwl((Rational X, Rational Y)[] Knots, Rational Left, Rational Right, Rational[] Points)
    {
        public override string ToString() =>
            $"knots {string.Join(" ", Knots.Select(k => $"({k.X}, {k.Y})"))}; slopes {Left}, {Right}; x = {string.Join(", ", Points)}";
    }

    /// <summary>Random CPWL data: distinct sorted x, values often repeated (flat pieces), end slopes often 0.</summary>
    internal static Gen<Cpwl> CpwlGen =>
        from n in Gen.Choose(1, 9)
        from xs in Gen.ArrayOf(Gen.Choose(-40, 40), n)
        let sorted = xs.Distinct().Order().Select(v => Rational.Create(v, 4)).ToArray()
        from ys in Gen.ArrayOf(Gen.Elements(-2, -1, 0, 0, 1, 3), sorted.Length)
        from left in Gen.Elements(0, 0, 1, -2)
        from right in Gen.Elements(0, 0, -1, 3)
        from pts in Gen.ArrayOf(from p in Gen.Choose(-60, 60) from q in Gen.Choose(1, 7) select Rational.Create(p, q), 8)
        select new Cpwl(sorted.Zip(ys, (x, y) => (x, (Rational)y)).ToArray(), left, right, pts);

    [Property]
    public Property Build_RandomCpwl_MatchesPiecewiseFormula() => Prop.ForAll(Arb.From(CpwlGen), c =>
    {
        var net = ShallowInterpolant.Build(c.Knots, c.Left, c.Right);
        Assert.Equal(1, net.HiddenLayerCount);
        Assert.True(net.Layers[0].AllRelu);
        foreach (var x in c.Points.Concat(c.Knots.Select(k => k.X)))
            Assert.Equal(Oracles.Cpwl(c.Knots, c.Left, c.Right, x), net.EvaluateScalar(x));
    });

    [Property(MaxTest = 60)]
    public Property Build_RandomCpwl_WidthIsBreakpointsPlusOneOnlyWithoutFlatPiece() => Prop.ForAll(Arb.From(CpwlGen), c =>
    {
        var net = ShallowInterpolant.Build(c.Knots, c.Left, c.Right);
        // The kernel counts the maximal linear pieces on an interval holding every knot: breakpoints = pieces − 1.
        var span = Segment.Interval(c.Knots[0].X - 1, c.Knots[^1].X + 1);
        long breakpoints = PiecewiseLinear.CountDistinctPieces(net, span, out _)!.Value - 1;
        Assert.Equal(breakpoints, ShallowInterpolant.CountBreakpoints(c.Knots, c.Left, c.Right));
        var slopes = new List<Rational> { c.Left, c.Right };
        for (int i = 1; i < c.Knots.Length; i++) slopes.Add((c.Knots[i].Y - c.Knots[i - 1].Y) / (c.Knots[i].X - c.Knots[i - 1].X));
        long expected = breakpoints == 0 ? (slopes.All(s => s.IsZero) ? 1 : 2) : breakpoints + (slopes.Any(s => s.IsZero) ? 0 : 1);
        var width = NetworkSizes.Measure(net).Width;
        Assert.Equal(expected, width);
        Assert.True(width >= breakpoints); // TEL-SHALLOW: one hidden layer of width w has at most w breakpoints
    });

    [Fact]
    public void Build_ConstantAndAffine_UseOneAndTwoUnits()
    {
        var constant = ShallowInterpolant.Build([(Rational.Zero, (Rational)5)], 0, 0);
        Assert.Equal((1, (Rational)5), (NetworkSizes.Measure(constant).Width, constant.EvaluateScalar(-7)));
        var affine = ShallowInterpolant.Build([(Rational.One, (Rational)2), ((Rational)3, (Rational)6)], 2, 2);
        Assert.Equal(2, NetworkSizes.Measure(affine).Width);
        Assert.Equal((Rational)(-8), affine.EvaluateScalar(-4));
        Assert.Equal((Rational)20, affine.EvaluateScalar(10));
    }

    [Fact]
    public void Build_BadKnots_Throws()
    {
        Assert.Throws<ArgumentException>(() => ShallowInterpolant.Build([], 0, 0));
        Assert.Throws<ArgumentException>(() => ShallowInterpolant.Build([(Rational.One, Rational.Zero), (Rational.One, Rational.One)], 0, 0));
        Assert.Throws<ArgumentException>(() => ShallowInterpolant.CountBreakpoints([((Rational)2, Rational.Zero), (Rational.One, Rational.One)], 0, 0));
    }
}
