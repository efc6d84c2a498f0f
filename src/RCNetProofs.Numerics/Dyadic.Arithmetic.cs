using System.Numerics;
using System.Runtime.CompilerServices;

namespace RCNetProofs.Numerics;

public readonly partial struct Dyadic
{
    /// <summary>Exact sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dyadic operator +(Dyadic a, Dyadic b)
    {
        if (a._big is null && b._big is null)
        {
            if (a._small == 0) return b;
            if (b._small == 0) return a;
            return AddSmall(a._small, a._exp, b._small, b._exp);
        }
        return AddSlow(a, b);
    }

    /// <summary>x·2^ex + y·2^ey for odd 64-bit mantissas (neither is zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dyadic AddSmall(long x, int ex, long y, int ey)
    {
        if (ex == ey)
        {
            long s = x + y;
            if (((x ^ s) & (y ^ s)) >= 0)
            {
                if (s == 0) return default;
                int tz = BitOperations.TrailingZeroCount(s);
                return new Dyadic(s >> tz, checked(ex + tz));
            }
            return AddSlow(new Dyadic(x, ex), new Dyadic(y, ey));
        }
        // Align the operand with the larger exponent; odd plus even is odd, so the sum needs no normalisation
        // and is neither zero nor long.MinValue.
        long lo = x, hi = y; int e = ex; long d = (long)ey - ex;
        if (d < 0) { lo = y; hi = x; e = ey; d = -d; }
        if (d < 63)
        {
            long shifted = hi << (int)d;
            if (shifted >> (int)d == hi)
            {
                long s = lo + shifted;
                if (((lo ^ s) & (shifted ^ s)) >= 0) return new Dyadic(s, e);
            }
            return AddWide(lo, hi, (int)d, e);
        }
        return AddSlow(new Dyadic(x, ex), new Dyadic(y, ey));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Dyadic AddWide(long lo, long hi, int d, int e) => FromOdd((Int128)lo + ((Int128)hi << d), e);

    [MethodImpl(MethodImplOptions.NoInlining)] // keeps the inlined fast paths small
    private static Dyadic AddSlow(Dyadic a, Dyadic b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        int e = Math.Min(a._exp, b._exp);
        var s = (a.Mantissa << checked(a._exp - e)) + (b.Mantissa << checked(b._exp - e));
        return Create(s, e);
    }

    /// <summary>Exact difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dyadic operator -(Dyadic a, Dyadic b) => a + (-b);

    /// <summary>Exact negation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dyadic operator -(Dyadic a) =>
        a._big is null ? new Dyadic(-a._small, a._exp) : FromOdd(-a._big.Value, a._exp);

    /// <summary>Exact product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dyadic operator *(Dyadic a, Dyadic b)
    {
        if (a._big is null && b._big is null)
        {
            if (a._small == 0 || b._small == 0) return default;
            int e = checked(a._exp + b._exp);
            return TryMultiplySmall(a._small, b._small, out long p) ? new Dyadic(p, e) : FromOdd((Int128)a._small * b._small, e);
        }
        return MultiplySlow(a, b);
    }

    /// <summary>x·y when it fits in a long; for odd x and y the product is odd, so canonical and not long.MinValue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryMultiplySmall(long x, long y, out long product)
    {
        product = x * y;
        // Factors of at most 63 significant bits in total cannot overflow; only otherwise is the high half needed.
        if (BitOperations.LeadingZeroCount(IntegerMath.Abs(x)) + BitOperations.LeadingZeroCount(IntegerMath.Abs(y)) >= 65) return true;
        long hi = Math.BigMul(x, y, out long lo);
        return hi == (lo >> 63) && lo != long.MinValue;
    }

    /// <summary>p·2^pe + c for an odd 128-bit p of at most 126 bits (a product of two small mantissas).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Dyadic AddProductWide(Int128 p, int pe, Dyadic c)
    {
        if (c._big is null)
        {
            if (c._small == 0) return FromOdd(p, pe);
            long z = c._small, d = (long)c._exp - pe;
            // |p| < 2^126 and |z| < 2^63, so each aligned sum below stays under 2^127.
            if (d == 0)
            {
                var s = p + z;
                if (s == 0) return default;
                int tz = (int)Int128.TrailingZeroCount(s);
                return FromOdd(s >> tz, checked(pe + tz));
            }
            if (d > 0 && d <= 63) return FromOdd(p + ((Int128)z << (int)d), pe);
            if (d < 0 && -d <= (long)Int128.LeadingZeroCount(Int128.Abs(p)) - 2) return FromOdd((p << (int)-d) + z, c._exp);
        }
        return AddSlow(FromOdd(p, pe), c);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Dyadic MultiplySlow(Dyadic a, Dyadic b)
    {
        if (a.IsZero || b.IsZero) return default;
        return FromOdd(a.Mantissa * b.Mantissa, checked(a._exp + b._exp));
    }

    /// <summary>c + a·b, exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dyadic MultiplyAdd(Dyadic a, Dyadic b, Dyadic c)
    {
        if (a._big is null && b._big is null)
        {
            if (a._small == 0 || b._small == 0) return c;
            int pe = checked(a._exp + b._exp);
            if (!TryMultiplySmall(a._small, b._small, out long p)) return AddProductWide((Int128)a._small * b._small, pe, c);
            if (c._big is null) return c._small == 0 ? new Dyadic(p, pe) : AddSmall(p, pe, c._small, c._exp);
            return AddSlow(new Dyadic(p, pe), c);
        }
        return MultiplySlow(a, b) + c;
    }

    /// <summary>The exact quotient as a rational.</summary>
    /// <exception cref="DivideByZeroException">When <paramref name="b"/> is zero.</exception>
    public static Rational operator /(Dyadic a, Dyadic b) => Rational.FromDyadic(a) / Rational.FromDyadic(b);

    /// <summary>
    /// a/b when the quotient is dyadic (b's odd mantissa divides a's); false otherwise, or when b is zero.
    /// </summary>
    public static bool TryDivide(Dyadic a, Dyadic b, out Dyadic quotient)
    {
        quotient = default;
        if (b.IsZero) return false;
        if (a.IsZero) return true;
        if (a._big is null && b._big is null)
        {
            long mb = b._small;
            if (mb == 1 || mb == -1) { quotient = new Dyadic(mb == 1 ? a._small : -a._small, checked(a._exp - b._exp)); return true; }
            long q = Math.DivRem(a._small, mb, out long r);
            if (r != 0) return false;
            quotient = new Dyadic(q, checked(a._exp - b._exp));
            return true;
        }
        var qb = BigInteger.DivRem(a.Mantissa, b.Mantissa, out var rb);
        if (!rb.IsZero) return false;
        quotient = FromOdd(qb, checked(a._exp - b._exp));
        return true;
    }

    /// <summary>|a|.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dyadic Abs(Dyadic a) => a.Sign < 0 ? -a : a;

    /// <summary>max(a, 0), the ReLU.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dyadic Relu(Dyadic a) => a.Sign > 0 ? a : default;

    /// <summary>The larger of two values.</summary>
    public static Dyadic Max(Dyadic a, Dyadic b) => a >= b ? a : b;

    /// <summary>The smaller of two values.</summary>
    public static Dyadic Min(Dyadic a, Dyadic b) => a <= b ? a : b;

    /// <summary>a^k for k ≥ 0 (exact).</summary>
    /// <exception cref="ArgumentOutOfRangeException">For negative k; use <see cref="Rational.Pow"/>.</exception>
    public static Dyadic Pow(Dyadic a, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0) return One;
        if (a.IsZero) return default;
        return FromOdd(BigInteger.Pow(a.Mantissa, k), checked(a._exp * k));
    }

    /// <summary>The largest integer ≤ the value.</summary>
    public BigInteger FloorToInteger() =>
        _exp >= 0 ? Mantissa << _exp : Mantissa >> -_exp; // arithmetic shift rounds toward −∞

    /// <summary>The smallest integer ≥ the value.</summary>
    public BigInteger CeilingToInteger() => -(-this).FloorToInteger();

    /// <summary>⌊x⌋ as a dyadic.</summary>
    public Dyadic Floor() => _exp >= 0 ? this : FloorToInteger();

    /// <summary>⌈x⌉ as a dyadic.</summary>
    public Dyadic Ceiling() => _exp >= 0 ? this : CeilingToInteger();

    /// <summary>The fractional part x − ⌊x⌋, in [0, 1).</summary>
    public Dyadic FractionalPart() => this - Floor();

    /// <inheritdoc />
    public int CompareTo(Dyadic other)
    {
        if (_big is null && other._big is null)
        {
            if (_exp == other._exp) return _small.CompareTo(other._small);
            int sa = Math.Sign(_small), sb = Math.Sign(other._small);
            if (sa != sb) return sa.CompareTo(sb);
        }
        return (this - other).Sign;
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj is Dyadic d ? CompareTo(d) : throw new ArgumentException("not a Dyadic", nameof(obj));

    /// <inheritdoc />
    public static bool operator ==(Dyadic a, Dyadic b) => a.Equals(b);
    /// <inheritdoc />
    public static bool operator !=(Dyadic a, Dyadic b) => !a.Equals(b);
    /// <inheritdoc />
    public static bool operator <(Dyadic a, Dyadic b) => a.CompareTo(b) < 0;
    /// <inheritdoc />
    public static bool operator >(Dyadic a, Dyadic b) => a.CompareTo(b) > 0;
    /// <inheritdoc />
    public static bool operator <=(Dyadic a, Dyadic b) => a.CompareTo(b) <= 0;
    /// <inheritdoc />
    public static bool operator >=(Dyadic a, Dyadic b) => a.CompareTo(b) >= 0;
}
