using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class RationalSqrtTests
{
    [Property(MaxTest = 300)]
    public Property Enclose_RandomRationals_BracketsTheRootTightly() => Prop.ForAll(
        Arb.From(from p in Gen.Choose(0, 100000) from q in Gen.Choose(1, 1000) from bits in Gen.Choose(0, 80) select (Rational.Create(p, q), bits)), t =>
        {
            var (x, bits) = t;
            var (lo, hi) = RationalSqrt.Enclose(x, bits);
            Assert.True(lo * lo <= x && x <= hi * hi);
            Assert.True(lo.Sign >= 0);
            // width 2^{−bits}/den(x) unless exact
            Assert.True(lo == hi || hi - lo == Rational.One / (x.Denominator * Rational.Pow(2, bits)));
        });

    [Fact]
    public void Enclose_PerfectSquares_AreExact()
    {
        Assert.Equal((Rational.Create(3, 5), Rational.Create(3, 5)), RationalSqrt.Enclose(Rational.Create(9, 25)));
        Assert.Equal(Rational.Zero, RationalSqrt.Upper(Rational.Zero));
        var (lo, hi) = RationalSqrt.Enclose(2, 20);
        Assert.True(lo < hi && lo * lo < 2 && hi * hi > 2);
        Assert.Throws<ArgumentOutOfRangeException>(() => RationalSqrt.Lower(-1));
    }
}
