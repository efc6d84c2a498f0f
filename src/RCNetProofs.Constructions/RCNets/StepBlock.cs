using System.Globalization;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// The floor function by repeated composition of one width-9 block (Zhang–Lu–Zhao, Lemma C.1; catalogue id RC-LC1).
/// </summary>
/// <remarks>
/// With h_k(x) = σ((k/δ)(x − k + δ)) − σ((k/δ)(x − k)) + σ((k/δ)(k + 1 − x)) − σ((k/δ)(k + 1 − δ − x)) − k, which is k on
/// [k, k + 1 − δ] and 0 outside (k − δ, k + 1), the block g maps the state ξ_k = (kx, k², k, x, Σ_{i&lt;k} h_i(x)) to ξ_{k+1}
/// for every x ≥ 0. Starting from L1(x) = (x, 1, 1, x, 0) = ξ_1, after n − 1 steps L2(z) = z_5 reads Σ_{i=1}^{n−1} h_i(x),
/// which is ⌊x⌋ on ∪_{ℓ=0}^{n−1} [ℓ, ℓ + 1 − δ].
/// </remarks>
public static class StepBlock
{
    /// <summary>
    /// Builds g ∈ NN{9, 1; R^5 → R^5}: hidden neurons σ(z1/δ − z2/δ + z3), σ(z1/δ − z2/δ), σ(−z1/δ + z2/δ + z3/δ),
    /// σ(−z1/δ + z2/δ + (1/δ − 1)z3), σ(z3), σ(z1 + z4), σ(z2 + 2z3 + 1), σ(z4), σ(z5); outputs
    /// (a6, a7, a5 + 1, a8, a9 + a1 − a2 + a3 − a4 − a5).
    /// </summary>
    /// <param name="delta">δ ∈ (0, 1), the width of the ramps.</param>
    /// <remarks>Sizes: width 9, depth 1, 104 parameters. Metadata: construction = RC-LC1, delta.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When δ ∉ (0, 1).</exception>
    public static Network BuildG(Rational delta)
    {
        RequireGap(delta);
        var inv = Rational.One / delta;
        var hidden = AffineLayer.Sparse(5,
        [
            [(0, inv), (1, -inv), (2, Rational.One)],
            [(0, inv), (1, -inv)],
            [(0, -inv), (1, inv), (2, inv)],
            [(0, -inv), (1, inv), (2, inv - 1)],
            [(2, Rational.One)],
            [(0, Rational.One), (3, Rational.One)],
            [(1, Rational.One), (2, (Rational)2)],
            [(3, Rational.One)],
            [(4, Rational.One)],
        ], [0, 0, 0, 0, 0, 0, 1, 0, 0], Activation.Relu);
        var output = AffineLayer.Sparse(9,
        [
            [(5, Rational.One)],
            [(6, Rational.One)],
            [(4, Rational.One)],
            [(7, Rational.One)],
            [(0, Rational.One), (1, -Rational.One), (2, Rational.One), (3, -Rational.One), (4, -Rational.One), (8, Rational.One)],
        ], [0, 0, 1, 0, 0], Activation.Identity);
        return new Network(5, [hidden, output], Meta(delta));
    }

    /// <summary>
    /// Builds the RCNet L2∘g^{∘(n−1)}∘L1 with L1(x) = (x, 1, 1, x, 0) and L2(z) = z_5, equal to ⌊x⌋ on
    /// ∪_{ℓ=0}^{n−1} [ℓ, ℓ + 1 − δ] (RC-LC1; the paper states n ≥ 2, n = 1 gives the constant 0 with no composition).
    /// </summary>
    /// <param name="delta">δ ∈ (0, 1).</param>
    /// <param name="n">n ≥ 1, the number of steps of the staircase.</param>
    /// <exception cref="ArgumentOutOfRangeException">When δ ∉ (0, 1) or n &lt; 1.</exception>
    public static RCNet Build(Rational delta, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var g = BuildG(delta);
        var meta = new Dictionary<string, string>(Meta(delta)) { ["n"] = n.ToString(CultureInfo.InvariantCulture) };
        return new RCNet(InputMap(Rational.One, Rational.Zero), g, ReadOut(), n - 1, meta, Labels("x", n - 1));
    }

    /// <summary>
    /// What the block's five coordinates hold after j steps from (y, 1, 1, y, 0): ξ_{j+1} = ((j+1)·y, (j+1)², j+1, y,
    /// Σ_{i=1}^{j} h_i(y)), for the states 0..<paramref name="last"/>.
    /// </summary>
    /// <param name="y">The name of the block's input, e.g. "y₁".</param>
    /// <param name="last">The last state index (the number of steps).</param>
    /// <param name="input">How the input was made, appended to the input copy's meaning, e.g. " = a·x₁ + b".</param>
    public static StateLabel[] Labels(string y, int last, string input = "") =>
    [
        StateLabel.Constant(last, $"(j+1)·{y} (floor step: multiple of the input)"),
        StateLabel.Constant(last, "(j+1)² (floor step: square of the step index)"),
        StateLabel.Constant(last, "j+1 (floor step index)"),
        StateLabel.Constant(last, $"{y}{input} (input copy)"),
        StateLabel.Constant(last, $"Σ_{{i=1..j}} h_i({y}) (accumulated floor sum; ⌊{y}⌋ at the end, off the gaps)"),
    ];

    /// <summary>The affine map x ↦ (y, 1, 1, y, 0) with y = a·x + b: the block's start state for the input y.</summary>
    internal static Network InputMap(Rational a, Rational b) =>
        new(1, [AffineLayer.Sparse(1, [[(0, a)], [], [], [(0, a)], []], [b, 1, 1, b, 0], Activation.Identity)]);

    /// <summary>The affine map z ↦ z_5.</summary>
    internal static Network ReadOut() =>
        new(5, [AffineLayer.Sparse(5, [[(4, Rational.One)]], [Rational.Zero], Activation.Identity)]);

    internal static void RequireGap(Rational delta)
    {
        if (delta.Sign <= 0 || delta >= 1) throw new ArgumentOutOfRangeException(nameof(delta), delta, "step block: δ must lie in (0, 1)");
    }

    private static Dictionary<string, string> Meta(Rational delta) => new()
    {
        ["construction"] = "RC-LC1",
        ["delta"] = delta.ToString(),
    };
}
