using RCNetProofs.Cli.Plotting;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Cli.Tests.Plotting;

public class RCNetFiguresTests
{
    [Fact]
    public void ExactErrors_AgreeWithTheFlattenedNetworkAndTheTarget()
    {
        var f = ApproximationTarget.Product2();
        var net = CompositionApprox.Build(f, 4, 1);
        var errors = RCNetFigures.ExactErrors(net, f, 6);
        var flat = net.Flatten();
        // Oracle: the flattened network (a different evaluation path) and x1·x2 written out here.
        foreach (var (i, j) in new[] { (0, 0), (2, 5), (5, 1), (3, 3) })
        {
            var x1 = Rational.Create(2 * j + 1, 12); var x2 = Rational.Create(2 * i + 1, 12);
            Assert.Equal(Rational.Abs(flat.Evaluate([x1, x2])[0] - x1 * x2), errors[i, j]);
        }
    }

    [Fact]
    public void OneDimensional_BandsAreTheStripsOfOmega()
    {
        var f = ApproximationTarget.AbsDistance(Rational.Create(1, 3));
        var net = CompositionApprox.Build(f, 4, 1);
        var figure = RCNetFigures.OneDimensional(net, f, 1 << 17);
        var delta = Rational.Parse(net.Meta["delta"]).ToDouble();
        var bands = figure.Panels[0].Bands!;
        Assert.Equal([0.25 - delta, 0.5 - delta, 0.75 - delta], bands.Select(b => b.From));
        Assert.Equal([0.25, 0.5, 0.75], bands.Select(b => b.To));
        Assert.Single(bands, b => b.Label.Length > 0);
    }
}
