using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>The outcome of <see cref="FloatCrossCheck.Run"/>: per point checks and their summary. Evidence only; the exact values decide.</summary>
public sealed class CrossCheckReport
{
    internal CrossCheckReport(Network network, PointCheck[] points)
    {
        Network = network;
        Points = points;
        Rational? max = Rational.Zero;
        int worst = -1;
        foreach (var p in points)
        {
            if (p.Error is not Rational e)
            {
                if (max is not null) worst = p.Index;
                max = null;
            }
            else if (max is Rational m && (worst < 0 || e > m))
            {
                max = e;
                worst = p.Index;
            }
        }
        MaxError = max;
        WorstPoint = worst;
        WithinBoundCount = points.Count(p => p.WithinBound);
        ExactCount = points.Count(p => p.IsExact);
    }

    /// <summary>The network that was checked.</summary>
    public Network Network { get; }
    /// <summary>One check per point, in the order given.</summary>
    public IReadOnlyList<PointCheck> Points { get; }
    /// <summary>The largest |double − exact| over all points and outputs; null when some double output is not finite; 0 for no points.</summary>
    public Rational? MaxError { get; }
    /// <summary>Index of the point with the largest error (the first non-finite one if any); −1 for no points.</summary>
    public int WorstPoint { get; }
    /// <summary>Number of points whose double outputs lie within the rounding bound.</summary>
    public int WithinBoundCount { get; }
    /// <summary>Number of points where double and exact agree exactly.</summary>
    public int ExactCount { get; }
    /// <summary>True when every point lies within its rounding bound.</summary>
    public bool AllWithinBound => WithinBoundCount == Points.Count;
}
