namespace RCNetProofs.Cli.Plotting;

/// <summary>A point to draw. Coordinates are doubles because they only place ink; the exact values stay in the kernel.</summary>
internal readonly record struct PlotPoint(double X, double Y);
