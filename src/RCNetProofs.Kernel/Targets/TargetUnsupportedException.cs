namespace RCNetProofs.Kernel.Targets;

/// <summary>
/// A target lies outside what the exact decomposition into pieces handles: an irrational split point, a jump (floor) or a
/// coordinate other than x in a function of one variable.
/// </summary>
/// <remarks>The kernel answers Unknown for such targets instead of guessing.</remarks>
public sealed class TargetUnsupportedException : Exception
{
    /// <summary>Builds the exception for a sign change at an irrational point.</summary>
    public TargetUnsupportedException(string message, RootInterval splitPoint) : base(message) => SplitPoint = splitPoint;

    /// <summary>Builds the exception for a target that has no exact pieces for another reason than a split point.</summary>
    public TargetUnsupportedException(string message) : base(message) { }

    /// <summary>The isolated irrational point where the piece would have to be split, or null for another reason.</summary>
    public RootInterval? SplitPoint { get; }
}
