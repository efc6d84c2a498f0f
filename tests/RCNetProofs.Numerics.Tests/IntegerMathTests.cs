using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fractions;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Numerics.Tests;

public class IntegerMathTests
{
    /// <summary>Full-width 64-bit patterns, shifted down to vary their size, sometimes sharing a large common factor.</summary>
    private static readonly Gen<ulong> Word =
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from shift in Gen.Choose(0, 64)
        select shift == 64 ? 0UL : ((ulong)(uint)hi << 32 | (uint)lo) >> shift;

    private static readonly Arbitrary<(ulong, ulong)> WordPairs =
        Arb.From(Gen.Frequency(
            (3, Gen.Zip(Word, Word)),
            (2, from g in Word.Select(w => (w >> 40) | 1)
                from x in Word.Select(w => w >> 44)
                from y in Word.Select(w => w >> 44)
                from twos in Gen.Choose(0, 19)
                select ((g * x) << twos, g * y)),
            (1, from x in Word select (x, 0UL))));

    private static readonly Arbitrary<BigInteger> Integers =
        Arb.From(Gen.Frequency(
            (2, NumberGenerators.BoundaryInteger),
            (3, Gen.Sized(size => NumberGenerators.SignedInteger(Math.Min(300, 8 + 3 * size))))));

    [Property(MaxTest = 500)]
    public Property Gcd_AnyWords_AgreesWithBigIntegerGcd() =>
        Prop.ForAll(WordPairs, pair =>
        {
            var (a, b) = pair;
            ulong g = IntegerMath.Gcd(a, b);
            Assert.Equal(BigInteger.GreatestCommonDivisor(a, b), (BigInteger)g);
            Assert.Equal(g, IntegerMath.Gcd(b, a));
            if (g != 0) Assert.True(a % g == 0 && b % g == 0);
        });

    [Theory]
    [InlineData(0UL, 0UL, 0UL)]
    [InlineData(0UL, 12UL, 12UL)]
    [InlineData(ulong.MaxValue, 0UL, ulong.MaxValue)]
    [InlineData(1UL << 63, 1UL << 62, 1UL << 62)]
    [InlineData(ulong.MaxValue, ulong.MaxValue - 1, 1UL)]
    [InlineData(9223372036854775807UL, 3037000499UL, 1UL)] // 2^63 − 1 = 7²·73·127·337·92737·649657; 3037000499 is prime
    public void Gcd_EdgeWords_MatchesHandComputedValue(ulong a, ulong b, ulong expected) =>
        Assert.Equal(expected, IntegerMath.Gcd(a, b));

    [Property]
    public void Abs_AnyLong_IsMagnitudeAsUlong(long v) =>
        Assert.Equal(BigInteger.Abs(v), (BigInteger)IntegerMath.Abs(v));

    [Theory]
    [InlineData(long.MinValue, 9223372036854775808UL)]
    [InlineData(long.MaxValue, 9223372036854775807UL)]
    [InlineData(-1L, 1UL)]
    [InlineData(0L, 0UL)]
    public void Abs_EdgeLongs_AreExact(long v, ulong expected) => Assert.Equal(expected, IntegerMath.Abs(v));

    [Property]
    public Property BitLength_AnyInteger_IsLengthOfBinaryMagnitude() =>
        Prop.ForAll(Integers, v =>
        {
            string binary = BigInteger.Abs(v).ToString("B", CultureInfo.InvariantCulture).TrimStart('0');
            Assert.Equal(binary.Length, IntegerMath.BitLength(v));
        });

    [Property]
    public Property FitsSmall_AnyInteger_IsTrueExactlyForLongsOtherThanMinValue() =>
        Prop.ForAll(Integers, v =>
        {
            bool expected = long.TryParse(v.ToString(CultureInfo.InvariantCulture), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)
                && l != long.MinValue;
            Assert.Equal(expected, IntegerMath.FitsSmall(v));
            if (BigInteger.Abs(v) < (BigInteger.One << 126))
                Assert.Equal(expected, IntegerMath.FitsSmall((Int128)v));
        });

    [Property]
    public Property FloorDivAndCeilDiv_AnyOperands_AgreeWithFractionRounding() =>
        Prop.ForAll(Integers, Integers, (n, d) =>
        {
            if (d.IsZero) d = BigInteger.MinusOne;
            var exact = new Fraction(n, d);
            var floor = IntegerMath.FloorDiv(n, d);
            var ceil = IntegerMath.CeilDiv(n, d);
            Assert.Equal(FractionOracle.Floor(exact), floor);
            Assert.Equal(FractionOracle.Ceiling(exact), ceil);
            // floor ≤ n/d < floor + 1 and ceil − 1 < n/d ≤ ceil, exactly.
            Assert.True(new Fraction(floor).CompareTo(exact) <= 0 && exact.CompareTo(new Fraction(floor + 1)) < 0);
            Assert.True(new Fraction(ceil - 1).CompareTo(exact) < 0 && exact.CompareTo(new Fraction(ceil)) <= 0);
        });

    [Theory]
    [InlineData(7, 2, 3, 4)]
    [InlineData(-7, 2, -4, -3)]
    [InlineData(7, -2, -4, -3)]
    [InlineData(-7, -2, 3, 4)]
    [InlineData(6, 3, 2, 2)]
    [InlineData(-6, 3, -2, -2)]
    [InlineData(0, -5, 0, 0)]
    public void FloorDivAndCeilDiv_SignCases_MatchHandComputedValues(long n, long d, long floor, long ceil)
    {
        Assert.Equal(floor, IntegerMath.FloorDiv(n, d));
        Assert.Equal(ceil, IntegerMath.CeilDiv(n, d));
    }
}
