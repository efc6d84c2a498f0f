using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class PolynomialRootsTests
{
    private static readonly Polynomial X = Polynomial.X;

    // Sign of (s·√k − q) for s = ±1, decided by comparing squares (the test's own oracle).
    private static int CompareSignedSqrt(int s, int k, Rational q)
    {
        int unsigned = q.Sign < 0 ? 1 : ((Rational)k).CompareTo(q * q);
        return s > 0 ? unsigned : q.Sign > 0 ? -1 : -((Rational)k).CompareTo(q * q);
    }

    private static bool Contains(RootInterval root, int s, int k) =>
        CompareSignedSqrt(s, k, root.Lower) > 0 && CompareSignedSqrt(s, k, root.Upper) < 0;

    private static readonly Gen<(Rational[] Roots, int[] Multiplicities, Rational Scale, Rational A, Rational B)> RootedPolynomials =
        from roots in DistinctRoots
        from multiplicities in Gen.ArrayOf(Gen.Choose(1, 3), roots.Length)
        from scale in SmallRational.Where(c => !c.IsZero)
        from a in Gen.Choose(-30, 0)
        from b in Gen.Choose(0, 30)
        select (roots, multiplicities, scale, Rational.Create(a, 12), Rational.Create(b, 12));

    private static Polynomial Build(Rational[] roots, int[] multiplicities, Rational scale) =>
        FromRoots(scale, roots.SelectMany((r, i) => Enumerable.Repeat(r, multiplicities[i])));

    [Property]
    public Property IsolateRoots_KnownRationalRoots_AllExactSortedAndComplete() =>
        Prop.ForAll(RootedPolynomials.ToArbitrary(), t =>
        {
            var p = Build(t.Roots, t.Multiplicities, t.Scale);
            var expected = t.Roots.Where(r => r >= t.A && r <= t.B).ToArray();
            var found = p.IsolateRoots(t.A, t.B);
            return found.All(r => r.IsExact)
                && found.Select(r => r.ExactValue).SequenceEqual(expected)
                && p.CountRoots(t.A, t.B) == expected.Length;
        });

    [Property]
    public Property IsolateRoots_MixedRationalAndSqrtRoots_EachIntervalIsolatesOneKnownRoot() =>
        Prop.ForAll(RootedPolynomials.ToArbitrary(), t =>
        {
            // Irrational roots ±√2 and ±√3 next to the rational ones; x² + 1 adds complex roots only.
            var p = Build(t.Roots, t.Multiplicities, t.Scale) * (X * X - Polynomial.Constant(2)) * (X * X - Polynomial.Constant(3)) * (X * X + Polynomial.One);
            var irrational = new[] { (-1, 3), (-1, 2), (1, 2), (1, 3) }
                .Where(r => CompareSignedSqrt(r.Item1, r.Item2, t.A) >= 0 && CompareSignedSqrt(r.Item1, r.Item2, t.B) <= 0).ToArray();
            var found = p.IsolateRoots(t.A, t.B);
            var exact = found.Where(r => r.IsExact).Select(r => r.ExactValue).ToArray();
            var intervals = found.Where(r => !r.IsExact).ToArray();
            bool disjointAndSorted = found.Zip(found.Skip(1)).All(pair => pair.First.Upper < pair.Second.Lower
                || (pair.First.Upper == pair.Second.Lower && !pair.First.IsExact && !pair.Second.IsExact));
            bool eachIsolatesOne = intervals.All(r =>
                irrational.Count(s => Contains(r, s.Item1, s.Item2)) == 1
                && p.Evaluate(r.Lower).Sign * p.Evaluate(r.Upper).Sign < 0
                && r.Lower >= t.A && r.Upper <= t.B);
            return exact.SequenceEqual(t.Roots.Where(r => r >= t.A && r <= t.B))
                && intervals.Length == irrational.Length
                && eachIsolatesOne
                && disjointAndSorted;
        });

    [Property]
    public Property IsolateRoots_RandomPolynomial_MatchesCountAndSignChanges() =>
        Prop.ForAll(Polynomials.Where(p => p.Degree > 0).ToArbitrary(), p =>
        {
            var found = p.IsolateRoots(-4, 4);
            var squareFree = p.SquareFreePart();
            return found.Count == p.CountRoots(-4, 4)
                && found.All(r => r.IsExact
                    ? p.Evaluate(r.ExactValue).IsZero
                    : squareFree.Evaluate(r.Lower).Sign * squareFree.Evaluate(r.Upper).Sign < 0 && squareFree.CountRoots(r.Lower, r.Upper) == 1);
        });

    [Fact]
    public void IsolateRoots_XSquaredMinusTwo_IntervalContainsSqrtTwo()
    {
        var p = X * X - Polynomial.Constant(2);
        var root = Assert.Single(p.IsolateRoots(0, 2));
        Assert.False(root.IsExact);
        Assert.True(Contains(root, 1, 2), root.ToString());
        Assert.True(p.Evaluate(root.Lower) * p.Evaluate(root.Upper) <= Rational.Zero);
    }

    [Fact]
    public void IsolateRoots_RootsAtBothEnds_AreExact()
    {
        var p = X * (X - Polynomial.One);
        var roots = p.IsolateRoots(0, 1);
        Assert.Equal([Rational.Zero, Rational.One], roots.Select(r => r.ExactValue));
    }

    [Fact]
    public void IsolateRoots_RepeatedRoots_AreReportedOnce()
    {
        var third = Rational.Create(1, 3);
        var p = FromRoots(5, [third, third, third, -Rational.Half, -Rational.Half]);
        Assert.Equal([-Rational.Half, third], p.IsolateRoots(-1, 1).Select(r => r.ExactValue));
    }

    [Fact]
    public void IsolateRoots_DenominatorsFarFromDyadic_AreFoundExactly()
    {
        var r1 = Rational.Create(1, 59049); // 3^10
        var r2 = Rational.Create(22, 7);
        var p = FromRoots(Rational.Create(-3, 11), [r1, r2]) * (X * X - Polynomial.Constant(5));
        var roots = p.IsolateRoots(0, 4);
        Assert.Equal([r1, r2], roots.Where(r => r.IsExact).Select(r => r.ExactValue));
        Assert.True(Contains(Assert.Single(roots, r => !r.IsExact), 1, 5));
    }

    [Fact]
    public void IsolateRoots_CloseRoots_AreSeparated()
    {
        var r1 = Rational.Create(1, 1000);
        var r2 = Rational.Create(1, 1001);
        var p = FromRoots(1, [r1, r2]);
        Assert.Equal([r2, r1], p.IsolateRoots(0, 1).Select(r => r.ExactValue));
    }

    [Fact]
    public void IsolateRoots_PointInterval_FindsRootThere()
    {
        var p = X - Polynomial.Constant(Rational.Half);
        Assert.Equal(Rational.Half, Assert.Single(p.IsolateRoots(Rational.Half, Rational.Half)).ExactValue);
        Assert.Empty(p.IsolateRoots(0, 0));
    }

    [Fact]
    public void IsolateRoots_NonZeroConstant_HasNoRoots() =>
        Assert.Empty(Polynomial.Constant(3).IsolateRoots(-10, 10));

    [Fact]
    public void IsolateRoots_ZeroPolynomial_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Polynomial.Zero.IsolateRoots(0, 1));

    [Fact]
    public void IsolateRoots_ReversedInterval_Throws() =>
        Assert.Throws<ArgumentException>(() => X.IsolateRoots(1, 0));

    [Fact]
    public void SquareFreePart_RepeatedFactors_KeepsEachOnce()
    {
        var p = (X - Polynomial.One).Pow(3) * (X * X - Polynomial.Constant(2)).Pow(2) * 7;
        Assert.Equal((X - Polynomial.One) * (X * X - Polynomial.Constant(2)), p.SquareFreePart());
    }

    [Property]
    public Property SquareFreePart_RandomPolynomial_DividesAndIsMonic() =>
        Prop.ForAll(Polynomials.Where(p => !p.IsZero).ToArbitrary(), p =>
        {
            var s = p.SquareFreePart();
            return s.LeadingCoefficient == Rational.One
                && p.DivRem(s).Remainder.IsZero
                && Polynomial.Gcd(s, s.Derivative()).Degree == 0;
        });
}
