using System.Numerics;

namespace RCNetProofs.Numerics;

/// <summary>Small integer helpers shared by <see cref="Dyadic"/> and <see cref="Rational"/>.</summary>
internal static class IntegerMath
{
    /// <summary>Greatest common divisor of two non-negative 64-bit integers (binary algorithm).</summary>
    public static ulong Gcd(ulong a, ulong b)
    {
        if (a == 0) return b;
        if (b == 0) return a;
        int shift = BitOperations.TrailingZeroCount(a | b);
        a >>= BitOperations.TrailingZeroCount(a);
        do
        {
            b >>= BitOperations.TrailingZeroCount(b);
            if (a > b) (a, b) = (b, a);
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    /// <summary>Absolute value of a long as ulong; correct for long.MinValue.</summary>
    public static ulong Abs(long v) => v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;

    /// <summary>Number of bits of |v| (0 for 0).</summary>
    public static long BitLength(BigInteger v) => v.IsZero ? 0 : (long)BigInteger.Abs(v).GetBitLength();

    /// <summary>True when the value fits in a long other than long.MinValue (so negation is safe).</summary>
    public static bool FitsSmall(Int128 v) => v > long.MinValue && v <= long.MaxValue;

    /// <summary>True when the value fits in a long other than long.MinValue (so negation is safe).</summary>
    public static bool FitsSmall(BigInteger v) => v > long.MinValue && v <= long.MaxValue;

    /// <summary>Floor division for BigInteger (rounds toward negative infinity).</summary>
    public static BigInteger FloorDiv(BigInteger n, BigInteger d)
    {
        var q = BigInteger.DivRem(n, d, out var r);
        if (!r.IsZero && (r.Sign < 0) != (d.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary>Ceiling division for BigInteger (rounds toward positive infinity).</summary>
    public static BigInteger CeilDiv(BigInteger n, BigInteger d) => -FloorDiv(-n, d);
}
