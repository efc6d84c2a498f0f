using System.Diagnostics;
using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>
/// Upper bounds as short dyadics: each result is an exact dyadic ≥ the exact value, with at most
/// <see cref="Bits"/> significant bits, so a long chain of bound arithmetic stays on the 64-bit fast path.
/// </summary>
/// <remarks>Only for non-negative values; rounding up one mantissa costs a relative 2^(1 − Bits) at most.</remarks>
internal static class UpperDyadic
{
    /// <summary>Significant bits kept; 31 so that the product of two bounds still fits a 64-bit mantissa.</summary>
    internal const int Bits = 31;

    /// <summary>The least dyadic with at most <see cref="Bits"/> significant bits that is ≥ <paramref name="d"/> (d ≥ 0).</summary>
    internal static Dyadic Up(Dyadic d)
    {
        Debug.Assert(d.Sign >= 0);
        if (d.IsZero) return d;
        var m = d.Mantissa;
        long length = (long)m.GetBitLength();
        if (length <= Bits) return d;
        int drop = (int)(length - Bits);
        // The mantissa is odd, so the dropped bits are never all zero: always round the kept part up.
        return Dyadic.Create((m >> drop) + 1, checked(d.Exponent + drop));
    }

    /// <summary>A dyadic with at most <see cref="Bits"/> significant bits that is ≥ <paramref name="r"/> (r ≥ 0), within a relative 2^(2 − Bits).</summary>
    internal static Dyadic Up(Rational r)
    {
        Debug.Assert(r.Sign >= 0);
        if (r.TryToDyadic(out var d)) return Up(d);
        BigInteger n = r.Numerator, q = r.Denominator;
        // Scale so that the quotient has Bits or Bits + 1 bits, then take its ceiling.
        long k = Bits + 1 - ((long)n.GetBitLength() - (long)q.GetBitLength());
        var (num, den) = k >= 0 ? (n << (int)k, q) : (n, q << (int)-k);
        var quotient = BigInteger.DivRem(num, den, out var remainder);
        if (!remainder.IsZero) quotient += 1;
        return Up(Dyadic.Create(quotient, checked(-(int)k)));
    }

    /// <summary>An upper bound on a + b (both ≥ 0).</summary>
    internal static Dyadic Add(Dyadic a, Dyadic b) => Up(a + b);

    /// <summary>An upper bound on a · b (both ≥ 0).</summary>
    internal static Dyadic Multiply(Dyadic a, Dyadic b) => Up(a * b);
}
