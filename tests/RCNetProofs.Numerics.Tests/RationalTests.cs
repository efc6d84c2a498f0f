using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fractions;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Numerics.Tests;

[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class RationalTests
{
    private static readonly Arbitrary<Rational> Big = NumberGenerators.ToArbitrary(NumberGenerators.BigRational);
    private static readonly Arbitrary<Rational> Digits20 = NumberGenerators.ToArbitrary(NumberGenerators.Rational20Digits);
    private static readonly Arbitrary<Rational> Edge = NumberGenerators.ToArbitrary(NumberGenerators.BoundaryRational);
    private static readonly Arbitrary<Rational> DyadicValued = NumberGenerators.ToArbitrary(NumberGenerators.DyadicRational);
    private static readonly Arbitrary<Rational> Small = NumberGenerators.ToArbitrary(NumberGenerators.SmallRational);

    private static Fraction F(Rational r) => FractionOracle.Of(r);

    private static bool FitsFastPath(BigInteger p, BigInteger q) => p >= -long.MaxValue && p <= long.MaxValue && q <= long.MaxValue;

    /// <summary>Canonical form plus: the fast path holds exactly the values whose parts fit in longs.</summary>
    private static void Canonical(Rational r)
    {
        NumberLaws.CanonicalRational(r);
        Assert.Equal(FitsFastPath(r.Numerator, r.Denominator), r.IsSmall);
    }

    private static void ArithmeticAgrees(Rational a, Rational b)
    {
        Fraction fa = F(a), fb = F(b);
        var sum = a + b; var diff = a - b; var prod = a * b;
        Assert.Equal(fa + fb, F(sum));
        Assert.Equal(fa - fb, F(diff));
        Assert.Equal(fa * fb, F(prod));
        Assert.Equal(fa.CompareTo(fb), a.CompareTo(b));
        Canonical(sum); Canonical(diff); Canonical(prod);
        if (!b.IsZero)
        {
            var quot = a / b;
            Assert.Equal(fa / fb, F(quot));
            Canonical(quot);
        }
    }

    // ------------------------------------------------------------ arithmetic against Fraction

    [Property(MaxTest = 300)]
    public void Add_AnyOperands_AgreesWithFraction(Rational a, Rational b)
    {
        var s = a + b;
        Assert.Equal(F(a) + F(b), F(s));
        Canonical(s);
    }

    [Property]
    public void Subtract_AnyOperands_AgreesWithFraction(Rational a, Rational b)
    {
        var d = a - b;
        Assert.Equal(F(a) - F(b), F(d));
        Canonical(d);
    }

    [Property(MaxTest = 300)]
    public void Multiply_AnyOperands_AgreesWithFraction(Rational a, Rational b)
    {
        var p = a * b;
        Assert.Equal(F(a) * F(b), F(p));
        Canonical(p);
    }

    [Property(MaxTest = 300)]
    public void Divide_NonZeroDivisor_AgreesWithFraction(Rational a, Rational b)
    {
        var divisor = b.IsZero ? Rational.One : b;
        var q = a / divisor;
        Assert.Equal(F(a) / F(divisor), F(q));
        Canonical(q);
    }

    [Property]
    public Property Arithmetic_2000BitOperands_AgreesWithFraction() => Prop.ForAll(Big, Big, ArithmeticAgrees);

    [Property]
    public Property Arithmetic_20DigitOperands_AgreesWithFraction() => Prop.ForAll(Digits20, Digits20, ArithmeticAgrees);

    [Property(MaxTest = 300)]
    public Property Arithmetic_64BitEdgeOperands_AgreesWithFraction() => Prop.ForAll(Edge, Edge, ArithmeticAgrees);

    [Property]
    public Property Arithmetic_MixedSmallAndEdgeOperands_AgreesWithFraction() => Prop.ForAll(Small, Edge, ArithmeticAgrees);

    [Property]
    public Property Arithmetic_DyadicValuedOperands_AgreesWithFraction() => Prop.ForAll(DyadicValued, DyadicValued, ArithmeticAgrees);

    // A power-of-two or unit denominator beside any other (the gcd shortcut meets the general algorithm).
    [Property]
    public Property Arithmetic_DyadicValuedBesideAnyOperand_AgreesWithFraction() =>
        Prop.ForAll(DyadicValued, NumberGenerators.ToArbitrary(NumberGenerators.AnyRational), (a, b) => { ArithmeticAgrees(a, b); ArithmeticAgrees(b, a); });

    [Property]
    public void Negate_AnyOperand_AgreesWithFraction(Rational a)
    {
        var n = -a;
        Assert.Equal(-F(a), F(n));
        Assert.Equal(a, -n);
        Canonical(n);
    }

    [Property]
    public void Reciprocal_NonZero_AgreesWithFraction(Rational a)
    {
        if (a.IsZero) a = Rational.Half;
        var r = Rational.Reciprocal(a);
        Assert.Equal(Fraction.One / F(a), F(r));
        Assert.Equal(a, Rational.Reciprocal(r));
        Canonical(r);
    }

    [Property]
    public void MultiplyAdd_AnyOperands_AgreesWithFraction(Rational a, Rational b, Rational c) =>
        Assert.Equal(F(a) * F(b) + F(c), F(Rational.MultiplyAdd(a, b, c)));

    [Property]
    public void MinMaxAbsRelu_AnyOperands_AgreeWithFraction(Rational a, Rational b)
    {
        Fraction fa = F(a), fb = F(b);
        Assert.Equal(fa.CompareTo(fb) >= 0 ? fa : fb, F(Rational.Max(a, b)));
        Assert.Equal(fa.CompareTo(fb) <= 0 ? fa : fb, F(Rational.Min(a, b)));
        Assert.Equal(Fraction.Abs(fa), F(Rational.Abs(a)));
        Assert.Equal(fa.IsNegative ? Fraction.Zero : fa, F(Rational.Relu(a)));
    }

    [Property]
    public void Pow_AnyExponent_AgreesWithFraction(Rational a, sbyte k)
    {
        int e = k % 8;
        if (a.IsZero && e < 0) e = -e;
        var p = Rational.Pow(a, e);
        Assert.Equal(Fraction.Pow(F(a), e), F(p));
        Canonical(p);
    }

    [Property]
    public Property Pow_2000BitBase_AgreesWithFraction() =>
        Prop.ForAll(Big, Arb.From(Gen.Choose(-3, 3)), (a, e) =>
        {
            if (a.IsZero && e < 0) return;
            Assert.Equal(Fraction.Pow(F(a), e), F(Rational.Pow(a, e)));
        });

    // ------------------------------------------------------------ division by zero

    [Property]
    public void Divide_ByZero_ThrowsDivideByZeroException(Rational a)
    {
        Assert.Throws<DivideByZeroException>(() => a / Rational.Zero);
        Assert.Throws<DivideByZeroException>(() => a / default(Rational));
    }

    [Property]
    public void Create_ZeroDenominator_ThrowsDivideByZeroException(long n)
    {
        Assert.Throws<DivideByZeroException>(() => Rational.Create(n, 0L));
        Assert.Throws<DivideByZeroException>(() => Rational.Create((BigInteger)n * n * n, BigInteger.Zero));
    }

    [Fact]
    public void ReciprocalAndNegativePower_OfZero_ThrowDivideByZeroException()
    {
        Assert.Throws<DivideByZeroException>(() => Rational.Reciprocal(Rational.Zero));
        Assert.Throws<DivideByZeroException>(() => Rational.Pow(Rational.Zero, -1));
    }

    // ------------------------------------------------------------ rounding to integers

    [Property(MaxTest = 200)]
    public void FloorAndCeiling_AnyOperand_AgreeWithFraction(Rational a)
    {
        var fa = F(a);
        Assert.Equal(FractionOracle.Floor(fa), a.FloorToInteger());
        Assert.Equal(FractionOracle.Ceiling(fa), a.CeilingToInteger());
        Assert.Equal(new Fraction(FractionOracle.Floor(fa)), F(a.Floor()));
        Assert.Equal(new Fraction(FractionOracle.Ceiling(fa)), F(a.Ceiling()));
        Assert.True(a.Floor().IsInteger && a.Ceiling().IsInteger);
    }

    [Property]
    public Property FloorAndCeiling_2000BitAndEdgeOperands_AgreeWithFraction() =>
        Prop.ForAll(Big, Edge, (a, b) =>
        {
            foreach (var x in new[] { a, b })
            {
                Assert.Equal(FractionOracle.Floor(F(x)), x.FloorToInteger());
                Assert.Equal(FractionOracle.Ceiling(F(x)), x.CeilingToInteger());
            }
        });

    [Property]
    public void FractionalPart_AnyOperand_IsXMinusFloorInUnitInterval(Rational a)
    {
        var fa = F(a);
        var frac = a.FractionalPart();
        Assert.Equal(fa - new Fraction(FractionOracle.Floor(fa)), F(frac));
        Assert.True(frac.Sign >= 0 && frac < Rational.One, $"{frac} not in [0, 1)");
        Canonical(frac);
    }

    // ------------------------------------------------------------ laws

    [Property(MaxTest = 200)]
    public void FieldLaws_AnyOperands_Hold(Rational a, Rational b, Rational c) => NumberLaws.Field(a, b, c);

    [Property]
    public Property FieldLaws_2000BitOperands_Hold() => Prop.ForAll(Big, Big, Big, NumberLaws.Field);

    [Property]
    public Property FieldLaws_20DigitOperands_Hold() => Prop.ForAll(Digits20, Digits20, Digits20, NumberLaws.Field);

    [Property]
    public Property FieldLaws_64BitEdgeOperands_Hold() => Prop.ForAll(Edge, Edge, Edge, NumberLaws.Field);

    [Property(MaxTest = 200)]
    public void OrderLaws_AnyOperands_Hold(Rational a, Rational b, Rational c)
    {
        NumberLaws.TotalOrder(a, b, c);
        NumberLaws.OrderedRing(a, b, c);
        Assert.Equal(F(a).CompareTo(F(b)), a.CompareTo(b));
    }

    [Property]
    public Property OrderLaws_64BitEdgeAnd20DigitOperands_Hold() =>
        Prop.ForAll(Edge, Digits20, Edge, (a, b, c) =>
        {
            NumberLaws.TotalOrder(a, b, c);
            NumberLaws.OrderedRing(a, b, c);
            Assert.Equal(F(a).CompareTo(F(b)), a.CompareTo(b));
            Assert.Equal(F(b).CompareTo(F(c)), b.CompareTo(c));
        });

    [Property]
    public void CompareTo_AsObject_AgreesWithFraction(Rational a, Rational b) =>
        Assert.Equal(F(a).CompareTo(F(b)), a.CompareTo((object)b));

    [Fact]
    public void CompareTo_ObjectOfOtherType_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => Rational.One.CompareTo((object)Dyadic.One));

    [Property]
    public void EqualityAndHash_AnyOperands_Consistent(Rational a, Rational b)
    {
        NumberLaws.EqualityAndHash(a, b);
        Assert.Equal(F(a) == F(b), a == b);
    }

    // ------------------------------------------------------------ canonical representation

    [Fact]
    public void Default_IsZero()
    {
        Rational r = default;
        Assert.True(r.IsZero);
        Assert.Equal(Rational.Zero, r);
        Assert.Equal((Rational)0, r);
        Assert.Equal(Rational.Create(0, 5), r);
        Assert.Equal(Rational.Create(0, -7), r);
        Assert.Equal(BigInteger.One, r.Denominator);
        Assert.Equal("0", r.ToString());
        Assert.Equal(Rational.Half, r + Rational.Half);
        Assert.Equal(0.0, r.ToDouble());
        Canonical(r);
    }

    [Fact]
    public void CanonicalForm_BigPathCancellation_EqualsFastPathValue()
    {
        Rational big = BigInteger.One << 70;
        Assert.False(big.IsSmall);
        Rational three = 3;
        NumberLaws.SameRepresentation(three, big - big + three);
        NumberLaws.SameRepresentation(three, (big + three) - big);
        Assert.True((big - big + three).IsSmall);
        // A 20-digit quotient that reduces back into 64 bits.
        var q = Rational.Create(BigInteger.Parse("36893488147419103232"), BigInteger.Parse("73786976294838206464"));
        NumberLaws.SameRepresentation(Rational.Half, q);
        Assert.True(q.IsSmall);
    }

    [Property]
    public Property CanonicalForm_SameValueByDifferentPaths_SameRepresentation() =>
        Prop.ForAll(NumberGenerators.ToArbitrary(NumberGenerators.AnyRational), Big, (x, big) =>
        {
            NumberLaws.SameRepresentation(x, (x + big) - big);
            if (!big.IsZero) NumberLaws.SameRepresentation(x, (x * big) / big);
            NumberLaws.SameRepresentation(x + x, x * 2);
            NumberLaws.SameRepresentation(x, Rational.Create(x.Numerator * 6, x.Denominator * 6));
            Canonical((x + big) - big);
        });

    [Property]
    public void Create_AnyParts_ReducesLikeFraction(long n, long d)
    {
        if (d == 0) d = 1;
        var r = Rational.Create(n, d);
        Assert.Equal(new Fraction(n, d), F(r));
        Canonical(r);
        NumberLaws.SameRepresentation(r, Rational.Create((BigInteger)n, d));
    }

    [Property]
    public Property Create_EdgeParts_ReducesLikeFraction() =>
        Prop.ForAll(Arb.From(NumberGenerators.BoundaryInteger), Arb.From(NumberGenerators.BoundaryInteger), (n, d) =>
        {
            if (d.IsZero) d = BigInteger.One;
            var r = Rational.Create(n, d);
            Assert.Equal(new Fraction(n, d), F(r));
            Canonical(r);
            if (n >= long.MinValue && n <= long.MaxValue && d >= long.MinValue && d <= long.MaxValue)
                NumberLaws.SameRepresentation(r, Rational.Create((long)n, (long)d));
        });

    [Theory]
    [InlineData(long.MinValue, -1L)]
    [InlineData(long.MinValue, 1L)]
    [InlineData(1L, long.MinValue)]
    [InlineData(long.MinValue, long.MinValue)]
    [InlineData(long.MaxValue, -1L)]
    [InlineData(-3L, -6L)]
    [InlineData(long.MinValue, 2L)]
    public void Create_LongEdgeParts_MatchBigIntegerOverload(long n, long d)
    {
        var viaLong = Rational.Create(n, d);
        var viaBig = Rational.Create((BigInteger)n, (BigInteger)d);
        NumberLaws.SameRepresentation(viaBig, viaLong);
        Assert.Equal(new Fraction(n, d), F(viaLong));
        Canonical(viaLong);
    }

    [Property]
    public void ImplicitConversions_Integers_AgreeWithCreate(int i, long l)
    {
        Rational fromInt = i, fromLong = l, fromBig = (BigInteger)l;
        Assert.Equal(new Fraction(i), F(fromInt));
        Assert.Equal(new Fraction(l), F(fromLong));
        NumberLaws.SameRepresentation(fromLong, fromBig);
        NumberLaws.SameRepresentation(fromLong, Rational.Create(l, 1L));
        Canonical(fromInt); Canonical(fromLong);
    }

    [Fact]
    public void ImplicitConversion_LongMinValue_IsCanonical()
    {
        Rational r = long.MinValue;
        NumberLaws.SameRepresentation(Rational.Create((BigInteger)long.MinValue, BigInteger.One), r);
        Assert.Equal(new Fraction(long.MinValue), F(r));
        Canonical(r);
        Canonical(-r);
    }

    // ------------------------------------------------------------ doubles and dyadics

    [Property]
    public Property FromDouble_FiniteDouble_IsExact() =>
        Prop.ForAll(NumberGenerators.FiniteDoubleArbitrary, x =>
        {
            var r = Rational.FromDouble(x);
            Assert.Equal(FractionOracle.Of(x), F(r));
            Canonical(r);
        });

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromDouble_NonFinite_ThrowsArgumentException(double x) =>
        Assert.Throws<ArgumentException>(() => Rational.FromDouble(x));

    [Property(MaxTest = 300)]
    public Property ToDouble_FromDouble_RoundTrips() =>
        Prop.ForAll(NumberGenerators.FiniteDoubleArbitrary, x => Assert.Equal(x, Rational.FromDouble(x).ToDouble()));

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
        var v = Rational.Create(m << e, BigInteger.One);
        double expected = which == 1 ? double.MaxValue : double.PositiveInfinity;
        Assert.Equal(expected, v.ToDouble());
        Assert.Equal(-expected, (-v).ToDouble());
        NearestDouble(v);
    }

    private static void NearestDouble(Rational a) => FractionOracle.AssertNearestDouble(F(a), a.ToDouble(), a);

    [Property(MaxTest = 300)]
    public void ToDouble_AnyValue_IsNearestDouble(Rational a) => NearestDouble(a);

    [Property]
    public Property ToDouble_2000BitAnd20DigitValues_IsNearestDouble() =>
        Prop.ForAll(Big, Digits20, (a, b) => { NearestDouble(a); NearestDouble(b); });

    [Fact]
    public void ToDouble_QuotientJustAboveHalfUlp_RoundsUp()
    {
        // (2^70 + 2^18 − 1)/3^40: the numerator alone lies closer to 2^70 + 2^18 than to 2^70; over a
        // denominator past 2^53 it takes the wide path.
        var n = (BigInteger.One << 70) + (BigInteger.One << 18) - 1;
        Assert.Equal(Math.BitIncrement(Math.ScaleB(1.0, 70)), Rational.Create(n, 1).ToDouble());
        var r = Rational.Create(n, BigInteger.Pow(3, 40));
        NearestDouble(r);
        NearestDouble(-r);
    }

    [Property]
    public void FromDyadic_AnyDyadic_IsExactAndRoundTrips(Dyadic d)
    {
        var r = Rational.FromDyadic(d);
        Assert.Equal(FractionOracle.Of(d), F(r));
        Canonical(r);
        Assert.True(r.TryToDyadic(out var back));
        NumberLaws.SameRepresentation(d, back);
    }

    [Property]
    public void TryToDyadic_AnyValue_SucceedsExactlyForPowerOfTwoDenominators(Rational r)
    {
        var q = F(r).Denominator;
        bool powerOfTwo = (q & (q - 1)).IsZero;
        Assert.Equal(powerOfTwo, r.TryToDyadic(out var d));
        if (powerOfTwo) Assert.Equal(F(r), FractionOracle.Of(d));
        else Assert.Throws<ArgumentException>(() => r.ToDyadic());
    }

    // ------------------------------------------------------------ text

    [Property(MaxTest = 200)]
    public void ToString_ThenParse_IsIdentity(Rational a)
    {
        string s = a.ToString();
        NumberLaws.SameRepresentation(a, Rational.Parse(s));
        Assert.Equal(F(a), Fraction.FromString(s, CultureInfo.InvariantCulture));
        NumberLaws.CanonicalRational(a);
    }

    [Property]
    public Property ToString_ThenParse_2000Bit_IsIdentity() =>
        Prop.ForAll(Big, a => NumberLaws.SameRepresentation(a, Rational.Parse(a.ToString())));

    [Property]
    public void ToString_AnyValue_IsReducedPOverQWithPositiveQ(Rational a)
    {
        string s = a.ToString();
        var f = F(a);
        string expected = f.Denominator.IsOne ? f.Numerator.ToString(CultureInfo.InvariantCulture)
            : $"{f.Numerator.ToString(CultureInfo.InvariantCulture)}/{f.Denominator.ToString(CultureInfo.InvariantCulture)}";
        Assert.Equal(expected, s);
    }

    [Property]
    public void Parse_UnreducedFraction_ReducesLikeFraction(int p, int q)
    {
        if (q == 0) q = 1;
        string text = $"{p}/{Math.Abs((long)q)}";
        var r = Rational.Parse(text);
        Assert.Equal(Fraction.FromString(text, CultureInfo.InvariantCulture), F(r));
        Canonical(r);
    }

    [Theory]
    [InlineData("-0.125", -1, 8)]
    [InlineData("0.125", 1, 8)]
    [InlineData("3.", 3, 1)]
    [InlineData(".5", 1, 2)]
    [InlineData("-.5", -1, 2)]
    [InlineData("+2.50", 5, 2)]
    [InlineData("  -6/8 ", -3, 4)]
    [InlineData("+7", 7, 1)]
    [InlineData("-0", 0, 1)]
    [InlineData("0.000", 0, 1)]
    [InlineData("1.1", 11, 10)]
    public void Parse_DecimalsIncludingBareLeadingOrTrailingDot_AreAccepted(string text, long p, long q)
    {
        Assert.True(Rational.TryParse(text, out var r, out var error), error);
        Assert.Null(error);
        Assert.Equal(new Fraction(p, q), F(r));
        Canonical(r);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1/")]
    [InlineData("/2")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("1/0")]
    [InlineData(".")]
    [InlineData("1/-2")]
    [InlineData("1e3")]
    [InlineData("1/2/3")]
    public void TryParse_MalformedText_FailsWithMessage(string text)
    {
        Assert.False(Rational.TryParse(text, out var value, out var error));
        Assert.Equal(Rational.Zero, value);
        Assert.False(string.IsNullOrWhiteSpace(error));
        var ex = Assert.Throws<FormatException>(() => Rational.Parse(text));
        Assert.Equal(error, ex.Message);
    }

    // ------------------------------------------------------------ size

    [Property]
    public void BitLength_AnyValue_IsBitsOfNumeratorPlusDenominator(Rational a) =>
        Assert.Equal(FractionOracle.BitLength(F(a)), a.BitLength);

    [Property]
    public Property BitLength_2000BitValues_IsBitsOfNumeratorPlusDenominator() =>
        Prop.ForAll(Big, a => Assert.Equal(FractionOracle.BitLength(F(a)), a.BitLength));
}
