using ScottPlot;
using SkiaSharp;

namespace RCNetProofs.Cli.Plotting;

/// <summary>
/// Writes a figure as a PNG with ScottPlot, one plot per panel stacked on one canvas, all text in the DejaVu Sans
/// shipped beside the executable (Fonts/DejaVuSans.ttf).
/// </summary>
/// <remarks>
/// ScottPlot finds fonts through the system; where there are none it still draws, but every piece of text silently
/// vanishes. Registering the shipped file and naming it on every plot makes the output the same on every machine.
/// </remarks>
internal static class PngWriter
{
    private const string FontName = "RCNet DejaVu Sans";
    private const int TitleHeight = 40;

    /// <summary>The shipped font file.</summary>
    public static string FontPath => Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");

    private static readonly Lazy<string> Font = new(() =>
    {
        if (!File.Exists(FontPath)) throw new FileNotFoundException($"the plotting font is missing: {FontPath}", FontPath);
        Fonts.AddFontFile(FontName, FontPath);
        return FontName;
    });

    /// <summary>Writes the PNG file at <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    /// <exception cref="FileNotFoundException">When the shipped font is missing.</exception>
    public static void Write(Figure figure, string path, int width, int height)
    {
        var font = Font.Value;
        var info = new SKImageInfo(width, height);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        // Each panel on its own surface, then copied into place: a plot's render paints its background over the whole
        // canvas it is given, which would wipe the panels above it.
        int panelHeight = (height - TitleHeight) / figure.Panels.Count;
        for (int i = 0; i < figure.Panels.Count; i++)
        {
            using var panelSurface = SKSurface.Create(new SKImageInfo(width, panelHeight));
            Build(figure.Panels[i], font).Render(panelSurface.Canvas, width, panelHeight);
            using var panelImage = panelSurface.Snapshot();
            canvas.DrawImage(panelImage, 0, TitleHeight + i * panelHeight);
        }
        using (var typeface = SKTypeface.FromFile(FontPath))
        using (var titleFont = new SKFont(typeface, 18) { Embolden = true })
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
            canvas.DrawText(figure.Title, width / 2f, 27, SKTextAlign.Center, titleFont, paint);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    private static Plot Build(Panel panel, string font)
    {
        var plot = new Plot();
        foreach (var band in panel.Bands ?? [])
        {
            var span = plot.Add.HorizontalSpan(band.From, band.To, Color.FromHex(band.Colour).WithAlpha(0.25));
            span.LineWidth = 0;
            span.LegendText = band.Label;
        }
        if (panel.Map is Heatmap map)
        {
            // ScottPlot draws row 0 at the top; the figure's row 0 is the bottom.
            int rows = map.Values.GetLength(0), cols = map.Values.GetLength(1);
            var flipped = new double[rows, cols];
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) flipped[rows - 1 - i, j] = map.Values[i, j];
            var heat = plot.Add.Heatmap(flipped);
            heat.Colormap = new ScottPlot.Colormaps.Viridis();
            heat.Extent = new CoordinateRect(map.XMin, map.XMax, map.YMin, map.YMax);
            heat.ManualRange = new ScottPlot.Range(0, map.Max);
            var bar = plot.Add.ColorBar(heat);
            bar.Label = map.ScaleLabel;
        }
        foreach (var curve in panel.Curves)
        {
            var xs = curve.Points.Select(p => p.X).ToArray();
            var ys = curve.Points.Select(p => p.Y).ToArray();
            var line = plot.Add.ScatterLine(xs, ys, Color.FromHex(curve.Colour));
            line.LineWidth = curve.Exact ? 2 : 1.5f;
            line.LegendText = curve.Label;
            if (curve.Dashed) line.LinePattern = LinePattern.Dashed;
            if (curve.ShowVertices)
            {
                line.MarkerShape = MarkerShape.FilledCircle;
                line.MarkerSize = 5;
            }
        }
        plot.Title(panel.Title, 14);
        plot.XLabel(panel.XLabel, 13);
        plot.YLabel(panel.YLabel, 13);
        plot.Font.Set(font);
        if (panel.Map is Heatmap m)
        {
            plot.Axes.SetLimits(m.XMin, m.XMax, m.YMin, m.YMax);
            return plot;
        }
        plot.ShowLegend(Alignment.UpperRight);
        // The domain fills the frame horizontally; the room above the curves keeps them clear of the legend.
        int legendRows = panel.Curves.Count(c => c.Label.Length > 0) + (panel.Bands ?? []).Count(b => b.Label.Length > 0);
        plot.Axes.Margins(left: 0, right: 0, bottom: 0.05, top: 0.06 + 0.07 * legendRows);
        return plot;
    }
}
