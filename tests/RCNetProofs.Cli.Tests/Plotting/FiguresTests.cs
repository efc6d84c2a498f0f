using RCNetProofs.Cli.Plotting;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Cli.Tests.Plotting;

public class FiguresTests
{
    [Theory]
    [InlineData(2, "1/64")]
    [InlineData(5, "1/4096")]
    public void Yarotsky_ErrorPanelStatesTheKernelsExactSupremum(int m, string sup)
    {
        var figure = Figures.Yarotsky(m, ExactCurves.DefaultBudget);

        Assert.Equal(2, figure.Panels.Count);
        Assert.Contains($"exact sup = {sup}", figure.Panels[1].Title);
        // The network curve is exact: 2^m pieces, 2^m + 1 vertices; the error stays within [0, 4^−(m+1)].
        Assert.Equal((1 << m) + 1, figure.Panels[0].Curves[0].Points.Count);
        Assert.True(figure.Panels[0].Curves[0].Exact);
        Assert.All(figure.Panels[1].Curves[0].Points, p => Assert.InRange(p.Y, 0, Math.Pow(4, -(m + 1))));
    }

    [Fact]
    public void Daniely_ErrorWithinEpsilonAndSupStated()
    {
        var figure = Figures.Daniely(TargetParser.Parse("abs(x - 1/3)"), 1, 1, Rational.Create(1, 10), ExactCurves.DefaultBudget);

        Assert.Contains("exact sup = 4/45 ≤ ε = 1/10", figure.Panels[1].Title);
        Assert.All(figure.Panels[1].Curves[0].Points, p => Assert.InRange(p.Y, -0.1, 0.1));
    }

    [Fact]
    public void Network_WithoutTarget_HasOnePanel()
    {
        var net = NetworkJson.Read(Repo.File("examples/networks/triangle.json"));

        var figure = Figures.Network(net, "Δ", null, -1, 2, ExactCurves.DefaultBudget);

        Assert.Single(figure.Panels);
        Assert.Contains("4 linear pieces", figure.Title);
    }
}
