using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Yarotsky;

public class MonomialTests
{
    [Theory]
    [InlineData(2, 3)] [InlineData(3, 1)] [InlineData(3, 4)] [InlineData(4, 2)] [InlineData(5, 3)]
    public void Build_KernelSupAgainstPower_WithinTwoKMinusThreeDelta(int k, int m)
    {
        var sup = Oracles.Sup(Monomial.Build(k, m), Polynomial.Monomial(Rational.One, k), 0, 1);
        Assert.True(sup.Enumeration.Complete);
        var bound = (2 * k - 3) * Rational.Pow(4, -(m + 1));
        Assert.Equal(bound, Monomial.ErrorBound(k, m));
        Assert.True(sup.High <= bound, $"sup |P_{k} − x^{k}| ≤ {sup.High} exceeds {bound}");
    }

    [Property(MaxTest = 40)]
    public Property Build_RandomPoints_WithinBound() => Prop.ForAll(
        Arb.From(from k in Gen.Choose(0, 9) from m in Gen.Choose(1, 8) from x in Oracles.RationalIn(0, 1) select (k, m, x)), t =>
        {
            var (k, m, x) = t;
            var gap = Rational.Abs(Monomial.Build(k, m).EvaluateScalar(x) - Rational.Pow(x, k));
            Assert.True(gap <= (k <= 1 ? Rational.Zero : (2 * k - 3) * Rational.Pow(4, -(m + 1))));
        });

    [Property(MaxTest = 30)]
    public Property Build_Sizes_MatchFormulas() => Prop.ForAll(
        Arb.From(from k in Gen.Choose(0, 8) from m in Gen.Choose(1, 6) select (k, m)), t =>
        {
            var (k, m) = t;
            var sizes = NetworkSizes.Measure(Monomial.Build(k, m));
            var (width, depth) = k switch
            {
                <= 1 => (0, 0),
                2 => (3, m),
                3 => (9, 2 * m),
                _ => (10, 2 * m + (k - 3) * (m + 1)),
            };
            Assert.Equal((width, depth), (sizes.Width, sizes.Depth));
        });

    [Fact]
    public void Build_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Monomial.Build(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Monomial.Build(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Monomial.Build(Monomial.MaxDegree + 1, 2));
        Assert.Equal("YAR-POW", Monomial.Build(4, 2).Meta["construction"]);
    }
}
