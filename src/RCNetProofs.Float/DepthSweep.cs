using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>The outcome of <see cref="FloatCrossCheck.SweepDepth"/>: per depth, how far double strays, and where it first becomes useless.</summary>
public sealed class DepthSweep
{
    internal DepthSweep(Rational threshold, DepthSweepRow[] rows, int?[] firstDepthPerPoint)
    {
        Threshold = threshold;
        Rows = rows;
        FirstDepthPerPoint = firstDepthPerPoint;
        FirstDepth = firstDepthPerPoint.Where(d => d is not null).Min();
    }

    /// <summary>The error beyond which a double result counts as broken.</summary>
    public Rational Threshold { get; }
    /// <summary>One row per depth, ascending.</summary>
    public IReadOnlyList<DepthSweepRow> Rows { get; }
    /// <summary>For each point, the least depth at which its error exceeds <see cref="Threshold"/>; null when it never does in the range.</summary>
    public IReadOnlyList<int?> FirstDepthPerPoint { get; }
    /// <summary>The least depth at which some point's error exceeds <see cref="Threshold"/>; null when none does.</summary>
    public int? FirstDepth { get; }
}
