using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Float.Tests;

public sealed class UpperDyadicTests
{
    private static readonly Rational Slack1 = Rational.One + Rational.FromDyadic(Dyadic.PowerOfTwo(1 - UpperDyadic.Bits));
    private static readonly Rational Slack2 = Rational.One + Rational.FromDyadic(Dyadic.PowerOfTwo(2 - UpperDyadic.Bits));

    private static void AssertShort(Dyadic d) => Assert.True(BigInteger.Abs(d.Mantissa).GetBitLength() <= UpperDyadic.Bits, $"{d} has more than {UpperDyadic.Bits} bits");

    [Property(MaxTest = 500)]
    public Property UpDyadic_AnyNonNegative_IsShortAtLeastTheValueAndWithinOneUnit() =>
        Prop.ForAll(Arb.From(NumberGenerators.AnyDyadic), d =>
        {
            var x = Dyadic.Abs(d);
            var up = UpperDyadic.Up(x);
            AssertShort(up);
            Assert.True(up >= x);
            Assert.True(up.ToRational() <= x.ToRational() * Slack1);
            if (BigInteger.Abs(x.Mantissa).GetBitLength() <= UpperDyadic.Bits) Assert.Equal(x, up);
        });

    [Property(MaxTest = 500)]
    public Property UpRational_AnyNonNegative_IsShortAtLeastTheValueAndClose() =>
        Prop.ForAll(Arb.From(NumberGenerators.AnyRational), r =>
        {
            var x = Rational.Abs(r);
            var up = UpperDyadic.Up(x);
            AssertShort(up);
            Assert.True(up.ToRational() >= x);
            Assert.True(up.ToRational() <= x * Slack2);
        });

    [Property(MaxTest = 300)]
    public Property AddAndMultiply_AreUpperBoundsOfTheExactResults() =>
        Prop.ForAll(Arb.From(NumberGenerators.AnyDyadic), Arb.From(NumberGenerators.AnyDyadic), (a, b) =>
        {
            var x = UpperDyadic.Up(Dyadic.Abs(a));
            var y = UpperDyadic.Up(Dyadic.Abs(b));
            var sum = UpperDyadic.Add(x, y);
            var product = UpperDyadic.Multiply(x, y);
            Assert.True(sum >= x + y && sum.ToRational() <= (x + y).ToRational() * Slack1);
            Assert.True(product >= x * y && product.ToRational() <= (x * y).ToRational() * Slack1);
            AssertShort(sum);
            AssertShort(product);
        });

    [Fact]
    public void Up_Thirds_RoundsUpNotToNearest()
    {
        var third = UpperDyadic.Up(Rational.Create(1, 3));
        Assert.True(third.ToRational() > Rational.Create(1, 3));
        Assert.Equal(Dyadic.Zero, UpperDyadic.Up(Rational.Zero));
        Assert.Equal(Dyadic.Create(3, -2), UpperDyadic.Up(Rational.Create(3, 4)));
    }
}
