namespace RCNetProofs.Cli.Plotting;

/// <summary>One set of axes: a title, axis labels and the curves drawn on them.</summary>
internal sealed record Panel(string Title, string XLabel, string YLabel, IReadOnlyList<Curve> Curves);
