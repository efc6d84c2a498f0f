using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Yarotsky;

public class PolynomialApproxTests
{
    private static Gen<Rational[]> Coefficients(int minDegree, int maxDegree) =>
        from n in Gen.Choose(minDegree, maxDegree)
        from cs in Gen.ArrayOf(from p in Gen.Choose(-8, 8) select Rational.Create(p, 8), n + 1)
        select cs;

    [Theory]
    [InlineData(new[] { "0", "0", "1" }, 3)]
    [InlineData(new[] { "1/2", "-1", "0", "1" }, 4)]
    [InlineData(new[] { "-1/4", "1/2", "-3/4", "1/4", "1/2" }, 4)]
    public void Build_KernelSupAgainstPolynomial_WithinBound(string[] coefficientText, int m)
    {
        var a = coefficientText.Select(Rational.Parse).ToArray();
        var sup = Oracles.Sup(PolynomialApprox.Build(a, m), Polynomial.FromCoefficients(a), -1, 1);
        Assert.True(sup.Enumeration.Complete);
        var bound = PolynomialApprox.ErrorBound(a, m);
        Assert.Equal((a.Length - 2) * Rational.Pow(PolynomialApprox.ProductRange(a), 2) * Rational.Pow(4, -m), bound);
        Assert.True(sup.High <= bound, $"sup = {sup.High} > {bound}");
    }

    [Property(MaxTest = 40)]
    public Property Build_RandomPoints_WithinBound() => Prop.ForAll(
        Arb.From(from a in Coefficients(0, 5) from x in Oracles.RationalIn(-1, 1) select (a, x)), t =>
        {
            var (a, x) = t;
            int m = 6;
            var net = PolynomialApprox.Build(a, m);
            var p = Polynomial.FromCoefficients(a);
            Assert.True(Rational.Abs(net.EvaluateScalar(x) - p.Evaluate(x)) <= PolynomialApprox.ErrorBound(a, m));
            Assert.True(net.IsDyadic);
        });

    [Property(MaxTest = 40)]
    public Property Build_Sizes_MatchFormulas() => Prop.ForAll(
        Arb.From(from a in Coefficients(2, 6) from m in Gen.Choose(5, 8) select (a, m)), t =>
        {
            var (a, m) = t;
            int n = a.Length - 1;
            var sizes = NetworkSizes.Measure(PolynomialApprox.Build(a, m));
            Assert.Equal((n == 2 ? 9 : 11, (n - 1) * (m + 1)), (sizes.Width, sizes.Depth));
        });

    [Property]
    public Property ProductRange_RandomCoefficients_IsTheSmallestPowerOfTwoAboveSumPlusOne() => Prop.ForAll(
        Arb.From(Coefficients(0, 6)), a =>
        {
            var need = a.Aggregate(Rational.One, (s, v) => s + Rational.Abs(v));
            var m = PolynomialApprox.ProductRange(a);
            Assert.True(m >= need && (m == 1 || m / 2 < need));
            Assert.True(m.IsInteger && m.Numerator.IsPowerOfTwo);
        });

    [Fact]
    public void Build_LowDegreeAndBadInput()
    {
        Assert.Equal(Rational.Create(3, 2), PolynomialApprox.Build([Rational.Create(3, 2)], 1).EvaluateScalar(7));
        Assert.Equal((Rational)5, PolynomialApprox.Build([(Rational)1, (Rational)2], 1).EvaluateScalar(2));
        Assert.Equal(Rational.Zero, PolynomialApprox.ErrorBound([(Rational)1, (Rational)2], 1));
        Assert.Throws<ArgumentException>(() => PolynomialApprox.Build([], 3));
        // M = 4 for 3x², so the range condition (n − 1)·16·4^{−m} ≤ 1 needs m ≥ 2.
        Assert.Equal((Rational)4, PolynomialApprox.ProductRange([0, 0, (Rational)3]));
        Assert.Throws<ArgumentException>(() => PolynomialApprox.Build([0, 0, (Rational)3], 1));
        Assert.Equal("YAR-POLY", PolynomialApprox.Build([0, 0, (Rational)3], 2).Meta["construction"]);
    }
}
