using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>One depth of a <see cref="DepthSweep"/>: how far double strays from exact over the points at that depth.</summary>
public sealed class DepthSweepRow
{
    internal DepthSweepRow(int depth, CrossCheckReport report, Rational threshold)
    {
        Depth = depth;
        MaxError = report.MaxError;
        Dyadic? maxBound = Dyadic.Zero;
        foreach (var p in report.Points)
        {
            if (p.Bounds is null) { maxBound = null; break; }
            foreach (var b in p.Bounds) if (b > maxBound!.Value) maxBound = b;
        }
        MaxBound = maxBound;
        BeyondThreshold = report.Points.Count(p => p.Error is not Rational e || e > threshold);
        WithinBoundCount = report.WithinBoundCount;
    }

    /// <summary>The depth (the family's parameter).</summary>
    public int Depth { get; }
    /// <summary>The largest |double − exact| over the points; null when some double output is not finite.</summary>
    public Rational? MaxError { get; }
    /// <summary>The largest a-priori rounding bound over the points; null when some evaluation might overflow.</summary>
    public Dyadic? MaxBound { get; }
    /// <summary>Number of points whose error exceeds the sweep's threshold (non-finite outputs count).</summary>
    public int BeyondThreshold { get; }
    /// <summary>Number of points within their rounding bound.</summary>
    public int WithinBoundCount { get; }
}
