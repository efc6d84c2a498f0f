using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// A sound and small selector constant M for <see cref="TwoPhaseMerge"/>, from exact interval enclosures of the states
/// the merged block actually visits (docs/rcnet-selector-bound.md).
/// </summary>
/// <remarks>
/// Φ reproduces g2^{∘r2}∘g1^{∘r1} exactly as long as, at every step k, both g1 and g2 applied to the current state lie in
/// [−M, M]^d (the selector's condition and the padding's g_i + M ≥ 0) and the counter input is ≥ −M. Let B_0 enclose the
/// start states and B_k = IntervalBounds(h_k, B_{k−1}) with h_k = g1 for k ≤ r1 and g2 afterwards. By induction, while M
/// bounds |g1(B_{k−1})| and |g2(B_{k−1})|, Φ's state after k steps equals the unmerged state, which lies in B_k by the
/// soundness of interval arithmetic. Only the states on the actual schedule are enclosed — not every word in g1, g2 as
/// the paper's sufficient condition asks — and the counters enter as exact points, which keeps M small.
/// </remarks>
public static class SelectorBound
{
    /// <summary>
    /// The enclosures B_0..B_{r1+r2} of the visited states and the smallest power of two M ≥ max(1, 2r2, every |value| of
    /// g1 and g2 over B_0..B_{r1+r2−1}).
    /// </summary>
    /// <param name="g1">The first-phase map R^d → R^d.</param>
    /// <param name="g2">The second-phase map R^d → R^d.</param>
    /// <param name="firstSteps">r1 ≥ 0.</param>
    /// <param name="secondSteps">r2 ≥ 0.</param>
    /// <param name="start">B_0, a box holding every start state.</param>
    /// <exception cref="ArgumentOutOfRangeException">For a negative step count.</exception>
    public static (Rational Bound, IReadOnlyList<Box> States) Analyze(Network g1, Network g2, int firstSteps, int secondSteps, Box start)
    {
        ArgumentNullException.ThrowIfNull(g1);
        ArgumentNullException.ThrowIfNull(g2);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentOutOfRangeException.ThrowIfNegative(firstSteps);
        ArgumentOutOfRangeException.ThrowIfNegative(secondSteps);
        var states = new List<Box> { start };
        var largest = Rational.Max(Rational.One, 2 * secondSteps);
        for (int k = 1; k <= firstSteps + secondSteps; k++)
        {
            var (lo1, hi1) = BoxAnalysis.IntervalBounds(g1, states[^1]);
            var (lo2, hi2) = BoxAnalysis.IntervalBounds(g2, states[^1]);
            foreach (var v in lo1.Concat(hi1).Concat(lo2).Concat(hi2)) largest = Rational.Max(largest, Rational.Abs(v));
            states.Add(k <= firstSteps ? new Box(lo1, hi1) : new Box(lo2, hi2));
        }
        return (PowerOfTwoAtLeast(largest), states);
    }

    /// <summary>The smallest 2^e (e ≥ 0) that is ≥ x.</summary>
    internal static Rational PowerOfTwoAtLeast(Rational x)
    {
        var p = Rational.One;
        if (x <= p) return p;
        var ceiling = x.CeilingToInteger();
        int e = (int)(ceiling - 1).GetBitLength();
        return Rational.Pow(2, e);
    }
}
