using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class InnerProductApproxTests
{
    private sealed record Case(int D, Rational Eta, Rational[] X, Rational[] Y)
    {
        public override string ToString() => $"d = {D}, η = {Eta}, x = ({string.Join(", ", X)}), x′ = ({string.Join(", ", Y)})";
    }

    private static Gen<Case> Cases =>
        from d in Gen.Choose(2, 5)
        from eta in Gen.Elements("1", "1/2", "1/3", "3/4")
        from x in Oracles.SpherePoint(d)
        from y in Oracles.SpherePoint(d)
        select new Case(d, Rational.Parse(eta), x, y);

    [Property(MaxTest = 60)]
    public Property Build_RationalSpherePoints_WithinEta() => Prop.ForAll(Arb.From(Cases), c =>
    {
        Assert.Equal(Rational.One, c.X.Aggregate(Rational.Zero, (s, v) => s + v * v)); // the generator's points are on S^{d−1}
        var inner = c.X.Zip(c.Y, (a, b) => a * b).Aggregate(Rational.Zero, (s, v) => s + v);
        var n = InnerProductApprox.Build(c.D, c.Eta).Evaluate([.. c.X, .. c.Y])[0];
        Assert.True(Rational.Abs(n - inner) <= c.Eta / 2, $"|N − ⟨x, x′⟩| = {Rational.Abs(n - inner)} > η/2");
    });

    [Theory]
    [InlineData(2, "1/2")] [InlineData(3, "1")] [InlineData(4, "2/3")]
    public void Build_KernelOnCoordinateSegment_WithinEtaOverTwoD(int d, string etaText)
    {
        // Along x = (t, 0, …, 0), x′ = 0 the network is ½N_sq(t) − 1; the kernel bounds it against t²/2 − 1 on [−2, 2].
        var eta = Rational.Parse(etaText);
        var embed = new Rational[2 * d, 1];
        embed[0, 0] = Rational.One;
        var slice = NetworkCalculus.PreMap(InnerProductApprox.Build(d, eta), embed);
        var sup = Oracles.Sup(slice, Polynomial.FromCoefficients(-1, 0, Rational.Half), -2, 2);
        Assert.True(sup.Enumeration.Complete);
        Assert.True(sup.High <= eta / (2 * d));
    }

    [Theory]
    [InlineData(2, "1/2", 64)] [InlineData(3, "1", 72)] [InlineData(3, "1/2", 144)] [InlineData(4, "1/4", 512)]
    public void Build_Width_IsEightDSquaredOverEtaWhenIntegral(int d, string etaText, int paperWidth)
    {
        var eta = Rational.Parse(etaText);
        Assert.Equal((Rational)paperWidth, 8 * d * d / eta); // the seed's 8d²/η, written out in the InlineData
        var sizes = NetworkSizes.Measure(InnerProductApprox.Build(d, eta));
        Assert.Equal((paperWidth, 1, 2, 2 * d), (sizes.Width, sizes.Depth, sizes.DepthIn(DepthConvention.AffineLayers), sizes.InputDimension));
        Assert.Equal(paperWidth, InnerProductApprox.Width(d, eta));
    }

    [Fact]
    public void Build_Width_RoundsUpWhenNotIntegral()
    {
        // 4d/η = 12/(5/2)·… not an integer: width 2d⌈4d/η⌉ = 6·⌈24/5⌉ = 30 > 8d²/η = 28.8.
        var eta = Rational.Create(5, 2);
        Assert.Equal(30, NetworkSizes.Measure(InnerProductApprox.Build(3, eta)).Width);
        Assert.True(8 * 9 / eta < 30);
    }

    [Fact]
    public void Build_Weights_AsTheSeedStates()
    {
        var net = InnerProductApprox.Build(3, Rational.Create(1, 2));
        var hidden = net.Layers[0];
        for (int i = 0; i < hidden.OutputSize; i++)
        {
            Assert.All(hidden.RowValues(i).ToArray(), w => Assert.Equal(Rational.One, Rational.Abs(w)));
            Assert.True(Rational.Abs(hidden.Bias[i]) <= 2);
        }
        Assert.All(net.Layers[1].RowValues(0).ToArray(), w => Assert.True(Rational.Abs(w) <= 4));
        Assert.Equal("DAN-IP", net.Meta["construction"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => InnerProductApprox.Build(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => InnerProductApprox.Build(2, 0));
    }
}
