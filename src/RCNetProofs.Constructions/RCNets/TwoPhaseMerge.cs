using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// One block Φ whose powers run g1 for r1 steps and then g2 for r2 steps, switched by a counter
/// (Zhang–Lu–Zhao, Lemma E.1; catalogue id RC-LE1).
/// </summary>
/// <remarks>
/// Φ = ψ∘G with G(x, t) = (ḡ1(x), ḡ2(x), t − 2), ḡ_i = σ^{∘(L − L_i)}∘(g_i + M) − M (the shallower map padded to the
/// common depth L), the counter σ^{∘L}(t + M) − M − 2, and ψ = <see cref="Selector"/>. Started with t = 2r1 + 1 the
/// counter is 2(r1 − k) + 1 after k steps: ≥ 1 (select g1) for k ≤ r1 and ≤ −1 (select g2) afterwards, so
/// Φ^{∘(r1+r2)}(x, 2r1 + 1) = (g2^{∘r2}∘g1^{∘r1}(x), 1 − 2r2) provided every value ḡ1 and ḡ2 meet on the way lies in
/// [−M, M] (see <see cref="SelectorBound"/>).
/// </remarks>
public static class TwoPhaseMerge
{
    /// <summary>
    /// Builds Φ ∈ NN{N1 + N2 + 2d, max{L1, L2} + 1; R^{d+1} → R^{d+1}} for g1, g2: R^d → R^d and the selector constant M.
    /// </summary>
    /// <param name="g1">The map of the first phase.</param>
    /// <param name="g2">The map of the second phase (same dimension d).</param>
    /// <param name="bound">M &gt; 0; Φ is exact on trajectories along which g1 and g2 stay in [−M, M]^d and the counter stays ≥ −M.</param>
    /// <remarks>
    /// Sizes: depth max(L1, L2) + 1; hidden layer l ≤ L has (width of g1's layer l, or d when padding) + (same for g2) + 1
    /// neurons, the last hidden layer 2d + 2. Metadata: construction = RC-LE1, M.
    /// </remarks>
    /// <exception cref="NetworkException">When g1 or g2 is not square or their dimensions differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When M ≤ 0.</exception>
    public static Network Build(Network g1, Network g2, Rational bound)
    {
        ArgumentNullException.ThrowIfNull(g1);
        ArgumentNullException.ThrowIfNull(g2);
        if (bound.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(bound), bound, "two-phase merge: M must be positive");
        int d = g1.InputDimension;
        if (g1.OutputDimension != d || g2.InputDimension != d || g2.OutputDimension != d)
            throw new NetworkException($"two-phase merge: g1 maps R^{g1.InputDimension} → R^{g1.OutputDimension} and g2 R^{g2.InputDimension} → R^{g2.OutputDimension}; both must be R^{d} → R^{d}");
        int depth = Math.Max(g1.HiddenLayerCount, g2.HiddenLayerCount);
        var state = Matrices.Selection(d, d + 1, 0);
        var clock = Matrices.Selection(1, d + 1, d);
        var counter = NetworkCalculus.Compose(
            NetworkCalculus.Affine(Matrices.Identity(1), [-bound - 2]),
            NetworkCalculus.Identity(1, depth, IdentityMode.NonNegative),
            NetworkCalculus.Affine(Matrices.Identity(1), [bound]));
        var stacked = NetworkCalculus.Parallel(
        [
            NetworkCalculus.PreMap(Lift(g1, depth, bound), state),
            NetworkCalculus.PreMap(Lift(g2, depth, bound), state),
            NetworkCalculus.PreMap(counter, clock),
        ]);
        return NetworkCalculus.Compose(Selector.Build(d, bound), stacked).WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "RC-LE1",
            ["M"] = bound.ToString(),
        });
    }

    /// <summary>The counter value 2r1 + 1 that starts the first phase of r1 steps.</summary>
    public static int StartCounter(int firstSteps) => 2 * firstSteps + 1;

    /// <summary>x ↦ σ^{∘(L − depth g)}(g(x) + M) − M, or g itself when it already has depth L.</summary>
    private static Network Lift(Network g, int depth, Rational bound)
    {
        if (g.HiddenLayerCount == depth) return g;
        int d = g.OutputDimension;
        var shifted = NetworkCalculus.PostMap(g, Matrices.Identity(d), Enumerable.Repeat(bound, d).ToArray());
        var padded = NetworkCalculus.PadToDepth(shifted, depth, IdentityMode.NonNegative);
        return NetworkCalculus.PostMap(padded, Matrices.Identity(d), Enumerable.Repeat(-bound, d).ToArray());
    }
}
