using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Calculus;

public static partial class NetworkCalculus
{
    /// <summary>
    /// A network computing the identity x ↦ x on R^dimension with exactly <paramref name="depth"/> hidden layers.
    /// </summary>
    /// <param name="dimension">n, the number of coordinates carried.</param>
    /// <param name="depth">The number of hidden layers; 0 gives the affine identity.</param>
    /// <param name="mode">
    /// How each hidden layer carries the value. <see cref="IdentityMode.NonNegative"/> is exact only on
    /// [0, ∞)^n (elsewhere it computes σ(x)); the caller asserts that domain.
    /// </param>
    /// <remarks>
    /// Size law: depth as given; width 2n for <see cref="IdentityMode.ReluPair"/> (each coordinate as the pair
    /// σ(x), σ(−x), recombined as σ(x) − σ(−x)), width n for the other two modes; width 0 when depth is 0.
    /// All rows are sparse with at most two non-zeros.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">For a non-positive dimension or a negative depth.</exception>
    public static Network Identity(int dimension, int depth = 0, IdentityMode mode = IdentityMode.ReluPair)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        int n = dimension;
        var layers = new List<AffineLayer>(depth + 1);
        if (mode == IdentityMode.ReluPair)
        {
            if (depth == 0) return Identity(n, 0, IdentityMode.IdentityNeuron);
            // Hidden state (p, q) = (σ(x), σ(−x)); x = p − q is re-split at every layer.
            var split = Concat(LayerAlgebra.ScaledIdentityRows(n, Rational.One), LayerAlgebra.ScaledIdentityRows(n, -Rational.One));
            layers.Add(SparseLayer(n, split, Activation.Relu));
            var resplit = new IReadOnlyList<(int, Rational)>[2 * n];
            for (int i = 0; i < n; i++)
            {
                resplit[i] = [(i, Rational.One), (n + i, -Rational.One)];
                resplit[n + i] = [(i, -Rational.One), (n + i, Rational.One)];
            }
            for (int l = 1; l < depth; l++) layers.Add(SparseLayer(2 * n, resplit, Activation.Relu));
            layers.Add(SparseLayer(2 * n, resplit.Take(n).ToArray(), Activation.Identity));
        }
        else
        {
            var hidden = mode == IdentityMode.NonNegative ? Activation.Relu : Activation.Identity;
            var eye = LayerAlgebra.ScaledIdentityRows(n, Rational.One);
            for (int l = 0; l < depth; l++) layers.Add(SparseLayer(n, eye, hidden));
            layers.Add(SparseLayer(n, eye, Activation.Identity));
        }
        return new Network(n, layers);
    }

    /// <summary>
    /// The same function as <paramref name="network"/> with exactly <paramref name="depth"/> hidden layers,
    /// obtained by composing identity layers after its last hidden layer.
    /// </summary>
    /// <param name="network">N, of depth at most <paramref name="depth"/>.</param>
    /// <param name="depth">The target depth L.</param>
    /// <param name="mode">
    /// How the padding layers carry N's output. <see cref="IdentityMode.NonNegative"/> keeps the function only
    /// where N(x) ≥ 0 componentwise (elsewhere the result is σ(N(x))); the caller asserts that domain.
    /// </param>
    /// <remarks>
    /// Size law, with b = output dimension and k = L − depth N added layers: depth L; when k ≥ 1 the width is
    /// max(width N, 2b) for <see cref="IdentityMode.ReluPair"/> and max(width N, b) otherwise; when k = 0 the
    /// network is returned unchanged. N's output layer is merged into the first padding layer.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When L is smaller than N's depth.</exception>
    public static Network PadToDepth(Network network, int depth, IdentityMode mode = IdentityMode.ReluPair)
    {
        ArgumentNullException.ThrowIfNull(network);
        int extra = depth - network.HiddenLayerCount;
        if (extra < 0)
            throw new ArgumentOutOfRangeException(nameof(depth), depth, $"pad: the network already has depth {network.HiddenLayerCount} > {depth}");
        return extra == 0 ? network : Compose(Identity(network.OutputDimension, extra, mode), network);
    }

    private static AffineLayer SparseLayer(int inputSize, IReadOnlyList<(int, Rational)>[] rows, Activation activation) =>
        AffineLayer.Sparse(inputSize, rows, new Rational[rows.Length], activation);

    private static IReadOnlyList<(int, Rational)>[] Concat(IReadOnlyList<(int, Rational)>[] a, IReadOnlyList<(int, Rational)>[] b) => [.. a, .. b];
}
