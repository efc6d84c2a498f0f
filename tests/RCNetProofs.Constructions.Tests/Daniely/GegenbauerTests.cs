using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class GegenbauerTests
{
    private static BigInteger Choose(int n, int k) => k < 0 || k > n ? 0 : Enumerable.Range(1, k).Aggregate(BigInteger.One, (acc, i) => acc * (n - k + i) / i);

    private static void AssertOrthonormal(int d, int maxDegree)
    {
        var p = Gegenbauer.BuildAll(d, maxDegree);
        for (int n = 0; n <= maxDegree; n++)
            for (int k = 0; k <= n; k++)
            {
                // DAN-GEG: ∫P_n P_k dμ_d = δ_nk / N_{d,n}, exactly.
                var expected = n == k ? Rational.Create(1, HarmonicDimension.Of(d, n)) : Rational.Zero;
                Assert.Equal(expected, SphereMarginal.InnerProduct(d, p[n], p[k]));
            }
    }

    [Theory]
    [InlineData(2)] [InlineData(3)] [InlineData(4)] [InlineData(5)] [InlineData(6)] [InlineData(7)] [InlineData(8)] [InlineData(9)]
    public void BuildAll_UpToDegreeTen_IsExactlyOrthonormalWithNdn(int d) => AssertOrthonormal(d, 10);

    [Fact]
    [Trait("Category", "Slow")]
    public void BuildAll_UpToDegreeThirty_IsExactlyOrthonormalForDUpToTwenty()
    {
        for (int d = 2; d <= 20; d++) AssertOrthonormal(d, 30);
    }

    [Theory]
    [InlineData(0)] [InlineData(1)] [InlineData(2)] [InlineData(5)] [InlineData(12)]
    public void Build_DimensionThree_IsLegendreByTheSumFormula(int n)
    {
        // Legendre: P_n(x) = 2^{−n} Σ_k C(n, k)² (x − 1)^{n−k} (x + 1)^k.
        var sum = Polynomial.Zero;
        for (int k = 0; k <= n; k++)
            sum += Choose(n, k) * Choose(n, k) * (Polynomial.FromCoefficients(-1, 1).Pow(n - k) * Polynomial.FromCoefficients(1, 1).Pow(k));
        Assert.Equal(Rational.Pow(2, -n) * sum, Gegenbauer.Build(3, n));
    }

    [Theory]
    [InlineData(0)] [InlineData(1)] [InlineData(3)] [InlineData(8)] [InlineData(15)]
    public void Build_DimensionTwo_IsChebyshevByTheSumFormula(int n)
    {
        // Chebyshev: T_n(x) = Σ_k C(n, 2k) (x² − 1)^k x^{n−2k}.
        var sum = Polynomial.Zero;
        for (int k = 0; 2 * k <= n; k++)
            sum += (Rational)Choose(n, 2 * k) * (Polynomial.FromCoefficients(-1, 0, 1).Pow(k) * Polynomial.X.Pow(n - 2 * k));
        Assert.Equal(sum, Gegenbauer.Build(2, n));
    }

    [Property]
    public Property Build_RandomPoints_AtMostOneAndOneAtOne() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 12) from n in Gen.Choose(0, 14) from x in Oracles.RationalIn(-1, 1) select (d, n, x)), t =>
        {
            var (d, n, x) = t;
            var p = Gegenbauer.Build(d, n);
            Assert.Equal(Rational.One, p.Evaluate(1));
            Assert.True(Rational.Abs(p.Evaluate(x)) <= 1);
            Assert.Equal(n, p.Degree);
            Assert.Equal(n % 2 == 0 ? p : -p, p.ComposeAffine(-1, 0)); // parity (−1)^n
        });

    [Fact]
    public void Build_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Gegenbauer.Build(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gegenbauer.Build(3, -1));
    }
}
