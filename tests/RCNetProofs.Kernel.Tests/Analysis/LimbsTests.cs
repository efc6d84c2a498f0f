using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

// Oracle throughout: System.Numerics.BigInteger.
public class LimbsTests
{
    // Magnitudes of 0..5 limbs, biased towards limbs that are all ones or zero (carry and borrow chains).
    private static readonly Gen<ulong> Limb = Gen.Frequency(
        (2, Gen.Choose(0, int.MaxValue).Select(i => (ulong)i)),
        (2, Gen.Elements(0UL, 1UL, ulong.MaxValue, 1UL << 63, ulong.MaxValue - 1)),
        (4, from hi in Gen.Choose(int.MinValue, int.MaxValue) from lo in Gen.Choose(int.MinValue, int.MaxValue) select ((ulong)(uint)hi << 32) | (uint)lo));

    private static readonly Gen<BigInteger> Magnitudes =
        from n in Gen.Choose(0, 5)
        from limbs in Gen.ArrayOf(Limb, n)
        select Limbs.ToBigInteger(limbs, false);

    private static readonly Gen<BigInteger> Signed =
        from m in Magnitudes from neg in Gen.Elements(false, true) select neg ? -m : m;

    // The two's-complement value of acc.
    private static BigInteger Value(ReadOnlySpan<ulong> acc)
    {
        var copy = acc.ToArray();
        var (neg, len) = Limbs.ToMagnitude(copy);
        return Limbs.ToBigInteger(copy.AsSpan(0, len), neg);
    }

    // An accumulator of the given width holding v (two's complement).
    private static ulong[] Accumulator(BigInteger v, int width)
    {
        var acc = new ulong[width];
        var mag = Limbs.FromBigInteger(v);
        Limbs.AddShifted(acc, mag, 0, v.Sign < 0);
        return acc;
    }

    private static int WidthFor(params BigInteger[] values) =>
        (int)((values.Max(v => (long)BigInteger.Abs(v).GetBitLength()) + 2 + 63) / 64) + 1;

