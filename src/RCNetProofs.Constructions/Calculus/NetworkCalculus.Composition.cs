using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Calculus;

public static partial class NetworkCalculus
{
    /// <summary>
    /// The composition f∘g, x ↦ f(g(x)), with g's output layer and f's first layer merged into one affine layer.
    /// </summary>
    /// <remarks>
    /// Size law: depth(f∘g) = depth f + depth g; the hidden layer sizes are g's followed by f's, so
    /// width(f∘g) = max(width f, width g). The merged layer has f's first-layer size and activations and
    /// reads g's last hidden layer (or g's input when g is affine).
    /// </remarks>
    /// <exception cref="NetworkException">When f's input dimension differs from g's output dimension.</exception>
    public static Network Compose(Network f, Network g) => Compose([f, g]);

    /// <summary>
    /// The composition n₀∘n₁∘…∘n_k of a chain given outermost first (the last network is applied first).
    /// </summary>
    /// <remarks>Size law: depth = Σ depth nᵢ; hidden sizes are the operands' in application order; width = max.</remarks>
    /// <exception cref="NetworkException">For an empty chain or when adjacent dimensions differ.</exception>
    public static Network Compose(params IReadOnlyList<Network> chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Count == 0) throw new NetworkException("compose: needs at least one network, got 0");
        var first = chain[^1];
        var layers = new List<AffineLayer>(first.Layers);
        int dim = first.OutputDimension;
        for (int k = chain.Count - 2; k >= 0; k--)
        {
            var outer = chain[k];
            if (outer.InputDimension != dim)
                throw new NetworkException($"compose: network {k} takes {outer.InputDimension} inputs but network {k + 1} (and what it is applied to) gives {dim}");
            layers[^1] = LayerAlgebra.Merge(outer.Layers[0], layers[^1]);
            for (int l = 1; l < outer.Layers.Length; l++) layers.Add(outer.Layers[l]);
            dim = outer.OutputDimension;
        }
        return new Network(first.InputDimension, layers);
    }

    /// <summary>The power g^{∘r} = g∘g∘…∘g (r copies), for g: R^n → R^n and r ≥ 1.</summary>
    /// <remarks>
    /// Size law: depth = r·depth g, hidden sizes are g's repeated r times, width = width g. The junction layer
    /// (g's first layer merged with g's output layer) is computed once and shared by all r − 1 junctions.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1.</exception>
    /// <exception cref="NetworkException">When g's input and output dimensions differ.</exception>
    public static Network Power(Network g, int r)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentOutOfRangeException.ThrowIfLessThan(r, 1);
        if (g.InputDimension != g.OutputDimension)
            throw new NetworkException($"power: g maps R^{g.InputDimension} to R^{g.OutputDimension}; a power needs equal dimensions");
        if (g.Layers.Length == 1)
        {
            var affine = g.Layers[0];
            for (int k = 1; k < r; k++) affine = LayerAlgebra.Merge(g.Layers[0], affine);
            return new Network(g.InputDimension, [affine]);
        }
        var junction = LayerAlgebra.Merge(g.Layers[0], g.Layers[^1]);
        var layers = new List<AffineLayer>(r * g.HiddenLayerCount + 1);
        layers.AddRange(g.Layers.Take(g.Layers.Length - 1));
        for (int k = 1; k < r; k++)
        {
            layers.Add(junction);
            layers.AddRange(g.Layers.Skip(1).Take(g.Layers.Length - 2));
        }
        layers.Add(g.Layers[^1]);
        return new Network(g.InputDimension, layers);
    }

    /// <summary>The network x ↦ N(A·x + c): an affine pre-map merged into N's first layer.</summary>
    /// <param name="network">N.</param>
    /// <param name="a">A, with N's input dimension as its number of rows; its columns are the new input dimension.</param>
    /// <param name="c">The offset c (length = rows of A), or null for zero.</param>
    /// <remarks>Size law: depth and hidden sizes of N unchanged; input dimension = columns of A.</remarks>
    /// <exception cref="NetworkException">When A's rows differ from N's input dimension, or c has the wrong length.</exception>
    public static Network PreMap(Network network, Rational[,] a, Rational[]? c = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Compose(network, Affine(a, c));
    }

    /// <summary>The network x ↦ B·N(x) + d: an affine post-map merged into N's output layer.</summary>
    /// <param name="network">N.</param>
    /// <param name="b">B, with N's output dimension as its number of columns; its rows are the new output dimension.</param>
    /// <param name="d">The offset d (length = rows of B), or null for zero.</param>
    /// <remarks>Size law: depth and hidden sizes of N unchanged; output dimension = rows of B.</remarks>
    /// <exception cref="NetworkException">When B's columns differ from N's output dimension, or d has the wrong length.</exception>
    public static Network PostMap(Network network, Rational[,] b, Rational[]? d = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Compose(Affine(b, d), network);
    }
}
