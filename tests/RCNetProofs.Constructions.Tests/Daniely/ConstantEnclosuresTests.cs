using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class ConstantEnclosuresTests
{
    // Oracles: the first 60 decimals of π and e, as published, truncated (so lo ≤ value < lo + 10^−60).
    private static readonly Rational Scale = Rational.Pow(10, 60);
    private static readonly Rational PiDigits = Rational.Parse("3.141592653589793238462643383279502884197169399375105820974944");
    private static readonly Rational EDigits = Rational.Parse("2.718281828459045235360287471352662497757247093699959574966967");

    [Theory]
    [InlineData(8)] [InlineData(64)] [InlineData(150)] [InlineData(190)]
    public void Pi_EnclosesThePublishedDigits_AndIsNarrow(int bits)
    {
        var (lo, hi) = ConstantEnclosures.Pi(bits);
        Assert.True(lo <= PiDigits + 1 / Scale && hi >= PiDigits);
        Assert.True(hi - lo <= Rational.Pow(2, 2 - bits));
    }

    [Theory]
    [InlineData(8)] [InlineData(64)] [InlineData(150)] [InlineData(190)]
    public void E_EnclosesThePublishedDigits_AndIsNarrow(int bits)
    {
        var (lo, hi) = ConstantEnclosures.E(bits);
        Assert.True(lo <= EDigits + 1 / Scale && hi >= EDigits);
        Assert.True(hi - lo <= Rational.Pow(2, 2 - bits));
    }

    [Fact]
    public void Arctan_OfOne_Third_BracketsTheValue()
    {
        var (lo, hi) = ConstantEnclosures.Arctan(3, 40);
        Assert.InRange(Math.Atan(1.0 / 3), lo.ToDouble() - 1e-15, hi.ToDouble() + 1e-15);
        Assert.True(hi - lo < Rational.Pow(2, -40));
    }

    [Fact]
    public void Bits_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConstantEnclosures.Pi(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConstantEnclosures.E(-3));
    }

    [Property]
    public Property DownDecimal_UpDecimal_BracketWithinOneUnit() => Prop.ForAll(
        Arb.From(from p in Gen.Choose(-100000, 100000) from q in Gen.Choose(1, 9999)
                                from k in Gen.Choose(0, 6) select (Rational.Create(p, q), k)), t =>
        {
            // Oracle: the definition — multiples of 10^−k on either side, one unit apart at most.
            var (x, k) = t;
            var unit = Rational.Create(1, System.Numerics.BigInteger.Pow(10, k));
            Rational lo = ConstantEnclosures.DownDecimal(x, k), hi = ConstantEnclosures.UpDecimal(x, k);
            Assert.True(lo <= x && x <= hi && hi - lo <= unit);
            Assert.True((lo / unit).IsInteger && (hi / unit).IsInteger);
        });
}
