namespace RCNetProofs.Kernel.Targets;

/// <summary>A target lies outside what the exact decomposition handles (an irrational split point).</summary>
/// <remarks>The kernel answers Unknown for such targets instead of guessing.</remarks>
public sealed class TargetUnsupportedException : Exception
{
    /// <summary>Builds the exception for a sign change at an irrational point.</summary>
    public TargetUnsupportedException(string message, RootInterval splitPoint) : base(message) => SplitPoint = splitPoint;

    /// <summary>The isolated irrational point where the piece would have to be split.</summary>
    public RootInterval SplitPoint { get; }
}
