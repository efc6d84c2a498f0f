using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Telgarsky;

/// <summary>Parity of d bits through the sawtooth (catalogue id TEL-PAR).</summary>
/// <remarks>
/// Lemma: Δ^{∘L}(m/2^L) = m mod 2 for integers 0 ≤ m ≤ 2^L. So the parity of a bit count m ≤ 2^L is one sawtooth
/// evaluation after a linear map; both networks have the sawtooth's width 3 and depth L, and are exact on their
/// finite domains (no error term).
/// </remarks>
public static class Parity
{
    /// <summary>
    /// Builds x ↦ 1 − 2Δ^{∘L}((d + Σx_i)/(2d)) on R^d with d = 2^L, which equals Π x_i for x ∈ {−1, +1}^d.
    /// </summary>
    /// <param name="depth">L ≥ 1; the input dimension is d = 2^L (L ≤ 16).</param>
    /// <remarks>
    /// (d + Σx_i)/2 counts the +1 entries; for d even its parity is that of the number of −1 entries, and
    /// Πx_i = 1 − 2·(that parity). The seed omits the "1 − 2·" and so gets 0/1 instead of ±1 (divergences.md).
    /// Sizes: width 3, depth L (L + 1 affine layers), input d. Metadata: construction = TEL-PAR, L, d.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When L is outside 1..16.</exception>
    public static Network Build(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, 16);
        int d = 1 << depth;
        var pre = new Rational[1, d];
        for (int i = 0; i < d; i++) pre[0, i] = Rational.Create(1, 2 * d);
        var inner = NetworkCalculus.PreMap(Sawtooth.Build(depth), pre, [Rational.Half]);
        return NetworkCalculus.PostMap(inner, new Rational[,] { { -2 } }, [Rational.One]).WithMeta(Meta(depth, d));
    }

    /// <summary>
    /// Builds b ↦ Δ^{∘L}(Σb_i / 2^L) on R^d with L = max(1, ⌈log₂ d⌉), which equals XOR(b) = (Σb_i) mod 2 for
    /// b ∈ {0, 1}^d.
    /// </summary>
    /// <param name="bits">d ≥ 1, the number of bits (d ≤ 2^16).</param>
    /// <remarks>Sizes: width 3, depth L = max(1, ⌈log₂ d⌉), input d. Metadata: construction = TEL-PAR, L, d.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When d is outside 1..2^16.</exception>
    public static Network BuildXor(int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 1 << 16);
        int depth = 1;
        while ((1 << depth) < bits) depth++;
        var pre = new Rational[1, bits];
        for (int i = 0; i < bits; i++) pre[0, i] = Rational.Pow(2, -depth);
        return NetworkCalculus.PreMap(Sawtooth.Build(depth), pre).WithMeta(Meta(depth, bits));
    }

    private static Dictionary<string, string> Meta(int depth, int d) => new()
    {
        ["construction"] = "TEL-PAR",
        ["L"] = depth.ToString(CultureInfo.InvariantCulture),
        ["d"] = d.ToString(CultureInfo.InvariantCulture),
    };
}
