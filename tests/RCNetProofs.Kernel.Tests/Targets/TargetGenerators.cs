using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Tests.Targets;

/// <summary>FsCheck generators for polynomials, roots and target expressions, bounded by FsCheck's size.</summary>
internal static class TargetGenerators
{
    /// <summary>Small rationals n/d with |n| ≤ 40 and 1 ≤ d ≤ 16, dyadic denominators more often.</summary>
    public static Gen<Rational> SmallRational { get; } =
        from n in Gen.Choose(-40, 40)
        from d in Gen.Frequency((2, Gen.Elements(1, 2, 4, 8, 16)), (1, Gen.Choose(1, 16)))
        select Rational.Create(n, d);

    /// <summary>Rationals in [0, 1] with denominators up to 64.</summary>
    public static Gen<Rational> UnitRational { get; } =
        from d in Gen.Choose(1, 64)
        from n in Gen.Choose(0, d)
        select Rational.Create(n, d);

    /// <summary>Polynomials of degree ≤ 5 with small rational coefficients (zero included).</summary>
    public static Gen<Polynomial> Polynomials { get; } =
        from degree in Gen.Choose(-1, 5)
        from coefficients in Gen.ArrayOf(SmallRational, degree + 1)
        select Polynomial.FromCoefficients(coefficients);

    /// <summary>Distinct rational roots in [−2, 2] with small denominators, up to 5 of them.</summary>
    public static Gen<Rational[]> DistinctRoots { get; } =
        from count in Gen.Choose(0, 5)
        from roots in Gen.ArrayOf(from n in Gen.Choose(-24, 24) from d in Gen.Choose(1, 12) select Rational.Create(n, d), count)
        select roots.Distinct().Order().ToArray();

    /// <summary>Random target expressions over x of bounded depth (may have irrational split points).</summary>
    public static Gen<TargetExpression> Expression { get; } = Gen.Sized(size => ExpressionOfDepth(Math.Min(size / 20 + 1, 4), linear: false));

    /// <summary>Piecewise-linear targets (no products or powers of x), whose split points are always rational.</summary>
    public static Gen<TargetExpression> LinearExpression { get; } = Gen.Sized(size => ExpressionOfDepth(Math.Min(size / 20 + 1, 4), linear: true));

    // Constants of the size of the test intervals, so that kinks fall inside them.
    private static Gen<Rational> LeafConstant { get; } =
        from n in Gen.Choose(-8, 8) from d in Gen.Elements(1, 2, 3, 4, 8) select Rational.Create(n, d);

    // Declared after LeafConstant: static initialisers run in textual order.
    private static Gen<TargetExpression> Leaf { get; } = Gen.Frequency(
        (1, Gen.Constant<TargetExpression>(new VariableExpression())),
        (1, LeafConstant.Select(c => (TargetExpression)new ConstantExpression(c))),
        (1, LeafConstant.Select(c => (TargetExpression)new AbsExpression(new DifferenceExpression(new VariableExpression(), new ConstantExpression(c))))));


    private static Gen<TargetExpression> ExpressionOfDepth(int depth, bool linear)
    {
        if (depth == 0) return Leaf;
        var sub = ExpressionOfDepth(depth - 1, linear);
        var nodes = new List<(int, Gen<TargetExpression>)>
        {
            (2, Leaf),
            (2, from l in sub from r in sub select (TargetExpression)new SumExpression(l, r)),
            (2, from l in sub from r in sub select (TargetExpression)new DifferenceExpression(l, r)),
            (1, sub.Select(e => (TargetExpression)new NegationExpression(e))),
            (2, sub.Select(e => (TargetExpression)new AbsExpression(e))),
            (1, from args in Gen.ArrayOf(sub, 2) select (TargetExpression)new MinExpression(args)),
            (1, from n in Gen.Choose(2, 3) from args in Gen.ArrayOf(sub, n) select (TargetExpression)new MaxExpression(args)),
        };
        if (linear)
        {
            nodes.Add((2, from c in LeafConstant from e in sub select (TargetExpression)new ProductExpression(new ConstantExpression(c), e)));
        }
        else
        {
            nodes.Add((2, from l in sub from r in sub select (TargetExpression)new ProductExpression(l, r)));
            nodes.Add((1, from e in sub from k in Gen.Choose(0, 3) select (TargetExpression)new PowerExpression(e, k)));
        }
        return Gen.Frequency(nodes.ToArray());
    }

