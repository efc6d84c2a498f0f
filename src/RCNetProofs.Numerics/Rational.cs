using System.Numerics;
using System.Runtime.CompilerServices;

namespace RCNetProofs.Numerics;

/// <summary>
/// An exact rational number p/q, always in lowest terms with q &gt; 0, with a 64-bit fast path.
/// </summary>
/// <remarks>
/// Invariants: gcd(|p|, q) = 1 and q ≥ 1. While p fits in a long (other than long.MinValue) and q fits in
/// a long, both live in machine words; otherwise both live in BigIntegers. The representation of each value
/// is unique, so equality is structural. <c>default(Rational)</c> is zero (the denominator is stored minus one).
/// Division by zero throws <see cref="DivideByZeroException"/>.
/// </remarks>
public readonly partial struct Rational :
    IAdditionOperators<Rational, Rational, Rational>,
    ISubtractionOperators<Rational, Rational, Rational>,
    IMultiplyOperators<Rational, Rational, Rational>,
    IDivisionOperators<Rational, Rational, Rational>,
    IUnaryNegationOperators<Rational, Rational>,
    IComparisonOperators<Rational, Rational, bool>,
    IAdditiveIdentity<Rational, Rational>,
    IMultiplicativeIdentity<Rational, Rational>,
    IEquatable<Rational>,
    IComparable<Rational>,
    IComparable
{
    private readonly long _num;        // numerator when _big is null
    private readonly long _denMinus1;  // denominator − 1 when _big is null, so default is 0/1
    private readonly BigParts? _big;

    private sealed class BigParts(BigInteger num, BigInteger den)
    {
        public readonly BigInteger Num = num;
        public readonly BigInteger Den = den;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Rational(long num, long den) { _num = num; _denMinus1 = den - 1; _big = null; }

    private Rational(BigParts big) { _num = 0; _denMinus1 = 0; _big = big; }

    /// <summary>Zero.</summary>
    public static Rational Zero => default;
    /// <summary>One.</summary>
    public static Rational One => new(1, 1);
    /// <summary>One half.</summary>
    public static Rational Half => new(1, 2);
    /// <inheritdoc />
    public static Rational AdditiveIdentity => default;
    /// <inheritdoc />
    public static Rational MultiplicativeIdentity => One;

    /// <summary>The numerator p (carries the sign).</summary>
    public BigInteger Numerator => _big is null ? _num : _big.Num;
    /// <summary>The denominator q ≥ 1.</summary>
    public BigInteger Denominator => _big is null ? (BigInteger)_denMinus1 + 1 : _big.Den;
    /// <summary>−1, 0 or 1.</summary>
    public int Sign => _big is null ? Math.Sign(_num) : _big.Num.Sign;
    /// <summary>True for zero.</summary>
    public bool IsZero => _big is null && _num == 0;
    /// <summary>True when the denominator is 1.</summary>
    public bool IsInteger => _big is null ? _denMinus1 == 0 : _big.Den.IsOne;
    /// <summary>True when both parts are held in 64 bits (the fast path).</summary>
    internal bool IsSmall => _big is null;

    /// <summary>p/q reduced to lowest terms.</summary>
    /// <exception cref="DivideByZeroException">When q is zero.</exception>
    public static Rational Create(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException($"rational {numerator}/0 has a zero denominator");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        if (numerator.IsZero) return default;
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsOne) { numerator /= g; denominator /= g; }
        return FromReduced(numerator, denominator);
    }

    /// <summary>p/q reduced to lowest terms.</summary>
    /// <exception cref="DivideByZeroException">When q is zero.</exception>
    public static Rational Create(long numerator, long denominator)
    {
        if (denominator == 0) throw new DivideByZeroException($"rational {numerator}/0 has a zero denominator");
        if (numerator == long.MinValue || denominator == long.MinValue) return Create((BigInteger)numerator, denominator);
        if (denominator < 0) { numerator = -numerator; denominator = -denominator; }
        if (numerator == 0) return default;
        long g = (long)IntegerMath.Gcd(IntegerMath.Abs(numerator), (ulong)denominator);
        return new Rational(numerator / g, denominator / g);
    }

    /// <summary>Wraps parts already in lowest terms with a positive denominator.</summary>
    private static Rational FromReduced(BigInteger num, BigInteger den) =>
        IntegerMath.FitsSmall(num) && den <= long.MaxValue
            ? new Rational((long)num, (long)den)
            : new Rational(new BigParts(num, den));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Rational FromReduced(Int128 num, Int128 den) =>
        IntegerMath.FitsSmall(num) && den <= long.MaxValue
            ? new Rational((long)num, (long)den)
            : new Rational(new BigParts((BigInteger)num, (BigInteger)den));

    /// <summary>The integer as a rational.</summary>
    public static implicit operator Rational(long v) => v == long.MinValue ? new Rational(new BigParts(v, BigInteger.One)) : new Rational(v, 1);
    /// <summary>The integer as a rational.</summary>
    public static implicit operator Rational(int v) => new(v, 1);
    /// <summary>The integer as a rational.</summary>
    public static implicit operator Rational(BigInteger v) => FromReduced(v, BigInteger.One);

    /// <summary>The exact value of a dyadic.</summary>
    public static Rational FromDyadic(Dyadic d)
    {
        if (d.IsZero) return default;
        if (d.IsSmall && d.Exponent <= 0 && d.Exponent > -63)
        {
            var m = (long)d.Mantissa;
            return new Rational(m, 1L << -d.Exponent);
        }
        var (n, q) = d.ToFraction();
        return FromReduced(n, q);
    }

    /// <summary>The exact value of a finite double.</summary>
    /// <exception cref="ArgumentException">For NaN or infinities.</exception>
    public static Rational FromDouble(double value) => FromDyadic(Dyadic.FromDouble(value));

    /// <summary>The value as a dyadic, when the denominator is a power of two.</summary>
    public bool TryToDyadic(out Dyadic value)
    {
        var den = Denominator;
        if (!den.IsPowerOfTwo) { value = default; return false; }
        value = Dyadic.Create(Numerator, -(int)(den.GetBitLength() - 1));
        return true;
    }

    /// <summary>The value as a dyadic.</summary>
    /// <exception cref="ArgumentException">When the denominator is not a power of two.</exception>
    public Dyadic ToDyadic() => TryToDyadic(out var d) ? d : throw new ArgumentException($"{this} is not dyadic");

    /// <summary>The nearest double (correctly rounded except in the subnormal range).</summary>
    public double ToDouble()
    {
        if (_big is null && Math.Abs(_num) < (1L << 53) && _denMinus1 < (1L << 53)) return _num / (double)(_denMinus1 + 1);
        var n = Numerator; var d = Denominator;
        if (n.IsZero) return 0;
        // Scale so the quotient has 62 or 63 significant bits, keep a sticky bit for the remainder, and convert
        // from long, which rounds to nearest (BigInteger's own conversion to double truncates).
        long shift = 62 - (long)(BigInteger.Abs(n).GetBitLength() - d.GetBitLength());
        var q = BigInteger.DivRem(shift >= 0 ? BigInteger.Abs(n) << (int)shift : BigInteger.Abs(n), shift >= 0 ? d : d << (int)-shift, out var r);
        if (!r.IsZero) q |= 1;
        double v = Math.ScaleB((long)q, (int)Math.Clamp(-shift, int.MinValue, int.MaxValue));
        return n.Sign < 0 ? -v : v;
    }

    /// <summary>Bits of |numerator| plus bits of the denominator.</summary>
    public long BitLength => IntegerMath.BitLength(Numerator) + IntegerMath.BitLength(Denominator);

    /// <inheritdoc />
    public bool Equals(Rational other) =>
        _big is null
            ? other._big is null && _num == other._num && _denMinus1 == other._denMinus1
            : other._big is not null && _big.Num.Equals(other._big.Num) && _big.Den.Equals(other._big.Den);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <summary>Hash consistent with equality (the representation is unique).</summary>
    public override int GetHashCode() =>
        _big is null ? HashCode.Combine(_num, _denMinus1) : HashCode.Combine(_big.Num, _big.Den - 1);
}
