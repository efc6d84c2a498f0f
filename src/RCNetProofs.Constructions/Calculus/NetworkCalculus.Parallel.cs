using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Constructions.Calculus;

public static partial class NetworkCalculus
{
    /// <summary>The network x ↦ (f(x), g(x)) on a shared input; the output is f's coordinates followed by g's.</summary>
    /// <param name="f">First network.</param>
    /// <param name="g">Second network, with f's input dimension.</param>
    /// <param name="padding">How the shallower network is padded to the common depth.</param>
    /// <remarks>See <see cref="Parallel(IReadOnlyList{Network}, IdentityMode)"/> for the size law.</remarks>
    /// <exception cref="NetworkException">When the input dimensions differ.</exception>
    public static Network Parallel(Network f, Network g, IdentityMode padding = IdentityMode.ReluPair) => Parallel([f, g], padding);

    /// <summary>
    /// The network x ↦ (n₁(x), …, n_k(x)) on a shared input; outputs are concatenated in order.
    /// </summary>
    /// <param name="networks">The operands, all with the same input dimension; at least one.</param>
    /// <param name="padding">
    /// How shallower operands are padded to the largest depth (<see cref="PadToDepth"/>);
    /// <see cref="IdentityMode.NonNegative"/> requires the padded operands' outputs to be non-negative on the domain.
    /// </param>
    /// <remarks>
    /// Size law: depth = max depth nᵢ; after padding, hidden layer l has Σᵢ (size of layer l of padded nᵢ)
    /// neurons, so width ≤ Σ width(padded nᵢ), with equality per layer. The first layers are stacked and
    /// later layers are block-diagonal, so the non-zeros are exactly those of the padded operands added up
    /// (of the operands themselves when all have the same depth).
    /// </remarks>
    /// <exception cref="NetworkException">For an empty list or differing input dimensions.</exception>
    public static Network Parallel(IReadOnlyList<Network> networks, IdentityMode padding = IdentityMode.ReluPair)
    {
        var padded = PadAll(networks, padding, "parallel");
        int a = padded[0].InputDimension;
        for (int i = 1; i < padded.Length; i++)
            if (padded[i].InputDimension != a)
                throw new NetworkException($"parallel: network 0 takes {a} inputs but network {i} takes {padded[i].InputDimension}; a shared input needs equal dimensions");
        var layers = new List<AffineLayer> { LayerAlgebra.Stack(padded.Select(n => n.Layers[0]).ToArray()) };
        for (int l = 1; l < padded[0].Layers.Length; l++) layers.Add(LayerAlgebra.BlockDiagonal(padded.Select(n => n.Layers[l]).ToArray()));
        return new Network(a, layers);
    }

    /// <summary>The network (x, y) ↦ (f(x), g(y)) on separate inputs; input and output are f's coordinates followed by g's.</summary>
    /// <param name="f">Network applied to the first block of coordinates.</param>
    /// <param name="g">Network applied to the second block.</param>
    /// <param name="padding">How the shallower network is padded to the common depth.</param>
    /// <remarks>See <see cref="ParallelSeparate(IReadOnlyList{Network}, IdentityMode)"/> for the size law.</remarks>
    public static Network ParallelSeparate(Network f, Network g, IdentityMode padding = IdentityMode.ReluPair) => ParallelSeparate([f, g], padding);

    /// <summary>
    /// The network (x₁, …, x_k) ↦ (n₁(x₁), …, n_k(x_k)), each operand on its own block of input coordinates.
    /// </summary>
    /// <param name="networks">The operands; at least one.</param>
    /// <param name="padding">How shallower operands are padded to the largest depth (see <see cref="PadToDepth"/>).</param>
    /// <remarks>
    /// Size law: input and output dimensions add; depth = max depth nᵢ; every layer is block-diagonal, so after
    /// padding each hidden layer's size is the sum of the padded operands' sizes, and so are the non-zeros.
    /// </remarks>
    /// <exception cref="NetworkException">For an empty list.</exception>
    public static Network ParallelSeparate(IReadOnlyList<Network> networks, IdentityMode padding = IdentityMode.ReluPair)
    {
        var padded = PadAll(networks, padding, "parallel (separate inputs)");
        var layers = new List<AffineLayer>();
        for (int l = 0; l < padded[0].Layers.Length; l++) layers.Add(LayerAlgebra.BlockDiagonal(padded.Select(n => n.Layers[l]).ToArray()));
        return new Network(padded.Sum(n => n.InputDimension), layers);
    }

    private static Network[] PadAll(IReadOnlyList<Network> networks, IdentityMode padding, string what)
    {
        ArgumentNullException.ThrowIfNull(networks);
        if (networks.Count == 0) throw new NetworkException($"{what}: needs at least one network, got 0");
        int depth = networks.Max(n => n.HiddenLayerCount);
        return networks.Select(n => PadToDepth(n, depth, padding)).ToArray();
    }
}
