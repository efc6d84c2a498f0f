using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// Result of <see cref="Distance.Sup"/>: sup |N − f| over the interval, exactly when it is rational and attained
/// at a rational point, otherwise enclosed in [Low, High].
/// </summary>
/// <param name="Enumeration">How the piece enumeration ended; when incomplete the numbers cover only the part seen.</param>
/// <param name="Low">A lower bound: |N − f| at <paramref name="ArgMax"/> equals Low exactly.</param>
/// <param name="High">An upper bound of the supremum.</param>
/// <param name="ArgMax">A rational point where |N − f| = Low.</param>
public sealed record SupDistance(EnumerationResult Enumeration, Rational Low, Rational High, Rational ArgMax)
{
    /// <summary>The exact supremum when Low = High and the enumeration completed; otherwise null.</summary>
    public Rational? Exact => Enumeration.Complete && Low == High ? Low : null;
}
