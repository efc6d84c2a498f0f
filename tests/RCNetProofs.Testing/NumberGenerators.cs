using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Numerics;

namespace RCNetProofs.Testing;

/// <summary>
/// FsCheck generators for the exact number types, grouped by the representation they stress:
/// small values, 64-bit dyadic fractions, 2000-bit operands, 20-digit rationals and values next to the
/// long.MinValue/long.MaxValue edges where the 64-bit fast paths hand over to BigInteger.
/// </summary>
/// <remarks>
/// Sizes grow with FsCheck's size parameter (1..100 by default) through <c>Gen.Sized</c>, so a default
/// 100-case run reaches the stated maxima (64 bits, 2000 bits) in its later cases. Values are built with
/// <see cref="Dyadic.Create(BigInteger, int)"/> and <see cref="Rational.Create(BigInteger, BigInteger)"/>
/// from integers the generator chose, so a test can rebuild each value independently if it needs to.
/// </remarks>
public static class NumberGenerators
{
    /// <summary>Largest operand size, in bits, of the "big" generators.</summary>
    public const int MaxBigBits = 2000;

    /// <summary>2^63, the first magnitude that leaves the fast path.</summary>
    public static readonly BigInteger TwoTo63 = BigInteger.One << 63;

    // ---------------------------------------------------------------- integers

    /// <summary>A uniformly random non-negative integer with exactly <paramref name="bits"/> bits (0 for 0 bits).</summary>
    public static Gen<BigInteger> IntegerWithBits(int bits)
    {
        if (bits <= 0) return Gen.Constant(BigInteger.Zero);
        var top = BigInteger.One << (bits - 1);
        var mask = (BigInteger.One << bits) - 1;
        return Gen.ArrayOf(Gen.Choose(0, 255), (bits + 7) / 8)
            .Select(raw => ((new BigInteger(raw.Select(b => (byte)b).ToArray(), isUnsigned: true) & mask) | top));
    }

    /// <summary>
    /// A non-negative integer of exactly <paramref name="bits"/> bits, either uniform or with a structure that
    /// carries and borrows expose (2^(b−1), 2^b − 1, 2^(b−1) ± small).
    /// </summary>
    public static Gen<BigInteger> StructuredWithBits(int bits)
    {
        if (bits <= 0) return Gen.Constant(BigInteger.Zero);
        var top = BigInteger.One << (bits - 1);
        var all = (BigInteger.One << bits) - 1;
        var small = Gen.Choose(0, 1000).Select(k => BigInteger.Min(all, top + k));
        var belowAll = Gen.Choose(0, 1000).Select(k => BigInteger.Max(top, all - k));
        return Gen.Frequency(
            (6, IntegerWithBits(bits)),
            (1, Gen.Constant(top)),
            (1, Gen.Constant(all)),
            (1, small),
            (1, belowAll));
    }

    /// <summary>A signed integer with between 0 and <paramref name="maxBits"/> bits.</summary>
    public static Gen<BigInteger> SignedInteger(int maxBits) =>
        from bits in Gen.Choose(0, maxBits)
        from magnitude in StructuredWithBits(bits)
        from negative in Gen.Elements(false, true)
        select negative ? -magnitude : magnitude;

