using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Calculus;

public static partial class NetworkCalculus
{
    /// <summary>The network x ↦ f(x) + g(x) on a shared input.</summary>
    /// <param name="f">First summand.</param>
    /// <param name="g">Second summand, with f's input and output dimensions.</param>
    /// <param name="padding">How the shallower summand is padded to the common depth.</param>
    /// <remarks>Size law: that of <see cref="Parallel(Network, Network, IdentityMode)"/>, with output dimension that of f.</remarks>
    /// <exception cref="NetworkException">When the dimensions differ.</exception>
    public static Network Sum(Network f, Network g, IdentityMode padding = IdentityMode.ReluPair) =>
        LinearCombination([(Rational.One, f), (Rational.One, g)], padding);

    /// <summary>The network x ↦ Σᵢ cᵢ·nᵢ(x) on a shared input.</summary>
    /// <param name="terms">The pairs (cᵢ, nᵢ), all nᵢ with equal input and output dimensions; at least one.</param>
    /// <param name="padding">
    /// How shallower terms are padded to the largest depth; <see cref="IdentityMode.NonNegative"/> requires the
    /// padded terms' outputs to be non-negative on the domain.
    /// </param>
    /// <remarks>
    /// Size law: the hidden layers are exactly those of <see cref="Parallel(IReadOnlyList{Network}, IdentityMode)"/>
    /// on the nᵢ (a term with cᵢ = 0 still keeps its neurons); only the output layer changes, to
    /// Σᵢ cᵢ·(output layer of nᵢ).
    /// </remarks>
    /// <exception cref="NetworkException">For an empty list or differing dimensions.</exception>
    public static Network LinearCombination(IReadOnlyList<(Rational Coefficient, Network Network)> terms, IdentityMode padding = IdentityMode.ReluPair)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0) throw new NetworkException("linear combination: needs at least one term, got 0");
        int b = terms[0].Network.OutputDimension;
        for (int i = 1; i < terms.Count; i++)
            if (terms[i].Network.OutputDimension != b)
                throw new NetworkException($"linear combination: term 0 has {b} outputs but term {i} has {terms[i].Network.OutputDimension}");
        var stacked = Parallel(terms.Select(t => t.Network).ToArray(), padding);
        // Σ cᵢ·(block i of the stacked output) as a sparse b × (k·b) map, merged into the output layer.
        var rows = new IReadOnlyList<(int, Rational)>[b];
        for (int j = 0; j < b; j++)
            rows[j] = terms.Select((t, i) => (i * b + j, t.Coefficient)).Where(e => !e.Coefficient.IsZero).ToArray();
        var combine = AffineLayer.Sparse(b * terms.Count, rows, new Rational[b], Activation.Identity);
        var layers = stacked.Layers.ToArray();
        // The combining map is an internal detail: the output layer keeps the operands' writing preference.
        layers[^1] = LayerAlgebra.Merge(combine, layers[^1], layers[^1].PreferSparse);
        return new Network(stacked.InputDimension, layers);
    }

    /// <summary>The network x ↦ c·N(x): the output layer's weights and bias multiplied by c.</summary>
    /// <remarks>Size law: all sizes of N unchanged (non-zeros drop to the hidden ones when c = 0).</remarks>
    public static Network Scale(Rational c, Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var layers = network.Layers.ToArray();
        layers[^1] = LayerAlgebra.Scale(layers[^1], c);
        return new Network(network.InputDimension, layers);
    }
}
