using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class TargetEnclosureTests
{
    private static Rational R(long n, long d = 1) => Rational.Create(n, d);

    // A random point of the box that agrees with a partial point.
    private static Gen<Rational[]> CompletionOf(Box box, IReadOnlyDictionary<int, Rational> partial) =>
        PointOf(box).Select(p => { foreach (var (i, v) in partial) p[i] = v; return p; });

    private static Gen<(TargetExpression E, Box B, Rational[] P)> Cases { get; } =
        from e in BoxExpression from b in Boxes from p in PointOf(b) select (e, b, p);

    [Property(MaxTest = 300)]
    public Property Enclose_RandomExpressionAndBox_ContainsTheExactValueAtRandomPoints() =>
        Prop.ForAll(Cases.ToArbitrary(), t =>
        {
            var (e, box, p) = t;
            var range = e.Enclose(box);
            var v = e.Evaluate(p);   // oracle: exact evaluation at the point
            return (range.Lower <= v && v <= range.Upper).Label($"{e} on {box.Lower[0]}..: {v} ∉ {range}");
        });

    [Property(MaxTest = 300)]
    public Property Enclose_AttainedEnds_HoldAtEveryCompletionOfTheirPoints() =>
        Prop.ForAll((from c in Cases
                     let range = c.E.Enclose(c.B)
                     from low in range.LowerAt is null ? Gen.Constant<Rational[]?>(null) : CompletionOf(c.B, range.LowerAt).Select(a => (Rational[]?)a)
                     from high in range.UpperAt is null ? Gen.Constant<Rational[]?>(null) : CompletionOf(c.B, range.UpperAt).Select(a => (Rational[]?)a)
                     select (c.E, range, low, high)).ToArbitrary(), t =>
        {
            var (e, range, low, high) = t;
            // Invariant: a bound given with a point is the exact value at every point of the box agreeing with it.
            bool lowOk = low is null || e.Evaluate(low) == range.Lower;
            bool highOk = high is null || e.Evaluate(high) == range.Upper;
            return (lowOk && highOk).Label($"{e}: {range}");
        });

    // Targets for which interval evaluation is exact: monotone in each coordinate, squares, |x − c|, max/min of
    // different coordinates, products of non-negative coordinates.
    private static readonly string[] Tight =
    [
        "x", "2*x1 + 3*x2 - x3", "x^2", "(x1 - 1/2)^2", "abs(x - 1/3)", "max(x1, x2)", "min(x1, x3, 1/2)", "x1*x2",
        "floor(3*x1)", "x^3 - 2*x2", "abs(x2 - 1/3) + x1^2", "-x2^4",
    ];

    [Property(MaxTest = 200)]
    public Property Enclose_MonotoneAndSquareTargets_IsTheExactRange() =>
        Prop.ForAll((from i in Gen.Choose(0, Tight.Length - 1)
                     from b in Boxes.Select(b => new Box(b.Lower.ToArray().Select(Rational.Abs).ToArray(),
                         Enumerable.Range(0, 3).Select(k => Rational.Abs(b.Lower[k]) + b.Upper[k] - b.Lower[k]).ToArray()))
                     from p in PointOf(b)
                     select (TargetParser.Parse(Tight[i]), b, p)).ToArbitrary(), t =>
        {
            var (e, box, p) = t;
            var range = e.Enclose(box);
            var v = e.Evaluate(p);
            // Exact: both ends attained (their points give the ends exactly), and random points stay inside.
            bool attained = range.IsExact
                && e.Evaluate(Complete(box, range.LowerAt!)) == range.Lower
                && e.Evaluate(Complete(box, range.UpperAt!)) == range.Upper;
            return (attained && range.Lower <= v && v <= range.Upper).Label($"{e}: {range}");
        });

    private static Rational[] Complete(Box box, IReadOnlyDictionary<int, Rational> partial)
    {
        var p = box.Lower.ToArray();
        foreach (var (i, v) in partial) p[i] = v;
        return p;
    }

    [Fact]
    public void Enclose_AbsAcrossItsKink_IsAttainedAtTheKink()
    {
        var range = TargetParser.Parse("abs(x - 1/3)").Enclose(Box.Cube(1, 0, R(1, 2)));
        Assert.Equal((R(0), R(1, 3)), (range.Lower, range.Upper));
        Assert.Equal(R(1, 3), range.LowerAt![0]);
        Assert.Equal(R(0), range.UpperAt![0]);
    }

    [Fact]
    public void Enclose_DependentProduct_IsSoundButNotAttained()
    {
        // x·(1 − x) on [0, 1]: the true range is [0, 1/4]; interval products give [0, 1] without a point for 1
        var range = TargetParser.Parse("x*(1 - x)").Enclose(Box.Cube(1, 0, 1));
        Assert.Equal((R(0), R(1)), (range.Lower, range.Upper));
        Assert.Null(range.UpperAt);
        Assert.False(range.IsExact);
    }

    [Fact]
    public void Constructor_LowerAboveUpper_Throws() =>
        Assert.Throws<ArgumentException>(() => new TargetEnclosure(R(1), R(0)));

    [Fact]
    public void Enclose_BoxWithTooFewCoordinates_Throws() =>
        Assert.Throws<ArgumentException>(() => TargetParser.Parse("x1*x2").Enclose(Box.Cube(1, 0, 1)));
}
