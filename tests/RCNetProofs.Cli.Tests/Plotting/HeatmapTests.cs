using RCNetProofs.Cli.Plotting;
using Xunit;

namespace RCNetProofs.Cli.Tests.Plotting;

public class HeatmapTests
{
    [Fact]
    public void Colour_EndsAreTheScaleEnds_ClampsOutside()
    {
        Assert.Equal("#440154", Heatmap.Colour(0));
        Assert.Equal("#fde725", Heatmap.Colour(1));
        Assert.Equal(Heatmap.Colour(1), Heatmap.Colour(7));
        Assert.Equal(Heatmap.Colour(0), Heatmap.Colour(double.NaN));
    }

    [Fact]
    public void Max_IsTheLargestValue()
    {
        var map = new Heatmap(new double[,] { { 0, 0.5 }, { 2, 1 } }, 0, 1, 0, 1, "v");
        Assert.Equal(2, map.Max);
        Assert.True(new Heatmap(new double[1, 1], 0, 1, 0, 1, "v").Max > 0);
    }
}
