using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class PolynomialTests
{
    private static readonly Arbitrary<(Polynomial, Polynomial, Polynomial)> Triples =
        All(Polynomials, Polynomials, Polynomials).ToArbitrary();
    private static readonly Arbitrary<(Polynomial, Polynomial, Rational)> PairsAndPoint =
        All(Polynomials, Polynomials, SmallRational).ToArbitrary();

    // Oracle for Horner: the sum of c_k·x^k term by term.
    private static Rational NaiveEvaluate(Polynomial p, Rational x) =>
        p.Coefficients.Select((c, k) => c * Rational.Pow(x, k)).Aggregate(Rational.Zero, (a, b) => a + b);

    private static bool IsCanonical(Polynomial p) => p.IsZero || !p.Coefficients[^1].IsZero;

    [Property]
    public Property Evaluate_RandomPoint_MatchesTermByTermSum() =>
        Prop.ForAll(Both(Polynomials, SmallRational).ToArbitrary(), t =>
            t.Item1.Evaluate(t.Item2) == NaiveEvaluate(t.Item1, t.Item2));

    [Property]
    public Property Arithmetic_RandomPoint_IsEvaluationHomomorphism() =>
        Prop.ForAll(PairsAndPoint, t =>
        {
            var (p, q, x) = t;
            Rational px = p.Evaluate(x), qx = q.Evaluate(x);
            return (p + q).Evaluate(x) == px + qx
                && (p - q).Evaluate(x) == px - qx
                && (p * q).Evaluate(x) == px * qx
                && (-p).Evaluate(x) == -px
                && (x * p).Evaluate(x) == x * px
                && IsCanonical(p + q) && IsCanonical(p - q) && IsCanonical(p * q);
        });

    [Property]
    public Property RingLaws_RandomTriples_Hold() =>
        Prop.ForAll(Triples, t =>
        {
            var (p, q, r) = t;
            return p + q == q + p
                && p * q == q * p
                && (p + q) + r == p + (q + r)
                && (p * q) * r == p * (q * r)
                && p * (q + r) == p * q + p * r
                && p + Polynomial.Zero == p
                && p * Polynomial.One == p
                && (p - p).IsZero;
        });

    [Property]
    public Property Degree_Product_IsSumOfDegreesForNonZero() =>
        Prop.ForAll(PairsAndPoint, t =>
        {
            var (p, q, _) = t;
            var product = p * q;
            return p.IsZero || q.IsZero ? product.IsZero : product.Degree == p.Degree + q.Degree;
        });

    [Property]
    public Property Pow_SmallExponents_MatchesRepeatedProduct() =>
        Prop.ForAll(All(Polynomials, Gen.Choose(0, 6), SmallRational).ToArbitrary(), t =>
        {
            var (p, k, x) = t;
            var repeated = Enumerable.Repeat(p, k).Aggregate(Polynomial.One, (a, b) => a * b);
            return p.Pow(k) == repeated && p.Pow(k).Evaluate(x) == Rational.Pow(p.Evaluate(x), k);
        });

    [Property]
    public Property Integrate_Derivative_IsDifferenceOfValues() =>
        Prop.ForAll(PairsAndPoint, t =>
        {
            var (p, _, a) = t;
            var b = a + 3;
            return p.Derivative().Integrate(a, b) == p.Evaluate(b) - p.Evaluate(a);
        });

    [Property]
    public Property Antiderivative_Derivative_IsIdentityAndVanishesAtZero() =>
        Prop.ForAll(Polynomials.ToArbitrary(), p =>
            p.Antiderivative().Derivative() == p && p.Antiderivative().Evaluate(Rational.Zero).IsZero);

    [Property]
    public Property Integrate_Intervals_AreAdditiveAndAntisymmetric() =>
        Prop.ForAll(All(Polynomials, SmallRational, SmallRational).ToArbitrary(), t =>
        {
            var (p, a, b) = t;
            var c = a + b;
            return p.Integrate(a, b) + p.Integrate(b, c) == p.Integrate(a, c) && p.Integrate(b, a) == -p.Integrate(a, b);
        });

    [Property]
    public Property Derivative_ProductRule_Holds() =>
        Prop.ForAll(PairsAndPoint, t =>
        {
            var (p, q, _) = t;
            return (p * q).Derivative() == p.Derivative() * q + p * q.Derivative();
        });

    [Property]
    public Property ComposeAffine_RandomMap_EvaluatesAtImage() =>
        Prop.ForAll(All(Polynomials, Both(SmallRational, SmallRational), SmallRational).ToArbitrary(), t =>
        {
            var (p, (alpha, beta), x) = t;
            var composed = p.ComposeAffine(alpha, beta);
            return composed.Evaluate(x) == p.Evaluate(alpha * x + beta)
                && (alpha.IsZero || p.IsZero ? composed.Degree <= 0 : composed.Degree == p.Degree);
        });

    [Property]
    public Property DivRem_RandomPair_ReconstructsDividendWithSmallerRemainder() =>
        Prop.ForAll(PairsAndPoint, t =>
        {
            var (p, d, _) = t;
            if (d.IsZero) return true;
            var (quotient, remainder) = p.DivRem(d);
            return quotient * d + remainder == p && remainder.Degree < d.Degree;
        });

    [Property]
    public Property Gcd_ProductsWithCommonFactor_IsMonicCommonDivisor() =>
        Prop.ForAll(Triples, t =>
        {
            var (p, q, common) = t;
            if (common.IsZero || (p.IsZero && q.IsZero)) return true;
            var g = Polynomial.Gcd(p * common, q * common);
            return g.LeadingCoefficient == Rational.One
                && (p * common).DivRem(g).Remainder.IsZero
                && (q * common).DivRem(g).Remainder.IsZero
                && g.Degree >= common.Degree;
        });

    [Fact]
    public void FromCoefficients_TrailingZeros_AreDropped()
    {
        var p = Polynomial.FromCoefficients(1, 2, 0, 0);
        Assert.Equal(1, p.Degree);
        Assert.Equal(Polynomial.FromCoefficients(1, 2), p);
        Assert.Equal(p.GetHashCode(), Polynomial.FromCoefficients(1, 2).GetHashCode());
    }

    [Fact]
    public void Zero_Degree_IsMinusOne()
    {
        Assert.Equal(-1, Polynomial.Zero.Degree);
        Assert.True(Polynomial.FromCoefficients(0, 0).IsZero);
        Assert.Equal(Rational.Zero, Polynomial.Zero.LeadingCoefficient);
    }

    [Fact]
    public void Indexer_BeyondDegree_IsZero()
    {
        var p = Polynomial.Monomial(3, 2);
        Assert.Equal(Rational.Zero, p[0]);
        Assert.Equal((Rational)3, p[2]);
        Assert.Equal(Rational.Zero, p[7]);
        Assert.Equal(Rational.Zero, p[-1]);
    }

    [Theory]
    [InlineData(new[] { "1/8", "-1/3", "1" }, "x^2 - 1/3*x + 1/8")]
    [InlineData(new[] { "0", "0", "-1" }, "-x^2")]
    [InlineData(new[] { "-2", "1" }, "x - 2")]
    [InlineData(new[] { "0", "-3/4", "0", "2" }, "2*x^3 - 3/4*x")]
    [InlineData(new[] { "5" }, "5")]
    [InlineData(new string[0], "0")]
    public void ToString_Coefficients_IsReadable(string[] constantTermFirst, string expected) =>
        Assert.Equal(expected, Polynomial.FromCoefficients(constantTermFirst.Select(Rational.Parse)).ToString());

    [Property]
    public Property ToString_RandomPolynomial_ParsesBackToSameFunction() =>
        Prop.ForAll(PairsAndPoint, t =>
        {
            var (p, _, x) = t;
            return TargetParser.Parse(p.ToString()).Evaluate(x) == p.Evaluate(x);
        });

    [Fact]
    public void Integrate_XSquaredOnUnitInterval_IsOneThird() =>
        Assert.Equal(Rational.Create(1, 3), Polynomial.Monomial(1, 2).Integrate(0, 1));

    [Fact]
    public void DivRem_ZeroDivisor_Throws() =>
        Assert.Throws<DivideByZeroException>(() => Polynomial.X.DivRem(Polynomial.Zero));

    [Fact]
    public void Pow_NegativeExponent_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Polynomial.X.Pow(-1));

    [Fact]
    public void Gcd_BothZero_IsZero() =>
        Assert.True(Polynomial.Gcd(Polynomial.Zero, Polynomial.Zero).IsZero);

    [Fact]
    public void Equality_NullAndOtherTypes_AreHandled()
    {
        Polynomial? none = null;
        Assert.True(none == null);
        Assert.False(Polynomial.X == none);
        Assert.False(Polynomial.X.Equals("x"));
        Assert.True(Polynomial.X != Polynomial.One);
    }
}
