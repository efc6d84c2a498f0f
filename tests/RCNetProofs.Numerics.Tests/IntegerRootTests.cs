using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace RCNetProofs.Numerics.Tests;

public class IntegerRootTests
{
    /// <summary>Non-negative integers up to 400 bits, with squares and their neighbours weighted in.</summary>
    private static readonly Arbitrary<BigInteger> NonNegative =
        Arb.From(
            from len in Gen.Choose(0, 50)
            from bytes in Gen.ArrayOf(Gen.Choose(0, 255), len)
            from shape in Gen.Choose(0, 3)
            let v = new BigInteger(bytes.Select(b => (byte)b).ToArray(), isUnsigned: true)
            select shape switch { 0 => v * v, 1 => v * v - 1 < 0 ? v : v * v - 1, 2 => v * v + 1, _ => v });

    /// <summary>An independent oracle: binary search for the largest s with s² ≤ n, bit by bit from the top.</summary>
    private static BigInteger BitByBit(BigInteger n)
    {
        var s = BigInteger.Zero;
        for (int bit = (int)(n.GetBitLength() / 2) + 1; bit >= 0; bit--)
        {
            var candidate = s | (BigInteger.One << bit);
            if (candidate * candidate <= n) s = candidate;
        }
        return s;
    }

    [Property(MaxTest = 500)]
    public Property FloorSqrt_AnyNonNegative_MatchesBitByBitSearchAndBracketsTheRoot() =>
        Prop.ForAll(NonNegative, n =>
        {
            var s = IntegerRoot.FloorSqrt(n);
            Assert.Equal(BitByBit(n), s);
            Assert.True(s * s <= n && n < (s + 1) * (s + 1));
        });

    [Theory]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("2", "1")]
    [InlineData("3", "1")]
    [InlineData("4", "2")]
    [InlineData("1000000000", "31622")]
    [InlineData("18446744073709551615", "4294967295")] // 2^64 − 1
    [InlineData("18446744073709551616", "4294967296")] // 2^64
    public void FloorSqrt_SmallAndBoundaryValues_MatchHandComputedRoots(string n, string expected) =>
        Assert.Equal(BigInteger.Parse(expected), IntegerRoot.FloorSqrt(BigInteger.Parse(n)));

    [Fact]
    public void FloorSqrt_Negative_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IntegerRoot.FloorSqrt(BigInteger.MinusOne));
}
