using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class DepthThreeTests
{
    private static readonly (string Text, Rational L)[] Functions = [("x^2", 2), ("abs(x - 1/3)", 1), ("x^3 - x", 2)];

    [Property(MaxTest = 40)]
    public Property Build_RationalSpherePairs_WithinEpsilon() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 3) from fi in Gen.Choose(0, Functions.Length - 1) from eps in Gen.Elements("1", "1/2")
                 from x in Oracles.SpherePoint(d) from y in Oracles.SpherePoint(d) select (d, fi, Rational.Parse(eps), x, y)), t =>
        {
            var (d, fi, eps, x, y) = t;
            var expr = TargetParser.Parse(Functions[fi].Text);
            var f = new LipschitzTarget(Functions[fi].Text, expr.Evaluate, Functions[fi].L);
            var net = DepthThree.Build(d, f, eps);
            var inner = x.Zip(y, (a, b) => a * b).Aggregate(Rational.Zero, (s, v) => s + v);
            var gap = Rational.Abs(net.Evaluate([.. x, .. y])[0] - expr.Evaluate(inner));
            Assert.True(gap <= eps, $"|N_F − F| = {gap} > ε = {eps} for f = {Functions[fi].Text}, d = {d}");
        });

    [Theory]
    [InlineData(2, "2", "1", 128, 8)]
    [InlineData(3, "1", "1/2", 288, 8)]
    [InlineData(2, "3", "3/4", 256, 16)]
    public void Build_LayerWidths_MatchSixteenDSquaredLOverEpsAndFourLOverEps(int d, string lText, string epsText, int paperInner, int paperOuter)
    {
        var (l, eps) = (Rational.Parse(lText), Rational.Parse(epsText));
        Assert.Equal((Rational)paperInner, 16 * d * d * l / eps); // the seed's 16d²L/ε and 4L/ε, written out in the InlineData
        Assert.Equal((Rational)paperOuter, 4 * l / eps);
        var net = DepthThree.Build(d, new LipschitzTarget("l·x", x => l * x, l), eps);
        var sizes = NetworkSizes.Measure(net);
        Assert.Equal((2, 3), (sizes.Depth, sizes.DepthIn(DepthConvention.AffineLayers)));
        Assert.Equal((paperInner, paperOuter), (net.Layers[0].OutputSize, net.Layers[1].OutputSize));
        Assert.Equal(Math.Max(paperInner, paperOuter), sizes.Width);
        Assert.Equal("DAN-D3", net.Meta["construction"]);
    }

    [Fact]
    public void Build_BadArguments_Throw()
    {
        var f = new LipschitzTarget("x", x => x, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => DepthThree.Build(0, f, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DepthThree.Build(2, f, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DepthThree.Build(2, new LipschitzTarget("0", _ => 0, 0), 1));
    }
}
