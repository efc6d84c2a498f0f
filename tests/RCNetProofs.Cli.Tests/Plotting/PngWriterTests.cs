using RCNetProofs.Cli.Plotting;
using SkiaSharp;
using Xunit;

namespace RCNetProofs.Cli.Tests.Plotting;

public class PngWriterTests
{
    [Fact]
    public void Write_Yarotsky_WritesANonEmptyPngOfTheAskedSize()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rcnet-plot-{Guid.NewGuid():N}.png");
        try
        {
            PngWriter.Write(Figures.Yarotsky(2, ExactCurves.DefaultBudget), path, 640, 700);

            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length > 1000);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            using var bitmap = SKBitmap.Decode(path);
            Assert.Equal((640, 700), (bitmap.Width, bitmap.Height));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Write_Title_IsDrawnWithTheShippedFont()
    {
        // Text that silently vanishes leaves the title band blank; with the shipped font it has dark pixels.
        Assert.True(File.Exists(PngWriter.FontPath), PngWriter.FontPath);
        var path = Path.Combine(Path.GetTempPath(), $"rcnet-plot-{Guid.NewGuid():N}.png");
        try
        {
            PngWriter.Write(new Figure("WWWW MMMM", [new Panel("", "x", "y", [new Curve("N", [new(0, 0), new(1, 1)], "#1f77b4")])]), path, 400, 300);

            using var bitmap = SKBitmap.Decode(path);
            int dark = 0;
            for (int y = 0; y < 40; y++)
                for (int x = 0; x < bitmap.Width; x++)
                    if (bitmap.GetPixel(x, y).Red < 100) dark++;
            Assert.True(dark > 50, $"only {dark} dark pixels in the title band");
        }
        finally { File.Delete(path); }
    }
}
