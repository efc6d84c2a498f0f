namespace RCNetProofs.Cli.Plotting;

/// <summary>One polyline of a panel, with its legend label and style.</summary>
/// <param name="Label">The legend text.</param>
/// <param name="Points">The vertices, left to right.</param>
/// <param name="Colour">A CSS hex colour, e.g. "#1f77b4".</param>
/// <param name="Dashed">True for a dashed line (targets and bounds).</param>
/// <param name="ShowVertices">True to mark every vertex (for networks with few breakpoints).</param>
/// <param name="Exact">True when the vertices are exact breakpoints of a network (no sampling); recorded in the SVG.</param>
internal sealed record Curve(string Label, IReadOnlyList<PlotPoint> Points, string Colour, bool Dashed = false, bool ShowVertices = false, bool Exact = false);
