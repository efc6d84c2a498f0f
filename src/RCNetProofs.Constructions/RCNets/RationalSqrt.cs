using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>Rational enclosures of square roots (√d and radii such as r^{−1/2} enter the theorems only this way).</summary>
public static class RationalSqrt
{
    /// <summary>A rational l ≤ √q, exact when q is the square of a rational, else within 2^{−bits}·(1/den q) below.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When q &lt; 0 or bits &lt; 0.</exception>
    public static Rational Lower(Rational q, int bits = 64) => Enclose(q, bits).Lower;

    /// <summary>A rational u ≥ √q, exact when q is the square of a rational.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When q &lt; 0 or bits &lt; 0.</exception>
    public static Rational Upper(Rational q, int bits = 64) => Enclose(q, bits).Upper;

    /// <summary>[l, u] ∋ √q with l = u exactly when √q is rational.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When q &lt; 0 or bits &lt; 0.</exception>
    public static (Rational Lower, Rational Upper) Enclose(Rational q, int bits = 64)
    {
        if (q.Sign < 0) throw new ArgumentOutOfRangeException(nameof(q), q, "square root of a negative number");
        ArgumentOutOfRangeException.ThrowIfNegative(bits);
        // √(p/s) = √(p·s)/s; isqrt of p·s·4^bits gives the enclosure at scale s·2^bits
        var p = q.Numerator; var s = q.Denominator;
        var n = p * s;
        var root = IntegerRoot.FloorSqrt(n);
        if (root * root == n) { var exact = Rational.Create(root, s); return (exact, exact); }
        var scaled = IntegerRoot.FloorSqrt(n << (2 * bits));
        var den = s << bits;
        return (Rational.Create(scaled, den), Rational.Create(scaled + 1, den));
    }
}
