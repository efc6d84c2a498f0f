using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class HarmonicDimensionTests
{
    /// <summary>The number of monomials of degree n in d variables, by counting exponent vectors one variable at a time.</summary>
    private static BigInteger CountMonomials(int d, int n)
    {
        if (n < 0) return 0;
        var ways = new BigInteger[n + 1];
        ways[0] = 1; // zero variables: only the empty monomial of degree 0
        for (int v = 0; v < d; v++)
            for (int total = 1; total <= n; total++) ways[total] += ways[total - 1];
        return ways[n];
    }

    [Property]
    public Property Of_SmallCases_IsHomogeneousDimensionMinusDegreeTwoLower() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 12) from n in Gen.Choose(0, 30) select (d, n)), t =>
        {
            // Harmonic polynomials of degree n: homogeneous polynomials of degree n modulo |x|²·(degree n − 2).
            var (d, n) = t;
            Assert.Equal(CountMonomials(d, n) - CountMonomials(d, n - 2), HarmonicDimension.Of(d, n));
            Assert.True(HarmonicDimension.Of(d, n + 1) >= HarmonicDimension.Of(d, n));
        });

    [Theory]
    [InlineData(2)] [InlineData(3)] [InlineData(10)] [InlineData(50)]
    public void Of_KnownValues(int d)
    {
        Assert.Equal(BigInteger.One, HarmonicDimension.Of(d, 0));
        Assert.Equal((BigInteger)d, HarmonicDimension.Of(d, 1));
        for (int n = 1; n <= 20; n++)
        {
            if (d == 2) Assert.Equal((BigInteger)2, HarmonicDimension.Of(2, n));
            if (d == 3) Assert.Equal((BigInteger)(2 * n + 1), HarmonicDimension.Of(3, n));
        }
    }

    [Fact]
    public void Of_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HarmonicDimension.Of(1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => HarmonicDimension.Of(3, -1));
    }
}
