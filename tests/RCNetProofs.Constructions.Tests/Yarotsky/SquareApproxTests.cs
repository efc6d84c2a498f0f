using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Yarotsky;

public class SquareApproxTests
{
    private static readonly Polynomial XSquared = Polynomial.Monomial(Rational.One, 2);

    public static TheoryData<int> Levels => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Levels))]
    public void Build_KernelSupAgainstXSquared_IsFourToTheMinusMPlusOne(int m)
    {
        // YAR-SQ / SEED-X2-ERR: the paper's number 4^{−(m+1)}, measured exactly by the kernel.
        var sup = Oracles.Sup(SquareApprox.Build(m), XSquared, 0, 1);
        Assert.Equal(Rational.Pow(4, -(m + 1)), sup.Exact);
        // attained at a midpoint (2k + 1)/2^{m+1}
        var t = sup.ArgMax * Rational.Pow(2, m + 1);
        Assert.True(t.IsInteger && !t.FloorToInteger().IsEven);
    }

    [Fact]
    public void Build_ZeroLevels_IsTheIdentityWithErrorOneQuarter()
    {
        var net = SquareApprox.Build(0);
        Assert.Equal(0, net.HiddenLayerCount);
        Assert.Equal(Rational.Create(1, 4), Oracles.Sup(net, XSquared, 0, 1).Exact);
    }

    [Property]
    public Property Build_RandomPoints_InterpolatesAndLiesAboveXSquared() => Prop.ForAll(
        Arb.From(from m in Gen.Choose(1, 16) from x in Oracles.RationalIn(0, 1) from k in Gen.Choose(0, 1 << 16) select (m, x, k)), t =>
        {
            var (m, x, k) = t;
            var net = SquareApprox.Build(m);
            var h = net.EvaluateScalar(x);
            Assert.InRange(h - x * x, Rational.Zero, Rational.Pow(4, -(m + 1)));
            var grid = Rational.Create(k % ((1 << m) + 1), 1 << m);
            Assert.Equal(grid * grid, net.EvaluateScalar(grid));
            // h_m − h_{m−1} = −Δ^{∘m}/4^m, with Δ^{∘m} by iterating the tent formula
            Assert.Equal(-Oracles.IteratedTent(x, m) / Rational.Pow(4, m), h - SquareApprox.Build(m - 1).EvaluateScalar(x));
        });

    [Property]
    public Property Build_AnyLevels_SizesMatchFormulas() => Prop.ForAll(Arb.From(Gen.Choose(1, 60)), m =>
    {
        var net = SquareApprox.Build(m);
        var sizes = NetworkSizes.Measure(net);
        Assert.True(new NetworkClass(3, m, 1, 1).Contains(sizes));
        Assert.Equal((3, m, 3L * m, 12L * m - 2, 8L * m - 1), (sizes.Width, sizes.Depth, sizes.Neurons, sizes.Parameters, sizes.NonZeros));
        Assert.True(net.IsDyadic);
        Assert.All(net.Layers.SkipLast(1), layer => Assert.True(layer.AllRelu));
        Assert.Equal(("YAR-SQ", m.ToString(System.Globalization.CultureInfo.InvariantCulture)), (net.Meta["construction"], net.Meta["m"]));
    });

    [Property]
    public Property LevelsFor_RandomAccuracy_IsTheSmallestSufficientM() => Prop.ForAll(
        Arb.From(from p in Gen.Choose(1, 1000) from e in Gen.Choose(0, 40) select Rational.Create(p, 1000) * Rational.Pow(2, -e)), eps =>
        {
            int m = SquareApprox.LevelsFor(eps);
            Assert.True(Rational.Pow(4, -(m + 1)) <= eps);
            Assert.True(m == 0 || Rational.Pow(4, -m) > eps);
            Assert.Equal(Rational.Pow(4, -(m + 1)), SquareApprox.Error(m));
        });

    [Fact]
    public void Build_OutsideUnitInterval_DiffersFromTheInterpolantExtension()
    {
        // The width-3 network carries y and S through σ, valid on [0, 1] only (docs/divergences.md): at x = −1 it gives 0,
        // not the value −1 − Σ … that the formula x − ΣΔ^{∘s}(x)/4^s would give.
        Assert.Equal(Rational.Zero, SquareApprox.Build(3).EvaluateScalar(-1));
    }

    [Fact]
    public void Build_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SquareApprox.Build(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SquareApprox.Build(SquareApprox.MaxLevels + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SquareApprox.LevelsFor(0));
    }
}
