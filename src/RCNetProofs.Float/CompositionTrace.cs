using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>
/// The outcome of <see cref="FloatCrossCheck.TraceCompositions"/>: for L2∘g^{∘r}∘L1 at one point, the state after each
/// composition in double and exactly, and the first composition and coordinate where double departs from exact.
/// </summary>
public sealed class CompositionTrace
{
    internal CompositionTrace(IReadOnlyList<Rational> point, Rational tolerance, CompositionTraceStep[] steps)
    {
        Point = point;
        Tolerance = tolerance;
        Steps = steps;
        FirstDeparture = steps.FirstOrDefault(s => s.FirstCoordinateBeyond is not null);
    }

    /// <summary>The input x (the double path starts from the nearest doubles to it).</summary>
    public IReadOnlyList<Rational> Point { get; }
    /// <summary>The error beyond which a double value counts as departed.</summary>
    public Rational Tolerance { get; }
    /// <summary>States s_0 = L1(x), s_k = g(s_{k−1}) for k = 1..r, then the output L2(s_r) (r + 2 steps).</summary>
    public IReadOnlyList<CompositionTraceStep> Steps { get; }
    /// <summary>
    /// The first step with a coordinate beyond <see cref="Tolerance"/> (its <see cref="CompositionTraceStep.FirstCoordinateBeyond"/>
    /// is the coordinate); null when double stays within the tolerance throughout.
    /// </summary>
    public CompositionTraceStep? FirstDeparture { get; }
}
