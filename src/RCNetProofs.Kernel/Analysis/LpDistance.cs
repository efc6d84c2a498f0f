using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// Result of <see cref="Distance.Lp"/>: ∫ |N − f|^p over the interval (the p-th power of the L^p distance,
/// with respect to Lebesgue measure), exact when Low = High, otherwise enclosed in [Low, High].
/// </summary>
/// <param name="Enumeration">How the piece enumeration ended; when incomplete the numbers cover only the part seen.</param>
/// <param name="P">The exponent p ≥ 1.</param>
/// <param name="Low">A lower bound of the integral.</param>
/// <param name="High">An upper bound of the integral.</param>
public sealed record LpDistance(EnumerationResult Enumeration, int P, Rational Low, Rational High)
{
    /// <summary>The exact integral when Low = High and the enumeration completed; otherwise null.</summary>
    public Rational? Exact => Enumeration.Complete && Low == High ? Low : null;
}
