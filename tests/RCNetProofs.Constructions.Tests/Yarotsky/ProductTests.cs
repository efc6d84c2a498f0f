using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Yarotsky;

public class ProductTests
{
    [Property]
    public Property BuildUnit_RandomPoints_ErrorWithinPaperRange() => Prop.ForAll(
        Arb.From(from m in Gen.Choose(1, 10) from x in Oracles.RationalIn(0, 1) from y in Oracles.RationalIn(0, 1) select (m, x, y)), t =>
        {
            var (m, x, y) = t;
            var delta = Rational.Pow(4, -(m + 1));
            var e = Product.BuildUnit(m).Evaluate(x, y)[0] - x * y;
            Assert.InRange(e, -delta, 2 * delta);
            Assert.Equal((-delta, 2 * delta), Product.UnitErrorRange(m));
        });

    [Theory]
    [InlineData(1)] [InlineData(3)] [InlineData(6)]
    public void BuildUnit_ExtremePoints_AttainBothEnds(int m)
    {
        var net = Product.BuildUnit(m);
        var delta = Rational.Pow(4, -(m + 1));
        var a = Rational.Pow(2, -(m + 1));
        Assert.Equal(a * 3 * a - delta, net.Evaluate(a, 3 * a)[0]);
        Assert.Equal(2 * delta, net.Evaluate(0, 2 * a)[0]);
    }

    [Theory]
    [InlineData(2, "1/3")] [InlineData(4, "5/7")] [InlineData(5, "1")]
    public void BuildUnit_KernelOnHorizontalSegment_SupAtMostTwoDelta(int m, string y0Text)
    {
        // The 1-D reduction: x ↦ N_m(x, y0) against the target y0·x, exactly on [0, 1].
        var y0 = Rational.Parse(y0Text);
        var slice = NetworkCalculus.PreMap(Product.BuildUnit(m), new Rational[,] { { 1 }, { 0 } }, [Rational.Zero, y0]);
        var sup = Oracles.Sup(slice, Polynomial.Monomial(y0, 1), 0, 1);
        Assert.True(sup.Enumeration.Complete);
        Assert.True(sup.High <= 2 * Rational.Pow(4, -(m + 1)));
    }

    [Theory]
    [InlineData(1)] [InlineData(4)] [InlineData(7)]
    public void BuildUnit_Diagonal_IsTheSquareApproximation(int m)
    {
        // N_m(x, x) = h_m(x), so along the diagonal the kernel finds the square's error 4^{−(m+1)} exactly.
        var diagonal = NetworkCalculus.PreMap(Product.BuildUnit(m), new Rational[,] { { 1 }, { 1 } });
        Assert.Equal(Rational.Pow(4, -(m + 1)), Oracles.Sup(diagonal, Polynomial.Monomial(Rational.One, 2), 0, 1).Exact);
    }

    [Property(MaxTest = 30)]
    public Property BuildUnit_Sizes_MatchFormula() => Prop.ForAll(Arb.From(Gen.Choose(1, 30)), m =>
    {
        var sizes = NetworkSizes.Measure(Product.BuildUnit(m));
        Assert.Equal((2, 1, 9, m, 90L * m - 53), (sizes.InputDimension, sizes.OutputDimension, sizes.Width, sizes.Depth, sizes.Parameters));
    });

    [Property]
    public Property BuildSymmetric_RandomPoints_ErrorAtMostMSquaredOverFourToTheM() => Prop.ForAll(
        Arb.From(from m in Gen.Choose(1, 8) from bound in Gen.Elements("1", "3/2", "4", "1/3")
                 from p in Oracles.RationalIn(-1, 1) from q in Oracles.RationalIn(-1, 1) select (m, Rational.Parse(bound), p, q)), t =>
        {
            var (m, bound, p, q) = t;
            var (x, y) = (p * bound, q * bound);
            var net = Product.BuildSymmetric(m, bound);
            var limit = bound * bound * Rational.Pow(4, -m);
            Assert.Equal(limit, Product.SymmetricErrorBound(m, bound));
            Assert.InRange(net.Evaluate(x, y)[0] - x * y, -limit, limit / 2);
            Assert.Equal(Rational.Zero, net.Evaluate(x, 0)[0]);
            Assert.Equal(Rational.Zero, net.Evaluate(0, y)[0]);
        });

    [Theory]
    [InlineData(0, 6)] [InlineData(1, 9)] [InlineData(5, 9)]
    public void BuildSymmetric_Sizes_DepthMPlusOne(int m, int width)
    {
        var sizes = NetworkSizes.Measure(Product.BuildSymmetric(m, 2));
        Assert.Equal((width, m + 1), (sizes.Width, sizes.Depth));
        Assert.True(Product.BuildSymmetric(m, 2).IsDyadic);
    }

    [Property]
    public Property LevelsFor_RandomAccuracy_IsTheSmallestSufficientM() => Prop.ForAll(
        Arb.From(from p in Gen.Choose(1, 999) from e in Gen.Choose(0, 30) from b in Gen.Elements(1, 2, 3, 10)
                 select (Rational.Create(p, 1000) * Rational.Pow(2, -e), (Rational)b)), t =>
        {
            var (eps, bound) = t;
            int m = Product.LevelsFor(eps, bound);
            Assert.True(Product.SymmetricErrorBound(m, bound) <= eps);
            Assert.True(m == 0 || Product.SymmetricErrorBound(m - 1, bound) > eps);
        });

    [Fact]
    public void BuildSymmetric_BadBound_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Product.BuildSymmetric(2, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Product.SymmetricErrorBound(2, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Product.LevelsFor(0, 1));
        Assert.Equal("YAR-MUL", Product.BuildUnit(2).Meta["construction"]);
    }
}
