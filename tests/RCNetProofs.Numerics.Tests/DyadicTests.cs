using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fractions;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Numerics.Tests;

[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class DyadicTests
{
    private static readonly Arbitrary<Dyadic> Big = NumberGenerators.ToArbitrary(NumberGenerators.BigDyadic);
    private static readonly Arbitrary<Dyadic> BigInt = NumberGenerators.ToArbitrary(NumberGenerators.BigIntegerDyadic);
    private static readonly Arbitrary<Dyadic> Edge = NumberGenerators.ToArbitrary(NumberGenerators.BoundaryDyadic);
    private static readonly Arbitrary<Dyadic> Fractional64 = NumberGenerators.ToArbitrary(NumberGenerators.Dyadic64);

    private static Fraction F(Dyadic d) => FractionOracle.Of(d);

    private static bool FitsFastPath(BigInteger m) => m >= -long.MaxValue && m <= long.MaxValue;

    /// <summary>Canonical form plus: the fast path holds exactly the mantissas that fit in a long (not long.MinValue).</summary>
    private static void Canonical(Dyadic d)
    {
        NumberLaws.CanonicalDyadic(d);
        Assert.Equal(FitsFastPath(d.Mantissa), d.IsSmall);
    }

    private static void ArithmeticAgrees(Dyadic a, Dyadic b)
    {
        Fraction fa = F(a), fb = F(b);
        var sum = a + b; var diff = a - b; var prod = a * b;
        Assert.Equal(fa + fb, F(sum));
        Assert.Equal(fa - fb, F(diff));
        Assert.Equal(fa * fb, F(prod));
        Assert.Equal(fa.CompareTo(fb), a.CompareTo(b));
        Canonical(sum); Canonical(diff); Canonical(prod);
    }

    // ------------------------------------------------------------ arithmetic against Fraction

    [Property(MaxTest = 300)]
    public void Add_AnyOperands_AgreesWithFraction(Dyadic a, Dyadic b)
    {
        var s = a + b;
        Assert.Equal(F(a) + F(b), F(s));
        Canonical(s);
    }

    [Property]
    public void Subtract_AnyOperands_AgreesWithFraction(Dyadic a, Dyadic b)
    {
        var d = a - b;
        Assert.Equal(F(a) - F(b), F(d));
        Canonical(d);
    }

    [Property(MaxTest = 300)]
    public void Multiply_AnyOperands_AgreesWithFraction(Dyadic a, Dyadic b)
    {
        var p = a * b;
        Assert.Equal(F(a) * F(b), F(p));
        Canonical(p);
    }

    [Property]
    public Property Arithmetic_2000BitOperands_AgreesWithFraction() => Prop.ForAll(Big, Big, ArithmeticAgrees);

    [Property]
    public Property Arithmetic_BigIntegerAndBigFractionalOperands_AgreesWithFraction() => Prop.ForAll(BigInt, Big, ArithmeticAgrees);

    [Property(MaxTest = 300)]
    public Property Arithmetic_64BitEdgeOperands_AgreesWithFraction() => Prop.ForAll(Edge, Edge, ArithmeticAgrees);

    [Property]
    public Property Arithmetic_64BitFractions_AgreesWithFraction() => Prop.ForAll(Fractional64, Fractional64, ArithmeticAgrees);

    [Property]
    public void Negate_AnyOperand_AgreesWithFraction(Dyadic a)
    {
        var n = -a;
        Assert.Equal(-F(a), F(n));
        Assert.Equal(a, -n);
        Canonical(n);
    }

    [Property]
    public void Divide_NonZeroDivisor_IsExactRationalQuotient(Dyadic a, Dyadic b)
    {
        var divisor = b.IsZero ? Dyadic.One : b;
        Rational q = a / divisor;
        Assert.Equal(F(a) / F(divisor), FractionOracle.Of(q));
        NumberLaws.CanonicalRational(q);
    }

    [Property]
    public void Divide_ByZero_ThrowsDivideByZeroException(Dyadic a) =>
        Assert.Throws<DivideByZeroException>(() => a / Dyadic.Zero);

    [Property]
    public void MultiplyAdd_AnyOperands_AgreesWithFraction(Dyadic a, Dyadic b, Dyadic c) =>
        Assert.Equal(F(a) * F(b) + F(c), F(Dyadic.MultiplyAdd(a, b, c)));

    [Property]
    public void Pow_NonNegativeExponent_AgreesWithFraction(Dyadic a, byte k)
    {
        int e = k % 9;
        var p = Dyadic.Pow(a, e);
        Assert.Equal(Fraction.Pow(F(a), e), F(p));
        Canonical(p);
    }

    [Fact]
    public void Pow_NegativeExponent_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Dyadic.Pow(Dyadic.Half, -1));

    [Fact]
    public void Pow_ZeroToTheZero_IsOne() => Assert.Equal(Dyadic.One, Dyadic.Pow(Dyadic.Zero, 0));

    [Property]
    public void ScaleB_AnyShift_MultipliesByPowerOfTwo(Dyadic a, sbyte k)
    {
        var s = a.ScaleB(k);
        Assert.Equal(F(a) * Fraction.Pow(new Fraction(2), k), F(s));
        Assert.Equal(a * Dyadic.PowerOfTwo(k), s);
        Canonical(s);
    }

    [Fact]
    public void Add_ExponentBeyondIntRange_ThrowsOverflowInsteadOfWrapping()
    {
        // 2^(2^31 − 1) + 2^(2^31 − 1) = 2^(2^31): its exponent does not fit, like the product and ScaleB cases.
        var top = Dyadic.PowerOfTwo(int.MaxValue);
        Assert.Throws<OverflowException>(() => top + top);
        Assert.Throws<OverflowException>(() => top * 2);
        Assert.Throws<OverflowException>(() => top.ScaleB(1));
        // Exponents 2^32 − 2 apart: aligning them would need a 2^32-bit shift.
        Assert.Throws<OverflowException>(() => top + Dyadic.PowerOfTwo(int.MinValue + 1));
        Assert.Throws<OverflowException>(() => Dyadic.PowerOfTwo(int.MinValue + 1) - top);
    }

    [Property]
    public void Add_ExponentsNearIntEdgesButClose_IsExact(byte gap, bool negative, bool nearBottom)
    {
        // Exponents near either end of int, only 1..256 apart (both the Int128 and the BigInteger alignment), so
        // the odd sum 5·2^g ± 3 is small enough to build.
        int g = gap + 1;
        int high = nearBottom ? int.MinValue + 300 : int.MaxValue - 70, low = high - g;
        var a = Dyadic.Create(negative ? -3 : 3, low);
        var b = Dyadic.Create(5, high);
        var s = a + b;
        // Compared through mantissa and exponent: the value itself has about 2^31 bits.
        Assert.Equal(5 * (BigInteger.One << g) + (negative ? -3 : 3), s.Mantissa);
        Assert.Equal(low, s.Exponent);
        Assert.Equal(FitsFastPath(s.Mantissa), s.IsSmall);
    }

    [Property]
    public void MinMaxAbsRelu_AnyOperands_AgreeWithFraction(Dyadic a, Dyadic b)
    {
        Fraction fa = F(a), fb = F(b);
        Assert.Equal(fa.CompareTo(fb) >= 0 ? fa : fb, F(Dyadic.Max(a, b)));
        Assert.Equal(fa.CompareTo(fb) <= 0 ? fa : fb, F(Dyadic.Min(a, b)));
        Assert.Equal(Fraction.Abs(fa), F(Dyadic.Abs(a)));
        Assert.Equal(fa.IsNegative ? Fraction.Zero : fa, F(Dyadic.Relu(a)));
    }

    // ------------------------------------------------------------ rounding to integers

    [Property(MaxTest = 200)]
    public void FloorAndCeiling_AnyOperand_AgreeWithFraction(Dyadic a)
    {
        var fa = F(a);
        Assert.Equal(FractionOracle.Floor(fa), a.FloorToInteger());
        Assert.Equal(FractionOracle.Ceiling(fa), a.CeilingToInteger());
        Assert.Equal(new Fraction(FractionOracle.Floor(fa)), F(a.Floor()));
        Assert.Equal(new Fraction(FractionOracle.Ceiling(fa)), F(a.Ceiling()));
        Assert.True(a.Floor().IsInteger && a.Ceiling().IsInteger);
    }

    [Property]
    public Property FloorAndCeiling_2000BitOperands_AgreeWithFraction() =>
        Prop.ForAll(Big, a =>
        {
            Assert.Equal(FractionOracle.Floor(F(a)), a.FloorToInteger());
            Assert.Equal(FractionOracle.Ceiling(F(a)), a.CeilingToInteger());
        });

    [Property]
    public void FractionalPart_AnyOperand_IsXMinusFloorInUnitInterval(Dyadic a)
    {
        var fa = F(a);
        var frac = a.FractionalPart();
        Assert.Equal(fa - new Fraction(FractionOracle.Floor(fa)), F(frac));
        Assert.True(frac.Sign >= 0 && frac < Dyadic.One, $"{frac} not in [0, 1)");
    }

    // ------------------------------------------------------------ laws

    [Property(MaxTest = 200)]
    public void RingLaws_AnyOperands_Hold(Dyadic a, Dyadic b, Dyadic c) => NumberLaws.CommutativeRing(a, b, c);

    [Property]
    public Property RingLaws_2000BitOperands_Hold() => Prop.ForAll(Big, Big, Big, NumberLaws.CommutativeRing);

    [Property]
    public Property RingLaws_64BitEdgeOperands_Hold() => Prop.ForAll(Edge, Edge, Edge, NumberLaws.CommutativeRing);

    [Property(MaxTest = 200)]
    public void OrderLaws_AnyOperands_Hold(Dyadic a, Dyadic b, Dyadic c)
    {
        NumberLaws.TotalOrder(a, b, c);
        NumberLaws.OrderedRing(a, b, c);
        Assert.Equal(F(a).CompareTo(F(b)), a.CompareTo(b));
    }

    [Property]
    public Property OrderLaws_64BitEdgeOperands_Hold() =>
        Prop.ForAll(Edge, Edge, Edge, (a, b, c) =>
        {
            NumberLaws.TotalOrder(a, b, c);
            NumberLaws.OrderedRing(a, b, c);
            Assert.Equal(F(a).CompareTo(F(b)), a.CompareTo(b));
        });

    [Property]
    public void CompareTo_SameValueAsObject_IsZero(Dyadic a)
    {
        Assert.Equal(0, a.CompareTo((object)a));
        Assert.Equal(Math.Sign(F(a).CompareTo(F(a + Dyadic.One))), a.CompareTo((object)(a + Dyadic.One)));
    }

    [Fact]
    public void CompareTo_ObjectOfOtherType_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => Dyadic.One.CompareTo((object)Rational.One));

    [Property]
    public void EqualityAndHash_AnyOperands_Consistent(Dyadic a, Dyadic b)
    {
        NumberLaws.EqualityAndHash(a, b);
        Assert.Equal(F(a) == F(b), a == b);
    }

    // ------------------------------------------------------------ canonical representation

    [Fact]
    public void Default_IsZero()
    {
        Dyadic d = default;
        Assert.True(d.IsZero);
        Assert.Equal(Dyadic.Zero, d);
        Assert.Equal((Dyadic)0, d);
        Assert.Equal(Dyadic.Create(0, 17), d);
        Assert.Equal(0, d.Sign);
        Assert.Equal("0", d.ToString());
        Assert.Equal(Dyadic.One, d + Dyadic.One);
        Assert.Equal(Rational.Zero, d.ToRational());
        Canonical(d);
    }

    [Fact]
    public void CanonicalForm_BigPathCancellation_EqualsFastPathValue()
    {
        // 2^70 itself is 1·2^70 (fast path); 2^70 + 1 needs a 71-bit mantissa.
        Dyadic big = (BigInteger.One << 70) + 1;
        Assert.False(big.IsSmall);
        var viaBig = big - big + 3;
        var viaBig2 = (big + 3) - big;
        Dyadic three = 3;
        foreach (var v in new[] { viaBig, viaBig2 })
        {
            NumberLaws.SameRepresentation(three, v);
            Assert.True(v.IsSmall);
        }
        // A product that overflows 64 bits, divided back down by scaling, returns to the fast path.
        var third = Dyadic.Create(long.MaxValue, -3) * Dyadic.Create(long.MaxValue, 5) - Dyadic.Create(BigInteger.Pow(long.MaxValue, 2), 2) + Dyadic.Half;
        NumberLaws.SameRepresentation(Dyadic.Half, third);
    }

    [Property]
    public Property CanonicalForm_SameValueByDifferentPaths_SameRepresentation() =>
        Prop.ForAll(NumberGenerators.ToArbitrary(NumberGenerators.AnyDyadic), Big, (x, big) =>
        {
            NumberLaws.SameRepresentation(x, (x + big) - big);
            NumberLaws.SameRepresentation(x, (big + x) - big);
            NumberLaws.SameRepresentation(x + x, x * 2);
            NumberLaws.SameRepresentation(x, Dyadic.Create(x.Mantissa << 5, x.Exponent - 5));
            Canonical((x + big) - big);
        });

    [Property]
    public void Create_EvenMantissa_NormalisesToOddMantissa(int m, byte k, sbyte e)
    {
        int shift = k % 70;
        var viaBig = Dyadic.Create((BigInteger)m << shift, e);
        Assert.Equal(Dyadic.Create(m, e + shift), viaBig);
        Assert.Equal(F(Dyadic.Create(m, 0)) * Fraction.Pow(new Fraction(2), e + shift), F(viaBig));
        Canonical(viaBig);
    }

    [Property]
    public void Create_LongAndBigIntegerOverloads_Agree(long m, sbyte e)
    {
        var a = Dyadic.Create(m, e);
        var b = Dyadic.Create((BigInteger)m, e);
        NumberLaws.SameRepresentation(a, b);
        Canonical(a);
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(-long.MaxValue)]
    [InlineData(long.MinValue + 2)]
    public void Create_LongEdgeMantissas_MatchBigIntegerAndImplicitConversion(long m)
    {
        Dyadic viaLong = m;
        NumberLaws.SameRepresentation(Dyadic.Create((BigInteger)m, 0), viaLong);
        NumberLaws.SameRepresentation(Dyadic.Create(m, 0), viaLong);
        Assert.Equal(new Fraction(m), F(viaLong));
        Canonical(viaLong);
    }

    [Property]
    public void ImplicitConversions_Integers_AgreeWithCreate(int i, long l)
    {
        Dyadic fromInt = i, fromLong = l, fromBig = (BigInteger)l;
        Assert.Equal(new Fraction(i), F(fromInt));
        Assert.Equal(new Fraction(l), F(fromLong));
        NumberLaws.SameRepresentation(fromLong, fromBig);
    }

    [Property]
    public void PowerOfTwo_AnyExponent_IsTwoToTheK(short k) =>
        Assert.Equal(Fraction.Pow(new Fraction(2), k), F(Dyadic.PowerOfTwo(k)));

    // ------------------------------------------------------------ doubles

    [Property]
    public Property FromDouble_FiniteDouble_IsExact() =>
        Prop.ForAll(NumberGenerators.FiniteDoubleArbitrary, x =>
        {
            var d = Dyadic.FromDouble(x);
            Assert.Equal(FractionOracle.Of(x), F(d));
            Canonical(d);
        });

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromDouble_NonFinite_ThrowsArgumentException(double x) =>
        Assert.Throws<ArgumentException>(() => Dyadic.FromDouble(x));

    [Property(MaxTest = 300)]
    public Property ToDouble_FromDouble_RoundTrips() =>
        Prop.ForAll(NumberGenerators.FiniteDoubleArbitrary, x => Assert.Equal(x, Dyadic.FromDouble(x).ToDouble()));

    [Theory]
    [InlineData(1)]   // MaxValue + 2^969: below the midpoint, stays at MaxValue
    [InlineData(2)]   // 2^1024 − 2^970: the midpoint, ties away to infinity (MaxValue's significand is odd)
    [InlineData(3)]   // 2^1024: infinity
    public void ToDouble_AboveMaxValue_RoundsToMaxValueOrInfinity(int which)
    {
        (BigInteger m, int e) = which switch
        {
            1 => ((BigInteger.One << 55) - 3, 969),
            2 => ((BigInteger.One << 54) - 1, 970),
            _ => (BigInteger.One, 1024),
        };
        var v = Dyadic.Create(m, e);
        double expected = which == 1 ? double.MaxValue : double.PositiveInfinity;
        Assert.Equal(expected, v.ToDouble());
        Assert.Equal(-expected, (-v).ToDouble());
        NearestDouble(v);
    }

    private static void NearestDouble(Dyadic a) => FractionOracle.AssertNearestDouble(F(a), a.ToDouble(), a);

    [Property(MaxTest = 300)]
    public void ToDouble_AnyValue_IsNearestDouble(Dyadic a) => NearestDouble(a);

    [Property]
    public Property ToDouble_2000BitValues_IsNearestDouble() => Prop.ForAll(Big, BigInt, (a, b) => { NearestDouble(a); NearestDouble(b); });

    [Fact]
    public void ToDouble_WideMantissaJustAboveHalfUlp_RoundsUp()
    {
        // 2^70 + 2^18 − 1 lies closer to 2^70 + 2^18 (the next double) than to 2^70.
        var d = Dyadic.Create((BigInteger.One << 70) + (BigInteger.One << 18) - 1, 0);
        Assert.Equal(Math.BitIncrement(Math.ScaleB(1.0, 70)), d.ToDouble());
        Assert.Equal(-Math.BitIncrement(Math.ScaleB(1.0, 70)), (-d).ToDouble());
    }

    // ------------------------------------------------------------ rationals

    [Property]
    public void ToRational_AnyValue_IsExactAndRoundTrips(Dyadic a)
    {
        Rational r = a.ToRational();
        Assert.Equal(F(a), FractionOracle.Of(r));
        NumberLaws.CanonicalRational(r);
        Assert.Equal(r, (Rational)a);
        Assert.True(Dyadic.TryFromRational(r, out var back));
        NumberLaws.SameRepresentation(a, back);
        Assert.Equal(a, r.ToDyadic());
    }

    [Property]
    public void ToFraction_AnyValue_IsLowestTerms(Dyadic a)
    {
        var (n, q) = a.ToFraction();
        var f = F(a);
        Assert.Equal(f.Numerator, n);
        Assert.Equal(f.Denominator, q);
    }

    [Property]
    public void TryFromRational_NonPowerOfTwoDenominator_Fails(Rational r)
    {
        bool dyadic = r.Denominator.IsPowerOfTwo;
        Assert.Equal(dyadic, Dyadic.TryFromRational(r, out var d));
        if (dyadic) Assert.Equal(FractionOracle.Of(r), F(d));
        else Assert.Throws<ArgumentException>(() => r.ToDyadic());
    }

    // ------------------------------------------------------------ text

    [Property(MaxTest = 200)]
    public void ToString_ThenParse_IsIdentity(Dyadic a)
    {
        string s = a.ToString();
        var back = Dyadic.Parse(s);
        NumberLaws.SameRepresentation(a, back);
        Assert.Equal(F(a), Fraction.FromString(s, System.Globalization.CultureInfo.InvariantCulture));
        NumberLaws.CanonicalDyadic(a);
    }

    [Property]
    public Property ToString_ThenParse_2000Bit_IsIdentity() =>
        Prop.ForAll(Big, a => NumberLaws.SameRepresentation(a, Dyadic.Parse(a.ToString())));

    [Theory]
    [InlineData("1/3")]
    [InlineData("0.1")]
    [InlineData("-5/6")]
    [InlineData("7/10")]
    [InlineData("1/1000000000000000000000")]
    public void TryParse_NonDyadicValue_FailsWithMessage(string text)
    {
        Assert.False(Dyadic.TryParse(text, out var value, out var error));
        Assert.Equal(Dyadic.Zero, value);
        Assert.Contains("not dyadic", error);
        Assert.Throws<FormatException>(() => Dyadic.Parse(text));
    }

    [Theory]
    [InlineData("0.125")]
    [InlineData("-0.125")]
    [InlineData("3/4")]
    [InlineData("-6/8")]
    [InlineData("2.5")]
    [InlineData(" 7/16 ")]
    [InlineData("1/-4", false)]
    [InlineData("5/1")]
    [InlineData("3/12")]
    [InlineData("123456789012345678901234567890/1024")]
    public void TryParse_Text_AcceptsExactlyTheDyadicValues(string text, bool accepted = true)
    {
        bool ok = Dyadic.TryParse(text, out var value, out var error);
        Assert.Equal(accepted, ok);
        if (accepted)
        {
            Assert.Null(error);
            Assert.Equal(Fraction.FromString(text.Trim(), System.Globalization.CultureInfo.InvariantCulture), F(value));
        }
        else Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1/")]
    [InlineData("/2")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("1/0")]
    public void TryParse_MalformedText_FailsWithMessage(string text)
    {
        Assert.False(Dyadic.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        var ex = Assert.Throws<FormatException>(() => Dyadic.Parse(text));
        Assert.Equal(error, ex.Message);
    }

    // ------------------------------------------------------------ size

    [Property]
    public void BitLength_AnyValue_IsBitsOfReducedNumeratorPlusDenominator(Dyadic a) =>
        Assert.Equal(FractionOracle.BitLength(F(a)), a.BitLength);

    [Fact]
    public void BitLength_IntegersAndZero_MatchRational()
    {
        foreach (var v in new Dyadic[] { 0, 1, 3, -4, Dyadic.Half, (BigInteger)long.MaxValue * 2 })
            Assert.Equal(v.ToRational().BitLength, v.BitLength);
    }
}
