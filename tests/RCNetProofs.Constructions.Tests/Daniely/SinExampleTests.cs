using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class SinExampleTests
{
    // Logarithms are compared in double: the catalogue prints them to one decimal, so this is a comparison of two
    // approximations, not an exact check. The enclosures themselves are exact rationals.
    private static double Log2(Rational r) => BigInteger.Log(r.Numerator, 2) - BigInteger.Log(r.Denominator, 2);

    [Fact]
    public void CatalogueTable_Log2Columns_AgreeWithExactEnclosuresToOneDecimal()
    {
        foreach (var (d, log2SqrtN, log2Den, log2Width) in SinExample.CatalogueTable)
        {
            var (low, high) = SinExample.WidthBound(d);
            Assert.True(low <= high);
            if (log2Width is Rational w)
            {
                Assert.True(low.Sign > 0, $"d = {d}: the catalogue gives a width but the exact lower end is 0");
                Assert.InRange(Log2(low), w.ToDouble() - 0.05, w.ToDouble() + 0.05);
                Assert.InRange(Log2(high), w.ToDouble() - 0.05, w.ToDouble() + 0.05);
            }
            else Assert.True(high < 1, $"d = {d}: the catalogue calls the bound vacuous, but W(d) may exceed 1");
            if (log2SqrtN is Rational s)
                Assert.InRange(BigInteger.Log(HarmonicDimension.Of(d, d * d), 2) / 2, s.ToDouble() - 0.05, s.ToDouble() + 0.05);
            if (log2Den is Rational den)
                Assert.InRange(2 * d + Math.Log2(1 + 2 * Math.Sqrt(d)), den.ToDouble() - 0.05, den.ToDouble() + 0.05);
        }
    }

    [Theory]
    [InlineData(25)] [InlineData(64)] [InlineData(100)]
    public void WidthBound_LargeD_IsTightAndGrowsSuperExponentially(int d)
    {
        var (low, high) = SinExample.WidthBound(d);
        Assert.True(high - low < low / 1_000_000); // the enclosure of e, π and the roots costs less than 1 ppm
        // 2^{Ω(d log d)}: about 2^{9.5} at d = 25 (below 2^d), but above 2^d at d = 64 and 100
        Assert.Equal(d >= 64, low > Rational.Pow(2, d));
    }

    [Fact]
    public void ProjectionFactor_PerfectSquares_AtLeastFourFifthsExactlyFromTwentyFive()
    {
        Assert.Equal(Rational.Create(2501, 3125), SinExample.ProjectionFactor(25));
        Assert.True(SinExample.ProjectionFactor(16) < Rational.Create(4, 5));
        for (int r = 5; r <= 100; r++) Assert.True(SinExample.ProjectionFactor(r * r) >= Rational.Create(4, 5));
        Assert.Throws<ArgumentException>(() => SinExample.ProjectionFactor(20));
        Assert.Throws<ArgumentException>(() => SinExample.ProjectionFactor(1));
    }

    [Fact]
    public void WidthBound_DimensionOutsideTwoTo200_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SinExample.WidthBound(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SinExample.WidthBound(201));
    }
}