    [Fact]
    public void AddShifted_AddsOrSubtractsTheShiftedMagnitude()
    {
        Prop.ForAll((from a in Signed from x in Magnitudes from shift in Gen.Choose(0, 200) from sub in Gen.Elements(false, true)
                     select (a, x, shift, sub)).ToArbitrary(), c =>
        {
            var expected = c.sub ? c.a - (c.x << c.shift) : c.a + (c.x << c.shift);
            var acc = Accumulator(c.a, WidthFor(c.a, expected, c.x << c.shift));
            Limbs.AddShifted(acc, Limbs.FromBigInteger(c.x), c.shift, c.sub);
            return Value(acc) == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AddProductShifted_AddsOrSubtractsTheShiftedProduct()
    {
        Prop.ForAll((from a in Signed from x in Magnitudes from y in Limb from shift in Gen.Choose(0, 200) from sub in Gen.Elements(false, true)
                     select (a, x, y, shift, sub)).ToArbitrary(), c =>
        {
            var term = (c.x * c.y) << c.shift;
            var expected = c.sub ? c.a - term : c.a + term;
            var acc = Accumulator(c.a, WidthFor(c.a, expected, term));
            Limbs.AddProductShifted(acc, Limbs.FromBigInteger(c.x), c.y, c.shift, c.sub);
            return Value(acc) == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AddShiftedAndAddProductShifted_Fresh_IgnoreTheOldContent()
    {
        Prop.ForAll((from garbage in Gen.ArrayOf(Limb, 8) from x in Magnitudes from y in Limb from shift in Gen.Choose(0, 200)
                     from sub in Gen.Elements(false, true) select (garbage, x, y, shift, sub)).ToArbitrary(), c =>
        {
            var term = (c.x * c.y) << c.shift;
            var expected = c.sub ? -term : term;
            int width = WidthFor(term);
            var a = c.garbage.Concat(new ulong[width]).Take(width).ToArray();
            var b = a.ToArray();
            Limbs.AddProductShifted(a, Limbs.FromBigInteger(c.x), c.y, c.shift, c.sub, fresh: true);
            Limbs.AddShifted(b, Limbs.FromBigInteger(c.x * c.y), c.shift, c.sub, fresh: true);
            return Value(a) == expected && Value(b) == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Multiply_IsTheProduct()
    {
        Prop.ForAll((from x in Magnitudes from y in Magnitudes select (x, y)).ToArbitrary(), c =>
        {
            var (x, y) = (Limbs.FromBigInteger(c.x), Limbs.FromBigInteger(c.y));
            var dst = new ulong[x.Length + y.Length + 1];
            int n = Limbs.Multiply(dst, x, y);
            return Limbs.ToBigInteger(dst.AsSpan(0, n), false) == c.x * c.y && (n == 0 || dst[n - 1] != 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ToMagnitudeAndSign_ReadTwosComplement()
    {
        Prop.ForAll(Signed.ToArbitrary(), v =>
        {
            var acc = Accumulator(v, WidthFor(v));
            int sign = Limbs.Sign(acc);
            var (neg, len) = Limbs.ToMagnitude(acc);
            return sign == v.Sign && neg == (v.Sign < 0) && Limbs.ToBigInteger(acc.AsSpan(0, len), neg) == v
                && Limbs.BitLength(acc.AsSpan(0, len)) == (long)BigInteger.Abs(v).GetBitLength();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ShiftRight_ByTheTrailingZeros_DividesExactly()
    {
        Prop.ForAll((from x in Magnitudes where !x.IsZero from shift in Gen.Choose(0, 150) select x << shift).ToArbitrary(), v =>
        {
            var mag = Limbs.FromBigInteger(v);
            long t = Limbs.TrailingZeroCount(mag);
            int len = Limbs.ShiftRight(mag, t);
            return t == (long)BigInteger.TrailingZeroCount(v) && Limbs.ToBigInteger(mag.AsSpan(0, len), false) == v >> (int)t;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void InverseModWord_InvertsOddWords()
    {
        Prop.ForAll(Limb.Select(l => l | 1).ToArbitrary(), p => p * Limbs.InverseModWord(p) == 1).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void IsDivisibleAndTryDivideExact_AgreeWithDivision_AndAFailedDivisionIsUndoneByMultiplyLow()
    {
        // Odd divisors small and large; multiples and non-multiples alike.
        var divisors = Gen.Frequency((3, Gen.Elements(3UL, 5UL, 7UL, 257UL, 65537UL, 4294967311UL)), (2, Limb.Select(l => l | 1)));
        Prop.ForAll((from p in divisors from q in Magnitudes from r in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 1000)))
                     select (p, v: q * p + (BigInteger)((ulong)r % p))).ToArbitrary(), c =>
        {
            var mag = Limbs.FromBigInteger(c.v);
            ulong inverse = Limbs.InverseModWord(c.p);
            bool divisible = Limbs.IsDivisible(mag, c.p, inverse);
            if (divisible != (c.v % c.p == 0)) return false;
            if (Limbs.TryDivideExact(mag, c.p, inverse) != divisible) return false;
            if (divisible) return Limbs.ToBigInteger(mag.AsSpan(0, Limbs.Length(mag)), false) == c.v / c.p;
            Limbs.MultiplyLow(mag, c.p);
            return Limbs.ToBigInteger(mag, false) == c.v;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void FromBigInteger_RoundTrips()
    {
        Prop.ForAll(Signed.ToArbitrary(), v =>
            Limbs.ToBigInteger(Limbs.FromBigInteger(v), v.Sign < 0) == v).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AddShifted_ATermWiderThanTheAccumulator_Throws()
    {
        var acc = new ulong[2];
        Assert.Throws<InvalidOperationException>(() => Limbs.AddShifted(acc, [1UL], 128, false));
        Assert.Throws<InvalidOperationException>(() => Limbs.AddProductShifted(acc, [ulong.MaxValue], 2, 64, false));
        Limbs.AddShifted(acc, [1UL], 126, false);
        Assert.Equal(1UL << 62, acc[1]);
    }
}
