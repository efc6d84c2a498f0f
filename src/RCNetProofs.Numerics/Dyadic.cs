using System.Numerics;
using System.Runtime.CompilerServices;

namespace RCNetProofs.Numerics;

/// <summary>
/// An exact dyadic rational m·2^e with an odd integer mantissa m (or zero), kept canonical without any GCD.
/// </summary>
/// <remarks>
/// Invariants: zero is (0, 0); otherwise m is odd. The mantissa lives in a long while it fits (any value
/// but long.MinValue, so negation never overflows) and in a BigInteger otherwise, so each value has exactly
/// one representation and equality is structural. <c>default(Dyadic)</c> is zero.
/// </remarks>
public readonly partial struct Dyadic :
    IAdditionOperators<Dyadic, Dyadic, Dyadic>,
    ISubtractionOperators<Dyadic, Dyadic, Dyadic>,
    IMultiplyOperators<Dyadic, Dyadic, Dyadic>,
    IUnaryNegationOperators<Dyadic, Dyadic>,
    IComparisonOperators<Dyadic, Dyadic, bool>,
    IAdditiveIdentity<Dyadic, Dyadic>,
    IMultiplicativeIdentity<Dyadic, Dyadic>,
    IEquatable<Dyadic>,
    IComparable<Dyadic>,
    IComparable
{
    private readonly long _small;     // mantissa when _big is null
    private readonly BigBox? _big;    // mantissa when it does not fit in a long
    private readonly int _exp;

    private sealed class BigBox(BigInteger value)
    {
        public readonly BigInteger Value = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Dyadic(long oddMantissa, int exp) { _small = oddMantissa; _big = null; _exp = exp; }

    private Dyadic(BigBox big, int exp) { _small = 0; _big = big; _exp = exp; }

    /// <summary>Zero.</summary>
    public static Dyadic Zero => default;
    /// <summary>One.</summary>
    public static Dyadic One => new(1, 0);
    /// <summary>One half.</summary>
    public static Dyadic Half => new(1, -1);
    /// <inheritdoc />
    public static Dyadic AdditiveIdentity => default;
    /// <inheritdoc />
    public static Dyadic MultiplicativeIdentity => One;

    /// <summary>The odd mantissa m (0 for zero).</summary>
    public BigInteger Mantissa => _big is null ? _small : _big.Value;
    /// <summary>The exponent e in m·2^e (0 for zero).</summary>
    public int Exponent => _exp;
    /// <summary>−1, 0 or 1.</summary>
    public int Sign
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _big is null ? Math.Sign(_small) : _big.Value.Sign;
    }
    /// <summary>True for zero.</summary>
    public bool IsZero => _big is null && _small == 0;
    /// <summary>True when the value is an integer.</summary>
    public bool IsInteger => _exp >= 0;
    /// <summary>True when the mantissa is held in 64 bits (the fast path).</summary>
    internal bool IsSmall => _big is null;

    /// <summary>Gives the odd mantissa (0 for zero) as a long when it is held in 64 bits, without allocating.</summary>
    /// <param name="mantissa">The mantissa, never long.MinValue; 0 when the method returns false.</param>
    /// <returns>False when the mantissa needs more than 64 bits.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetSmallMantissa(out long mantissa)
    {
        mantissa = _small;
        return _big is null;
    }

    /// <summary>Builds m·2^e from any integer mantissa, normalising to an odd mantissa.</summary>
    public static Dyadic Create(BigInteger mantissa, int exponent)
    {
        if (mantissa.IsZero) return default;
        long tz = (long)BigInteger.TrailingZeroCount(mantissa);
        if (tz > 0) { mantissa >>= (int)tz; exponent = checked(exponent + (int)tz); }
        return FromOdd(mantissa, exponent);
    }

    /// <summary>Builds m·2^e from a 64-bit mantissa, normalising to an odd mantissa.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dyadic Create(long mantissa, int exponent)
    {
        if (mantissa == 0) return default;
        if (mantissa == long.MinValue) return Create((BigInteger)mantissa, exponent);
        int tz = BitOperations.TrailingZeroCount(mantissa);
        return new Dyadic(mantissa >> tz, checked(exponent + tz));
    }

    private static Dyadic FromOdd(BigInteger odd, int exponent) =>
        IntegerMath.FitsSmall(odd) ? new Dyadic((long)odd, exponent) : new Dyadic(new BigBox(odd), exponent);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dyadic FromOdd(Int128 odd, int exponent) =>
        IntegerMath.FitsSmall(odd) ? new Dyadic((long)odd, exponent) : new Dyadic(new BigBox((BigInteger)odd), exponent);

    /// <summary>2^k for any integer k.</summary>
    public static Dyadic PowerOfTwo(int k) => new(1, k);

    /// <summary>The value times 2^k (exact).</summary>
    public Dyadic ScaleB(int k) => IsZero ? this : _big is null ? new Dyadic(_small, checked(_exp + k)) : new Dyadic(_big, checked(_exp + k));

    /// <summary>The integer as a dyadic.</summary>
    public static implicit operator Dyadic(long v) => Create(v, 0);
    /// <summary>The integer as a dyadic.</summary>
    public static implicit operator Dyadic(int v) => Create(v, 0);
    /// <summary>The integer as a dyadic.</summary>
    public static implicit operator Dyadic(BigInteger v) => Create(v, 0);

    /// <summary>The exact value of a finite double.</summary>
    /// <exception cref="ArgumentException">For NaN or infinities.</exception>
    public static Dyadic FromDouble(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"cannot convert {value} to an exact number", nameof(value));
        if (value == 0) return default;
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool neg = bits < 0;
        int biased = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        long m; int e;
        if (biased == 0) { m = frac; e = -1074; }
        else { m = frac | (1L << 52); e = biased - 1075; }
        return Create(neg ? -m : m, e);
    }

    /// <summary>The nearest double (correctly rounded except in the subnormal range, where it may round twice).</summary>
    public double ToDouble()
    {
        if (_big is null) return Math.ScaleB(_small, _exp);
        var m = BigInteger.Abs(_big.Value);
        long bits = (long)m.GetBitLength();
        int drop = (int)Math.Max(0, bits - 63);
        // Keep 63 significant bits plus a sticky bit and convert from long, which rounds to nearest;
        // BigInteger's own conversion to double truncates.
        var top = m >> drop;
        if (drop > 0 && !(top << drop).Equals(m)) top |= 1;
        double v = Math.ScaleB((long)top, _exp + drop);
        return _big.Value.Sign < 0 ? -v : v;
    }

    /// <summary>Bits of |numerator| plus bits of the denominator of the value written as reduced p/q.</summary>
    public long BitLength
    {
        get
        {
            if (IsZero) return 1; // 0/1: the denominator still takes one bit, as in Rational.BitLength
            long mbits = _big is null ? 64 - BitOperations.LeadingZeroCount(IntegerMath.Abs(_small)) : (long)BigInteger.Abs(_big.Value).GetBitLength();
            return _exp >= 0 ? mbits + _exp + 1 : mbits + (-(long)_exp) + 1;
        }
    }

    /// <summary>The value as an exact rational.</summary>
    public Rational ToRational() => Rational.FromDyadic(this);

    /// <summary>The value as a rational.</summary>
    public static implicit operator Rational(Dyadic d) => Rational.FromDyadic(d);

    /// <summary>Numerator and denominator of the value in lowest terms.</summary>
    public (BigInteger Numerator, BigInteger Denominator) ToFraction() =>
        _exp >= 0 ? (Mantissa << _exp, BigInteger.One) : (Mantissa, BigInteger.One << -_exp);

    /// <summary>The value as a dyadic when the rational's denominator is a power of two.</summary>
    public static bool TryFromRational(Rational r, out Dyadic value) => r.TryToDyadic(out value);

    /// <inheritdoc />
    public bool Equals(Dyadic other) =>
        _exp == other._exp && (_big is null
            ? other._big is null && _small == other._small
            : other._big is not null && _big.Value.Equals(other._big.Value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Dyadic d && Equals(d);

    /// <summary>Hash consistent with equality (the representation is unique).</summary>
    public override int GetHashCode() => HashCode.Combine(_big is null ? _small.GetHashCode() : _big.Value.GetHashCode(), _exp);
}
