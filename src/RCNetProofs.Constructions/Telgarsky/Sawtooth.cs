using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Constructions.Telgarsky;

/// <summary>The sawtooth Δ^{∘L}, the L-fold composition of the triangle map (Telgarsky; catalogue ids TEL-FRAC, TEL-SHALLOW).</summary>
public static class Sawtooth
{
    /// <summary>
    /// Builds Δ^{∘L} = Δ∘Δ∘…∘Δ (L copies of <see cref="Triangle.Build"/>) for L ≥ 1, on R → R.
    /// </summary>
    /// <param name="depth">L, the number of compositions (and of hidden layers).</param>
    /// <remarks>
    /// As a function, for x ∈ [0, 1]: Δ^{∘L}(x) = Δ(⟨2^{L−1}x⟩), ⟨t⟩ = t − ⌊t⌋; it has 2^{L−1} teeth,
    /// 2^L linear pieces with breakpoints j/2^L, and Δ^{∘L}(m/2^L) = m mod 2 for integers 0 ≤ m ≤ 2^L.
    /// Outside [0, 1] it is 0. Sizes: width 3, depth L (hidden layers), L + 1 affine layers, 12L − 2 parameters
    /// (6 in the first layer, 12 per junction, 4 in the output layer); the junction
    /// layers are σ(2u − 4v + 2w − s) for the shifts s = 0, 1/2, 1, so all weights stay dyadic.
    /// Metadata: construction = TEL-SAWTOOTH, L = <paramref name="depth"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When L &lt; 1.</exception>
    public static Network Build(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        return NetworkCalculus.Power(Triangle.Build(), depth).WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "TEL-SAWTOOTH",
            ["L"] = depth.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }
}
