using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Constructions.Telgarsky;

/// <summary>
/// The "viral fractal property": a function symmetric about 1/2, composed with the sawtooth, gives 2^L side-by-side
/// copies of itself (catalogue id TEL-SYM).
/// </summary>
public static class SymmetricCopies
{
    /// <summary>Builds f∘Δ^{∘L} for a scalar network f and L ≥ 1.</summary>
    /// <param name="f">A network R → R; the lemma needs f(z) = f(1 − z) on [0, 1] (the builder does not check it).</param>
    /// <param name="depth">L, the sawtooth order.</param>
    /// <remarks>
    /// Lemma (TEL-SYM): if f(z) = f(1 − z) for z ∈ [0, 1], then f(Δ^{∘L}(x)) = f(⟨2^L x⟩) for x ∈ [0, 1], i.e. the
    /// result is 2^L copies of f on [0, 1], each squeezed into an interval of length 2^{−L}. Only the values of f
    /// on [0, 1] matter, because Δ^{∘L} maps [0, 1] into [0, 1]. No error term: the identity is exact.
    /// Sizes: depth L + depth f; width max(3, width f); Δ^{∘L}'s output layer is merged into f's first layer.
    /// Metadata: construction = TEL-SYM, L.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When L &lt; 1.</exception>
    /// <exception cref="NetworkException">When f is not a network R → R.</exception>
    public static Network Build(Network f, int depth)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        if (f.InputDimension != 1 || f.OutputDimension != 1)
            throw new NetworkException($"symmetric copies: f must map R → R, got R^{f.InputDimension} → R^{f.OutputDimension}");
        return NetworkCalculus.Compose(f, Sawtooth.Build(depth)).WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "TEL-SYM",
            ["L"] = depth.ToString(CultureInfo.InvariantCulture),
        });
    }
}
