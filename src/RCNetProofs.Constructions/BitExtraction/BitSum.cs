using System.Globalization;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.BitExtraction;

/// <summary>
/// Bit-sum extraction by repeated composition of one width-8 block (Zhang–Lu–Zhao, Lemma D.1; catalogue id RC-LD1).
/// </summary>
/// <remarks>
/// With δ = 2^{−r} and T(x) = σ(x/δ + 1) − σ(x/δ) (1 for x ≥ 0, 0 for x ≤ −δ), the block is
/// g(x1, x2, x3) = (x1 − 1, 2x2 − T(x2 − ½), σ(T(x2 − ½) + T(x1) − 1) + x3), valid on R × [0, ∞)². Started at
/// L1(k, v) = (k − 1, v, 0) with v = bin 0.θ1…θr, step i reads θ_i = T(β_i − ½) from β_i = bin 0.θ_i…θ_r, shifts the
/// register (β_{i+1} = 2β_i − θ_i) and adds θ_i·1{i ≤ k} = σ(θ_i + T(k − i) − 1); after r steps L2(z) = z_3 is Σ_{ℓ≤k} θ_ℓ.
/// </remarks>
public static class BitSum
{
    /// <summary>
    /// Builds g ∈ NN{8, 2; R^3 → R^3} for r-bit registers (δ = 2^{−r}): hidden layer 1 σ(x1), σ(−x1), σ(x2),
    /// σ((x2 − ½)/δ + 1), σ((x2 − ½)/δ), σ(x1/δ + 1), σ(x1/δ), σ(x3); hidden layer 2 carries the first five,
    /// adds σ(T(x2 − ½) + T(x1) − 1) and carries σ(x3); output (σ(x1) − σ(−x1) − 1, 2σ(x2) − T(x2 − ½), [new] + σ(x3)).
    /// </summary>
    /// <param name="r">r ≥ 1, the register length.</param>
    /// <remarks>Sizes: width 8, depth 2 (hidden widths [8, 7]), every weight dyadic (the largest is 2^r). Metadata: construction = RC-LD1, r.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1.</exception>
    public static Network BuildG(int r)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(r, 1);
        var inv = Rational.Pow(2, r);
        Rational one = Rational.One, neg = -Rational.One;
        var first = AffineLayer.Sparse(3,
        [
            [(0, one)], [(0, neg)], [(1, one)], [(1, inv)], [(1, inv)], [(0, inv)], [(0, inv)], [(2, one)],
        ], [0, 0, 0, one - inv / 2, -inv / 2, one, 0, 0], Activation.Relu);
        var second = AffineLayer.Sparse(8,
        [
            [(0, one)], [(1, one)], [(2, one)], [(3, one)], [(4, one)],
            [(3, one), (4, neg), (5, one), (6, neg)],
            [(7, one)],
        ], [0, 0, 0, 0, 0, neg, 0], Activation.Relu);
        var output = AffineLayer.Sparse(7,
        [
            [(0, one), (1, neg)],
            [(2, (Rational)2), (3, neg), (4, one)],
            [(5, one), (6, one)],
        ], [neg, 0, 0], Activation.Identity);
        return new Network(3, [first, second, output], Meta(r));
    }

    /// <summary>
    /// Builds the RCNet L2∘g^{∘r}∘L1 with L1(x1, x2) = (x1 − 1, x2, 0) and L2(z) = z_3, which maps (k, bin 0.θ1…θr) to
    /// Σ_{ℓ=1}^{k} θ_ℓ for k = 0..r and every θ ∈ {0, 1}^r.
    /// </summary>
    /// <param name="r">r ≥ 1.</param>
    /// <remarks>The paper prints L1: R² → R⁵ and L2: R⁵ → R; its proof uses R³ (docs/divergences.md).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1.</exception>
    public static RCNet Build(int r)
    {
        var l1 = new Network(2, [AffineLayer.Sparse(2, [[(0, Rational.One)], [(1, Rational.One)], []], [-Rational.One, 0, 0], Activation.Identity)]);
        var l2 = new Network(3, [AffineLayer.Sparse(3, [[(2, Rational.One)]], [Rational.Zero], Activation.Identity)]);
        return new RCNet(l1, BuildG(r), l2, r, Meta(r), Labels("k", "θ", r));
    }

    /// <summary>
    /// What the block's three coordinates hold after j steps from (k − 1, bin 0.θ1…θr, 0): (k − 1 − j,
    /// bin 0.θ_{j+1}…θ_r, Σ_{ℓ ≤ min(j, k)} θ_ℓ), for the states 0..<paramref name="last"/>.
    /// </summary>
    /// <param name="index">The name of the index input k, e.g. "J".</param>
    /// <param name="bits">The name of the bit string θ, e.g. "c".</param>
    /// <param name="last">The last state index (the number of steps).</param>
    public static StateLabel[] Labels(string index, string bits, int last) =>
    [
        StateLabel.Constant(last, $"{index} − 1 − j (countdown: bit j+1 of {bits} is summed while it is ≥ 0)"),
        StateLabel.Constant(last, $"bin 0.{bits}_(j+1){bits}_(j+2)… (bit register of {bits}, shifted one bit per step)"),
        StateLabel.Constant(last, $"Σ_{{ℓ ≤ min(j, {index})}} {bits}_ℓ (accumulated bit-sum of {bits})"),
    ];

    /// <summary>bin 0.θ1θ2…θr = Σ θ_i 2^{−i}.</summary>
    public static Rational Encode(IReadOnlyList<bool> bits)
    {
        ArgumentNullException.ThrowIfNull(bits);
        var v = Rational.Zero;
        for (int i = bits.Count - 1; i >= 0; i--) v = (v + (bits[i] ? 1 : 0)) / 2;
        return v;
    }

    private static Dictionary<string, string> Meta(int r) => new()
    {
        ["construction"] = "RC-LD1",
        ["r"] = r.ToString(CultureInfo.InvariantCulture),
    };
}