    /// <summary>Random target expressions over the coordinates x1..x3 (x is x1), with floor, of bounded depth.</summary>
    public static Gen<TargetExpression> BoxExpression { get; } = Gen.Sized(size => BoxExpressionOfDepth(Math.Min(size / 20 + 1, 4)));

    /// <summary>Boxes in R^3 with small rational corners, some of them flat in a coordinate.</summary>
    public static Gen<Box> Boxes { get; } =
        from lower in Gen.ArrayOf(LeafConstant, 3)
        from width in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(Rational.Zero)), (6, UnitRational.Select(u => 3 * u))), 3)
        select new Box(lower, lower.Zip(width, (l, w) => l + w).ToArray());

    /// <summary>A point of the box: each coordinate at a random rational fraction of its side.</summary>
    public static Gen<Rational[]> PointOf(Box box) =>
        from t in Gen.ArrayOf(UnitRational, box.Dimension)
        select Enumerable.Range(0, box.Dimension).Select(i => box.Lower[i] + t[i] * (box.Upper[i] - box.Lower[i])).ToArray();

    private static Gen<TargetExpression> BoxLeaf { get; } = Gen.Frequency(
        (2, Gen.Choose(1, 3).Select(k => (TargetExpression)new CoordinateExpression(k))),
        (1, Gen.Constant<TargetExpression>(new VariableExpression())),
        (1, LeafConstant.Select(c => (TargetExpression)new ConstantExpression(c))),
        (1, from k in Gen.Choose(1, 3) from c in LeafConstant
            select (TargetExpression)new AbsExpression(new DifferenceExpression(new CoordinateExpression(k), new ConstantExpression(c)))));

    private static Gen<TargetExpression> BoxExpressionOfDepth(int depth)
    {
        if (depth == 0) return BoxLeaf;
        var sub = BoxExpressionOfDepth(depth - 1);
        return Gen.Frequency(
            (2, BoxLeaf),
            (2, from l in sub from r in sub select (TargetExpression)new SumExpression(l, r)),
            (2, from l in sub from r in sub select (TargetExpression)new DifferenceExpression(l, r)),
            (1, sub.Select(e => (TargetExpression)new NegationExpression(e))),
            (1, sub.Select(e => (TargetExpression)new AbsExpression(e))),
            (1, sub.Select(e => (TargetExpression)new FloorExpression(e))),
            (2, from l in sub from r in sub select (TargetExpression)new ProductExpression(l, r)),
            (1, from e in sub from k in Gen.Choose(0, 3) select (TargetExpression)new PowerExpression(e, k)),
            (1, from args in Gen.ArrayOf(sub, 2) select (TargetExpression)new MinExpression(args)),
            (1, from n in Gen.Choose(2, 3) from args in Gen.ArrayOf(sub, n) select (TargetExpression)new MaxExpression(args)));
    }

    /// <summary>Pairs of independent values.</summary>
    public static Gen<(TA, TB)> Both<TA, TB>(Gen<TA> a, Gen<TB> b) => from x in a from y in b select (x, y);

    /// <summary>Triples of independent values.</summary>
    public static Gen<(TA, TB, TC)> All<TA, TB, TC>(Gen<TA> a, Gen<TB> b, Gen<TC> c) => from x in a from y in b from z in c select (x, y, z);

    /// <summary>The product of (x − r) over the roots, scaled by c.</summary>
    public static Polynomial FromRoots(Rational c, IEnumerable<Rational> roots) =>
        roots.Aggregate(Polynomial.Constant(c), (p, r) => p * Polynomial.FromCoefficients(-r, Rational.One));
}
