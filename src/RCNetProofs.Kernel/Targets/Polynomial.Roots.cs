using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

public sealed partial class Polynomial
{
    /// <summary>The monic polynomial with the same distinct roots and no repeated factor: p / gcd(p, p').</summary>
    /// <exception cref="InvalidOperationException">For the zero polynomial.</exception>
    public Polynomial SquareFreePart()
    {
        if (IsZero) throw new InvalidOperationException("the zero polynomial has no square-free part");
        return DivRem(Gcd(this, Derivative())).Quotient.ToMonic();
    }

    /// <summary>The number of distinct real roots in the closed interval [a, b], by Sturm's theorem.</summary>
    /// <exception cref="ArgumentException">When a &gt; b.</exception>
    /// <exception cref="InvalidOperationException">For the zero polynomial (every point is a root).</exception>
    public int CountRoots(Rational a, Rational b)
    {
        CheckRootInterval(a, b);
        var squareFree = SquareFreePart();
        return new SturmSequence(squareFree).CountRoots(a, b) + (squareFree.Evaluate(a).IsZero ? 1 : 0);
    }

    /// <summary>Every distinct real root in the closed interval [a, b], in increasing order, each isolated.</summary>
    /// <remarks>
    /// The intervals are pairwise disjoint and lie in [a, b]. Every rational root comes back exact
    /// (<see cref="RootInterval.IsExact"/>), so the remaining intervals hold irrational roots. Rational roots
    /// are found without factoring: for the square-free part scaled to a primitive integer polynomial with
    /// leading coefficient L, every rational root is k/|L| for an integer k (rational root theorem), so an
    /// isolating interval of width below 1/|L| contains at most one candidate, which is evaluated exactly.
    /// </remarks>
    /// <exception cref="ArgumentException">When a &gt; b.</exception>
    /// <exception cref="InvalidOperationException">For the zero polynomial (every point is a root).</exception>
    public IReadOnlyList<RootInterval> IsolateRoots(Rational a, Rational b)
    {
        CheckRootInterval(a, b);
        var squareFree = SquareFreePart();
        var sturm = new SturmSequence(squareFree);
        var roots = new List<RootInterval>();
        if (squareFree.Evaluate(a).IsZero) roots.Add(new RootInterval(squareFree, a, a));
        Bisect(squareFree, sturm, a, b, sturm.SignVariations(a), sturm.SignVariations(b), roots);
        var scale = BigInteger.Abs(squareFree.PrimitiveIntegerLeadingCoefficient());
        return [.. roots.Select(root => ResolveRational(root, scale))];
    }

    // Isolates the roots in (lo, hi]; vLo − vHi of them, by Sturm's theorem.
    private static void Bisect(Polynomial squareFree, SturmSequence sturm, Rational lo, Rational hi, int vLo, int vHi, List<RootInterval> roots)
    {
        int count = vLo - vHi;
        if (count == 0) return;
        if (count == 1 && !squareFree.Evaluate(lo).IsZero)
        {
            // One simple root in (lo, hi] and none at lo: either hi itself or a sign change inside.
            roots.Add(squareFree.Evaluate(hi).IsZero ? new RootInterval(squareFree, hi, hi) : new RootInterval(squareFree, lo, hi));
            return;
        }
        var mid = (lo + hi) * Rational.Half;
        int vMid = sturm.SignVariations(mid);
        Bisect(squareFree, sturm, lo, mid, vLo, vMid, roots);
        Bisect(squareFree, sturm, mid, hi, vMid, vHi, roots);
    }

    // Narrowed below 1/(2|L|), the interval holds at most one multiple of 1/|L|: the only rational candidate.
    private static RootInterval ResolveRational(RootInterval root, BigInteger scale)
    {
        if (root.IsExact) return root;
        root = root.Refine(Rational.Create(1, 2 * scale));
        if (root.IsExact) return root;
        var candidate = Rational.Create((root.Lower * scale).FloorToInteger() + 1, scale);
        return candidate < root.Upper && root.Polynomial.Evaluate(candidate).IsZero
            ? new RootInterval(root.Polynomial, candidate, candidate)
            : root;
    }

    // The leading coefficient of the unique primitive integer polynomial that is a positive multiple of this one.
    private BigInteger PrimitiveIntegerLeadingCoefficient()
    {
        BigInteger lcm = BigInteger.One, gcd = BigInteger.Zero;
        foreach (var c in _coefficients) lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, c.Denominator) * c.Denominator;
        foreach (var c in _coefficients) gcd = BigInteger.GreatestCommonDivisor(gcd, c.Numerator * (lcm / c.Denominator));
        return LeadingCoefficient.Numerator * (lcm / LeadingCoefficient.Denominator) / gcd;
    }

    private void CheckRootInterval(Rational a, Rational b)
    {
        if (a > b) throw new ArgumentException($"root interval [{a}, {b}] is empty");
        if (IsZero) throw new InvalidOperationException("the zero polynomial vanishes everywhere; its roots cannot be isolated");
    }
}
