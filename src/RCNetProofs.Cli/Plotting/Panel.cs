namespace RCNetProofs.Cli.Plotting;

/// <summary>One set of axes: a title, axis labels, the curves drawn on them, shaded strips under the curves and
/// (instead of curves) a heat map.</summary>
internal sealed record Panel(string Title, string XLabel, string YLabel, IReadOnlyList<Curve> Curves,
    IReadOnlyList<Band>? Bands = null, Heatmap? Map = null);
