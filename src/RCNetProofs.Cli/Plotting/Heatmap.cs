namespace RCNetProofs.Cli.Plotting;

/// <summary>
/// Values on a regular grid of cells over [XMin, XMax] × [YMin, YMax], drawn as coloured cells with a colour bar.
/// Values[i, j] belongs to the cell in row i from the bottom and column j from the left.
/// </summary>
/// <param name="Values">The cell values (non-negative; the colour scale runs from 0 to their maximum).</param>
/// <param name="XMin">Left edge.</param>
/// <param name="XMax">Right edge.</param>
/// <param name="YMin">Bottom edge.</param>
/// <param name="YMax">Top edge.</param>
/// <param name="ScaleLabel">What the colour bar measures.</param>
internal sealed record Heatmap(double[,] Values, double XMin, double XMax, double YMin, double YMax, string ScaleLabel)
{
    /// <summary>The largest value (the top of the colour scale), at least a tiny positive number.</summary>
    public double Max
    {
        get
        {
            double m = 0;
            foreach (var v in Values) if (v > m) m = v;
            return m > 0 ? m : 1e-300;
        }
    }

    /// <summary>A colour for t ∈ [0, 1] on a perceptually even dark-blue → green → yellow scale (viridis anchors), as #rrggbb.</summary>
    public static string Colour(double t)
    {
        ReadOnlySpan<(int R, int G, int B)> anchors = [(68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37)];
        t = Math.Clamp(double.IsNaN(t) ? 0 : t, 0, 1) * (anchors.Length - 1);
        int i = Math.Min((int)t, anchors.Length - 2);
        double f = t - i;
        int C(int a, int b) => (int)Math.Round(a + (b - a) * f);
        return $"#{C(anchors[i].R, anchors[i + 1].R):x2}{C(anchors[i].G, anchors[i + 1].G):x2}{C(anchors[i].B, anchors[i + 1].B):x2}";
    }
}
