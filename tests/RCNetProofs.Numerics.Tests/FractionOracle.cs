using System.Numerics;
using Fractions;
using RCNetProofs.Numerics;

namespace RCNetProofs.Numerics.Tests;

/// <summary>
/// Bridges to Fractions.Fraction, the independent oracle. Values cross over through their public parts
/// (mantissa and exponent, numerator and denominator), never through the conversions under test.
/// </summary>
internal static class FractionOracle
{
    public static Fraction Of(Dyadic d)
    {
        var m = new Fraction(d.Mantissa);
        var scale = new Fraction(BigInteger.Pow(2, Math.Abs(d.Exponent)));
        return d.Exponent >= 0 ? m * scale : m / scale;
    }

    public static Fraction Of(Rational r) => new(r.Numerator, r.Denominator);

    /// <summary>
    /// The exact value of a finite double. Fraction's own conversion is exact for normal doubles but wrong for
    /// zero's sign and for subnormals (−0.0 becomes −2^−1024), so those are rebuilt as k/2^1074, where
    /// k = x·2^1074 is an integer below 2^52 that <see cref="Math.ScaleB"/> computes exactly.
    /// </summary>
    public static Fraction Of(double x) =>
        Math.Abs(x) >= 2.2250738585072014E-308
            ? (Fraction)x
            : new Fraction(new BigInteger(Math.ScaleB(x, 1074)), BigInteger.Pow(2, 1074));

    public static BigInteger Floor(Fraction f) => Fraction.RoundToBigInteger(f, MidpointRounding.ToNegativeInfinity);

    public static BigInteger Ceiling(Fraction f) => Fraction.RoundToBigInteger(f, MidpointRounding.ToPositiveInfinity);

    /// <summary>Bits of |p| plus bits of q for the reduced fraction p/q (the documented BitLength contract).</summary>
    public static long BitLength(Fraction f)
    {
        var p = BigInteger.Abs(f.Numerator);
        var q = f.Denominator;
        return (p.IsZero ? 0 : (long)p.GetBitLength()) + (long)q.GetBitLength();
    }

    /// <summary>
    /// True when <paramref name="r"/> is a double nearest to the exact value x (ties to an even significand).
    /// Decided exactly by comparing distances to the two neighbouring doubles.
    /// </summary>
    public static bool IsNearestDouble(Fraction x, double r)
    {
        if (!double.IsFinite(r)) return false;
        var fr = Of(r);
        var dist = Fraction.Abs(x - fr);
        foreach (var neighbour in new[] { Math.BitDecrement(r), Math.BitIncrement(r) })
        {
            if (!double.IsFinite(neighbour)) continue;
            int c = dist.CompareTo(Fraction.Abs(x - Of(neighbour)));
            if (c > 0) return false;
            if (c == 0 && (BitConverter.DoubleToInt64Bits(r) & 1) != 0) return false;
        }
        return true;
    }

    /// <summary>
    /// Asserts that <paramref name="r"/> is the correctly rounded double of x in the normal range, overflows to
    /// ±∞ (or stays at ±MaxValue) exactly as round-to-nearest demands above it, and lies within one subnormal step
    /// below it, where the documented contract allows a second rounding.
    /// </summary>
    public static void AssertNearestDouble(Fraction x, double r, object value)
    {
        var a = Fraction.Abs(x);
        // Halfway between MaxValue and 2^1024; MaxValue has an odd significand, so the tie goes to infinity.
        var overflowAt = new Fraction((BigInteger.One << 1024) - (BigInteger.One << 970));
        if (InNormalRange(x))
            Xunit.Assert.True(IsNearestDouble(x, r), $"{r:R} is not the double nearest to {value}");
        else if (a.CompareTo(Of(double.MaxValue)) > 0)
            Xunit.Assert.Equal(a.CompareTo(overflowAt) >= 0 ? double.PositiveInfinity : double.MaxValue, Math.Abs(r));
        else
            Xunit.Assert.True(Fraction.Abs(x - Of(r)).CompareTo(Of(double.Epsilon)) <= 0, $"{r:R} is more than one subnormal step from {value}");
        if (!x.IsZero) Xunit.Assert.Equal(x.IsNegative, double.IsNegative(r));
    }

    /// <summary>True when |x| lies in the normal double range, where the conversion rounds exactly once.</summary>
    public static bool InNormalRange(Fraction x)
    {
        var a = Fraction.Abs(x);
        return a.CompareTo(Of(2.2250738585072014E-308)) >= 0 && a.CompareTo(Of(double.MaxValue)) <= 0;
    }
}
