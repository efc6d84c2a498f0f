using System.Numerics;
using System.Runtime.CompilerServices;

namespace RCNetProofs.Numerics;

public readonly partial struct Rational
{
    /// <summary>Exact sum, reduced (Knuth's method: the GCDs are taken on the smaller numbers).</summary>
    public static Rational operator +(Rational a, Rational b)
    {
        if (a._big is null && b._big is null)
        {
            if (a._num == 0) return b;
            if (b._num == 0) return a;
            long d1 = a._denMinus1 + 1, d2 = b._denMinus1 + 1;
            if (d1 == d2)
            {
                Int128 s = (Int128)a._num + b._num;
                if (d1 == 1) return FromReduced(s, 1);
                // gcd(s, d) can be > 1 even though both inputs were reduced.
                ulong g0 = IntegerMath.Gcd((ulong)(s < 0 ? -s : s) % (ulong)d1, (ulong)d1);
                return FromReduced(s / (long)g0, d1 / (long)g0);
            }
            ulong g = IntegerMath.Gcd((ulong)d1, (ulong)d2);
            if (g == 1)
                return FromReduced((Int128)a._num * d2 + (Int128)b._num * d1, (Int128)d1 * d2);
            long d1g = d1 / (long)g, d2g = d2 / (long)g;
            Int128 t = (Int128)a._num * d2g + (Int128)b._num * d1g;
            if (t == 0) return default;
            ulong g2 = IntegerMath.Gcd((ulong)((t < 0 ? -t : t) % g), g);
            return FromReduced(t / (long)g2, (Int128)d1g * (d2 / (long)g2));
        }
        return AddSlow(a, b);
    }

    private static Rational AddSlow(Rational a, Rational b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        BigInteger n1 = a.Numerator, d1 = a.Denominator, n2 = b.Numerator, d2 = b.Denominator;
        if (d1.Equals(d2))
        {
            var s = n1 + n2;
            if (d1.IsOne) return FromReduced(s, d1);
            var g0 = Gcd(s, d1);
            return g0.IsOne ? FromReduced(s, d1) : FromReduced(s / g0, d1 / g0);
        }
        var g = Gcd(d1, d2);
        if (g.IsOne) return FromReduced(n1 * d2 + n2 * d1, d1 * d2);
        var d1g = d1 / g;
        var t = n1 * (d2 / g) + n2 * d1g;
        if (t.IsZero) return default;
        var g2 = Gcd(t, g);
        return g2.IsOne ? FromReduced(t, d1g * d2) : FromReduced(t / g2, d1g * (d2 / g2));
    }

    // gcd(n, d) for a denominator d ≥ 1, without the general algorithm when d is 1 or a power of two
    // (gcd(n, 2^k) = 2^min(k, trailing zeros of n); gcd(0, d) = d).
    private static BigInteger Gcd(BigInteger n, BigInteger d)
    {
        if (d.IsOne) return BigInteger.One;
        if (d.IsPowerOfTwo)
        {
            if (n.IsZero) return d;
            long k = (long)d.GetBitLength() - 1;
            return BigInteger.One << (int)Math.Min(k, (long)BigInteger.TrailingZeroCount(BigInteger.Abs(n)));
        }
        return BigInteger.GreatestCommonDivisor(n, d);
    }

    /// <summary>Exact difference.</summary>
    public static Rational operator -(Rational a, Rational b) => a + (-b);

    /// <summary>Exact negation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Rational operator -(Rational a) =>
        a._big is null ? new Rational(-a._num, a._denMinus1 + 1) : FromReduced(-a._big.Num, a._big.Den);

    /// <summary>Exact product, reduced by cross-cancellation.</summary>
    public static Rational operator *(Rational a, Rational b)
    {
        if (a._big is null && b._big is null)
        {
            if (a._num == 0 || b._num == 0) return default;
            long d1 = a._denMinus1 + 1, d2 = b._denMinus1 + 1;
            long g1 = (long)IntegerMath.Gcd(IntegerMath.Abs(a._num), (ulong)d2);
            long g2 = (long)IntegerMath.Gcd(IntegerMath.Abs(b._num), (ulong)d1);
            return FromReduced((Int128)(a._num / g1) * (b._num / g2), (Int128)(d1 / g2) * (d2 / g1));
        }
        return MultiplySlow(a, b);
    }

    private static Rational MultiplySlow(Rational a, Rational b)
    {
        if (a.IsZero || b.IsZero) return default;
        BigInteger n1 = a.Numerator, d1 = a.Denominator, n2 = b.Numerator, d2 = b.Denominator;
        var g1 = Gcd(n1, d2);
        var g2 = Gcd(n2, d1);
        if (!g1.IsOne) { n1 /= g1; d2 /= g1; }
        if (!g2.IsOne) { n2 /= g2; d1 /= g2; }
        return FromReduced(n1 * n2, d1 * d2);
    }

    /// <summary>1/a.</summary>
    /// <exception cref="DivideByZeroException">When a is zero.</exception>
    public static Rational Reciprocal(Rational a)
    {
        if (a.IsZero) throw new DivideByZeroException("division of a rational by zero");
        if (a._big is null)
        {
            long d = a._denMinus1 + 1;
            return a._num < 0 ? new Rational(-d, -a._num) : new Rational(d, a._num);
        }
        return a._big.Num.Sign < 0 ? FromReduced(-a._big.Den, -a._big.Num) : FromReduced(a._big.Den, a._big.Num);
    }

    /// <summary>Exact quotient.</summary>
    /// <exception cref="DivideByZeroException">When b is zero.</exception>
    public static Rational operator /(Rational a, Rational b) => a * Reciprocal(b);

    /// <summary>c + a·b, exactly.</summary>
    public static Rational MultiplyAdd(Rational a, Rational b, Rational c) => a * b + c;

    /// <summary>|a|.</summary>
    public static Rational Abs(Rational a) => a.Sign < 0 ? -a : a;

    /// <summary>max(a, 0), the ReLU.</summary>
    public static Rational Relu(Rational a) => a.Sign > 0 ? a : default;

    /// <summary>The larger of two values.</summary>
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>The smaller of two values.</summary>
    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    /// <summary>a^k for any integer k (negative k takes the reciprocal).</summary>
    /// <exception cref="DivideByZeroException">For a = 0 and k &lt; 0.</exception>
    public static Rational Pow(Rational a, int k)
    {
        if (k < 0) return Pow(Reciprocal(a), checked(-k));
        if (k == 0) return One;
        return FromReduced(BigInteger.Pow(a.Numerator, k), BigInteger.Pow(a.Denominator, k));
    }

    /// <summary>The largest integer ≤ the value.</summary>
    public BigInteger FloorToInteger() =>
        _big is null ? (BigInteger)FloorSmall(_num, _denMinus1 + 1) : IntegerMath.FloorDiv(_big.Num, _big.Den);

    private static long FloorSmall(long n, long d)
    {
        long q = Math.DivRem(n, d, out long r);
        return r < 0 ? q - 1 : q;
    }

    /// <summary>The smallest integer ≥ the value.</summary>
    public BigInteger CeilingToInteger() => -(-this).FloorToInteger();

    /// <summary>⌊x⌋ as a rational.</summary>
    public Rational Floor() => IsInteger ? this : FloorToInteger();

    /// <summary>⌈x⌉ as a rational.</summary>
    public Rational Ceiling() => IsInteger ? this : CeilingToInteger();

    /// <summary>The fractional part x − ⌊x⌋, in [0, 1).</summary>
    public Rational FractionalPart() => this - Floor();

    /// <inheritdoc />
    public int CompareTo(Rational other)
    {
        if (_big is null && other._big is null)
        {
            if (_denMinus1 == other._denMinus1) return _num.CompareTo(other._num);
            return ((Int128)_num * (other._denMinus1 + 1)).CompareTo((Int128)other._num * (_denMinus1 + 1));
        }
        int sa = Sign, sb = other.Sign;
        if (sa != sb) return sa.CompareTo(sb);
        return (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj is Rational r ? CompareTo(r) : throw new ArgumentException("not a Rational", nameof(obj));

    /// <inheritdoc />
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    /// <inheritdoc />
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    /// <inheritdoc />
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    /// <inheritdoc />
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    /// <inheritdoc />
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    /// <inheritdoc />
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;
}