    /// <summary>A positive integer of exactly <paramref name="digits"/> decimal digits.</summary>
    public static Gen<BigInteger> PositiveWithDigits(int digits) =>
        from first in Gen.Choose(1, 9)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), digits - 1)
        select BigInteger.Parse(string.Concat(first.ToString(), string.Concat(rest)));

    /// <summary>
    /// A long within a few units of a 64-bit edge: long.MaxValue, long.MinValue, ±2^62, ±3037000499 (≈ √2^63,
    /// whose squares straddle 2^63) or ±2^32.
    /// </summary>
    public static Gen<long> BoundaryLong =>
        from anchor in Gen.Elements(long.MaxValue, long.MinValue, 1L << 62, -(1L << 62), 3037000499L, -3037000499L, 1L << 32, -(1L << 32))
        from delta in Gen.Choose(0, 64)
        select anchor < 0 ? anchor + delta : anchor - delta;

    /// <summary>An integer at most a few units beyond ±2^63 on either side: the long edge and just past it.</summary>
    public static Gen<BigInteger> BoundaryInteger =>
        Gen.Frequency(
            (3, BoundaryLong.Select(v => (BigInteger)v)),
            (1, Gen.Choose(0, 64).Select(d => TwoTo63 + d)),
            (1, Gen.Choose(0, 64).Select(d => -TwoTo63 - d)),
            (1, Gen.Choose(0, 64).Select(d => (BigInteger.One << 64) - d)));

    // ---------------------------------------------------------------- dyadics

    /// <summary>m·2^e with |m| up to about 10·size and |e| ≤ 8.</summary>
    public static Gen<Dyadic> SmallDyadic =>
        Gen.Sized(size =>
            from m in Gen.Choose(-10 * size - 10, 10 * size + 10)
            from e in Gen.Choose(-8, 8)
            select Dyadic.Create(m, e));

    /// <summary>±k/2^k' with k' ≤ 64 (bounded by size + 8) and a k'-bit numerator k.</summary>
    public static Gen<Dyadic> Dyadic64 =>
        Gen.Sized(size =>
            from kp in Gen.Frequency((4, Gen.Choose(0, Math.Min(64, size + 8))), (1, Gen.Constant(Math.Min(64, size + 8))))
            from k in StructuredWithBits(kp)
            from negative in Gen.Elements(false, true)
            select Dyadic.Create(negative ? -k : k, -kp));

    /// <summary>±k/2^k' with k' ≤ 2000 (bounded by 64 + 20·size) and a k'-bit numerator k.</summary>
    public static Gen<Dyadic> BigDyadic =>
        Gen.Sized(size =>
            from kp in Gen.Choose(1, Math.Min(MaxBigBits, 64 + 20 * size))
            from k in StructuredWithBits(kp)
            from negative in Gen.Elements(false, true)
            select Dyadic.Create(negative ? -k : k, -kp));

    /// <summary>A big integer-valued dyadic (up to 2000 bits, bounded by size): exercises positive exponents.</summary>
    public static Gen<Dyadic> BigIntegerDyadic =>
        Gen.Sized(size => SignedInteger(Math.Min(MaxBigBits, 64 + 20 * size)).Select(v => Dyadic.Create(v, 0)));

    /// <summary>m·2^e with m next to the 64-bit edge and |e| ≤ 3, so sums and products cross it.</summary>
    public static Gen<Dyadic> BoundaryDyadic =>
        from m in BoundaryInteger
        from e in Gen.Choose(-3, 3)
        select Dyadic.Create(m, e);

    /// <summary>A mixture of all dyadic families, weighted towards the fast path.</summary>
    public static Gen<Dyadic> AnyDyadic =>
        Gen.Frequency(
            (2, Gen.Elements(Dyadic.Zero, Dyadic.One, -Dyadic.One, Dyadic.Half)),
            (4, SmallDyadic),
            (4, Dyadic64),
            (2, BoundaryDyadic),
            (1, BigDyadic),
            (1, BigIntegerDyadic));

    // ---------------------------------------------------------------- rationals

    /// <summary>p/q with |p| up to about 10·size and 1 ≤ q ≤ 10·size + 10.</summary>
    public static Gen<Rational> SmallRational =>
        Gen.Sized(size =>
            from p in Gen.Choose(-10 * size - 10, 10 * size + 10)
            from q in Gen.Choose(1, 10 * size + 10)
            select Rational.Create(p, q));

    /// <summary>±p/q with p and q both of exactly 20 decimal digits (just past the 64-bit range).</summary>
    public static Gen<Rational> Rational20Digits =>
        from p in PositiveWithDigits(20)
        from q in PositiveWithDigits(20)
        from negative in Gen.Elements(false, true)
        select Rational.Create(negative ? -p : p, q);

    /// <summary>p/q with p and q of up to 2000 bits each (bounded by 64 + 20·size).</summary>
    public static Gen<Rational> BigRational =>
        Gen.Sized(size =>
        {
            int maxBits = Math.Min(MaxBigBits, 64 + 20 * size);
            return from p in SignedInteger(maxBits)
                   from qBits in Gen.Choose(1, maxBits)
                   from q in StructuredWithBits(qBits)
                   select Rational.Create(p, q);
        });

    /// <summary>Rationals whose numerator or denominator sits at the 64-bit edge (reduction may move them off it).</summary>
    public static Gen<Rational> BoundaryRational =>
        Gen.OneOf(
            from p in BoundaryInteger
            from q in Gen.Choose(1, 1000)
            select Rational.Create(p, q),
            from p in Gen.Choose(-1000, 1000)
            from q in BoundaryInteger.Where(v => v.Sign > 0)
            select Rational.Create(p, q),
            from p in BoundaryInteger
            from q in BoundaryInteger.Where(v => v.Sign != 0)
            select Rational.Create(p, q));

    /// <summary>Rationals with a power-of-two denominator (dyadic values), small and big.</summary>
    public static Gen<Rational> DyadicRational =>
        Gen.Sized(size =>
            from k in Gen.Choose(0, Math.Min(MaxBigBits, 8 + 10 * size))
            from p in SignedInteger(k + 8)
            select Rational.Create(p, BigInteger.One << k));

    /// <summary>A mixture of all rational families, weighted towards the fast path.</summary>
    public static Gen<Rational> AnyRational =>
        Gen.Frequency(
            (2, Gen.Elements(Rational.Zero, Rational.One, -Rational.One, Rational.Half)),
            (4, SmallRational),
            (2, Rational20Digits),
            (2, BoundaryRational),
            (2, DyadicRational),
            (1, BigRational));

    // ---------------------------------------------------------------- doubles

    /// <summary>Finite doubles: uniformly random bit patterns (all binades, subnormals included) and edge values.</summary>
    public static Gen<double> FiniteDouble =>
        Gen.Frequency(
            (6, from hi in Gen.Choose(int.MinValue, int.MaxValue)
                from lo in Gen.Choose(int.MinValue, int.MaxValue)
                select BitConverter.Int64BitsToDouble(((long)hi << 32) | (uint)lo)),
            (2, from m in Gen.Choose(-1 << 20, 1 << 20)
                from e in Gen.Choose(-40, 40)
                select Math.ScaleB(m, e)),
            (1, Gen.Elements(0.0, -0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue,
                2.2250738585072014E-308, 2.2250738585072009E-308, 0.1, 1.0 / 3, 1e300, -1e-300, 4503599627370496.5)))
        .Where(double.IsFinite);

    // ---------------------------------------------------------------- arbitraries

    /// <summary>Shrinks a dyadic towards zero through values of strictly smaller bit length.</summary>
    public static IEnumerable<Dyadic> ShrinkDyadic(Dyadic d)
    {
        if (d.IsZero) yield break;
        long bits = d.BitLength;
        var candidates = new[]
        {
            Dyadic.Zero,
            Dyadic.Create(d.FloorToInteger(), 0),
            Dyadic.Create(d.Mantissa / 2, d.Exponent),
            Dyadic.Create(d.Mantissa, d.Exponent < 0 ? d.Exponent + 1 : d.Exponent - 1),
        };
        foreach (var c in candidates.Distinct())
            if (c.BitLength < bits) yield return c;
    }

    /// <summary>Shrinks a rational towards zero through values of strictly smaller bit length.</summary>
    public static IEnumerable<Rational> ShrinkRational(Rational r)
    {
        if (r.IsZero) yield break;
        long bits = r.BitLength;
        var candidates = new[]
        {
            Rational.Zero,
            Rational.Create(r.FloorToInteger(), BigInteger.One),
            Rational.Create(r.Numerator / 2, r.Denominator),
            Rational.Create(r.Numerator, BigInteger.Max(BigInteger.One, r.Denominator / 2)),
        };
        foreach (var c in candidates.Distinct())
            if (c.BitLength < bits) yield return c;
    }

    /// <summary>Wraps a dyadic generator with the bit-length shrinker.</summary>
    public static Arbitrary<Dyadic> ToArbitrary(Gen<Dyadic> gen) => Arb.From(gen, ShrinkDyadic);

    /// <summary>Wraps a rational generator with the bit-length shrinker.</summary>
    public static Arbitrary<Rational> ToArbitrary(Gen<Rational> gen) => Arb.From(gen, ShrinkRational);

    /// <summary>Finite doubles (no shrinking: a double's bit pattern is the point of the case).</summary>
    public static Arbitrary<double> FiniteDoubleArbitrary => Arb.From(FiniteDouble);
}
