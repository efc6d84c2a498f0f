using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class SphereMarginalTests
{
    [Property]
    public Property Moment_OddDimension_EqualsNormalisedIntegralOfThePolynomialDensity() => Prop.ForAll(
        Arb.From(from half in Gen.Choose(1, 8) from k in Gen.Choose(0, 16) select (2 * half + 1, k)), t =>
        {
            // For odd d the density c_d(1 − t²)^{(d−3)/2} is a polynomial: integrate it exactly on [−1, 1].
            var (d, k) = t;
            var density = Polynomial.FromCoefficients(1, 0, -1).Pow((d - 3) / 2);
            var expected = (Polynomial.X.Pow(k) * density).Integrate(-1, 1) / density.Integrate(-1, 1);
            Assert.Equal(expected, SphereMarginal.Moment(d, k));
        });

    [Theory]
    [InlineData(0)] [InlineData(1)] [InlineData(4)] [InlineData(11)]
    public void Moment_DimensionTwo_IsTheArcsineLaw(int k)
    {
        // arcsine law on [−1, 1]: E[t^{2k}] = C(2k, k)/4^k
        var c = Enumerable.Range(1, k).Aggregate(BigInteger.One, (acc, i) => acc * (k + i) / i);
        Assert.Equal(Rational.Create(c, BigInteger.Pow(4, k)), SphereMarginal.Moment(2, 2 * k));
        Assert.Equal(Rational.Zero, SphereMarginal.Moment(2, 2 * k + 1));
    }

    [Property]
    public Property Integrate_RandomPolynomials_IsLinearAndMatchesMoments() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 15)
                 from a in Gen.ArrayOf(from p in Gen.Choose(-9, 9) select Rational.Create(p, 4), 6)
                 from b in Gen.ArrayOf(from p in Gen.Choose(-9, 9) select Rational.Create(p, 3), 5)
                 select (d, a, b)), t =>
        {
            var (d, a, b) = t;
            var (p, q) = (Polynomial.FromCoefficients(a), Polynomial.FromCoefficients(b));
            var byMoments = a.Select((c, k) => c * SphereMarginal.Moment(d, k)).Aggregate(Rational.Zero, (s, v) => s + v);
            Assert.Equal(byMoments, SphereMarginal.Integrate(d, p));
            Assert.Equal(SphereMarginal.Integrate(d, p) + 3 * SphereMarginal.Integrate(d, q), SphereMarginal.Integrate(d, p + 3 * q));
            Assert.Equal(SphereMarginal.InnerProduct(d, p, q), SphereMarginal.InnerProduct(d, q, p));
            Assert.True(SphereMarginal.InnerProduct(d, p, p) >= 0);
        });

    [Fact]
    public void Moment_BadArguments_Throw()
    {
        Assert.Equal(Rational.One, SphereMarginal.Moment(7, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SphereMarginal.Moment(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => SphereMarginal.Moment(3, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SphereMarginal.Integrate(1, Polynomial.One));
    }
}
