using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Calculus;

/// <summary>
/// Exact operations that build new networks from old ones: composition, parallel and linear combination,
/// identity and depth padding, powers, affine pre- and post-maps, and the affine and one-hidden-layer
/// building blocks. Every operation returns a plain <see cref="Network"/> with exact rational weights.
/// </summary>
/// <remarks>
/// Depth means the number of hidden layers (<see cref="DepthConvention.HiddenLayers"/>) and width the largest
/// hidden layer; each operation states its size law in these terms, and the laws are tested against
/// <see cref="NetworkSizes.Measure"/>. Rows stay sparse: only non-zero weights are stored, and a layer made from
/// layers built as sparse is itself built as sparse. Results carry no metadata; callers add their own.
/// This file holds the building blocks; the operations live in the other parts of this partial class.
/// </remarks>
public static partial class NetworkCalculus
{
    /// <summary>The affine network x ↦ A·x + b (no hidden layer), with A given as a rows × columns matrix.</summary>
    /// <param name="a">The matrix A: R^columns → R^rows; both sizes positive.</param>
    /// <param name="b">The offset b (length rows), or null for zero.</param>
    /// <remarks>Size law: depth 0, width 0, parameters rows·columns + rows.</remarks>
    /// <exception cref="NetworkException">For an empty matrix or a bias of the wrong length.</exception>
    public static Network Affine(Rational[,] a, Rational[]? b = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new Network(a.GetLength(1), [LayerAlgebra.FromMatrix(a, b, Activation.Identity, "affine")]);
    }

    /// <summary>The affine network x ↦ W·x + b from sparse rows of (column, value) pairs.</summary>
    /// <param name="inputDimension">The number of columns of W.</param>
    /// <param name="rows">One list of (column, value) pairs per output coordinate.</param>
    /// <param name="b">The offset b (one entry per row), or null for zero.</param>
    /// <exception cref="NetworkException">For out-of-range or repeated columns, or mismatched sizes.</exception>
    public static Network Affine(int inputDimension, IReadOnlyList<IReadOnlyList<(int Column, Rational Value)>> rows, IReadOnlyList<Rational>? b = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var bias = b ?? new Rational[rows.Count];
        return new Network(inputDimension, [AffineLayer.Sparse(inputDimension, rows, bias, Activation.Identity)]);
    }

    /// <summary>The network x ↦ W₂·σ(W₁·x + b₁) + b₂ with one hidden ReLU layer.</summary>
    /// <param name="w1">Hidden weights, hidden × input.</param>
    /// <param name="b1">Hidden biases (length hidden), or null for zero.</param>
    /// <param name="w2">Output weights, output × hidden.</param>
    /// <param name="b2">Output biases (length output), or null for zero.</param>
    /// <remarks>Size law: depth 1, width = rows of W₁, parameters h·a + h + b·h + b.</remarks>
    /// <exception cref="NetworkException">When the matrix and vector sizes disagree.</exception>
    public static Network OneHiddenLayer(Rational[,] w1, Rational[]? b1, Rational[,] w2, Rational[]? b2 = null)
    {
        ArgumentNullException.ThrowIfNull(w1);
        ArgumentNullException.ThrowIfNull(w2);
        var hidden = LayerAlgebra.FromMatrix(w1, b1, Activation.Relu, "one hidden layer (W1)");
        var output = LayerAlgebra.FromMatrix(w2, b2, Activation.Identity, "one hidden layer (W2)");
        if (output.InputSize != hidden.OutputSize)
            throw new NetworkException($"one hidden layer: W1 has {hidden.OutputSize} rows but W2 has {output.InputSize} columns");
        return new Network(hidden.InputSize, [hidden, output]);
    }

    /// <summary>
    /// The scalar network x ↦ Σ_k c_k·σ(a_k·x + b_k) + d on R → R, one hidden ReLU neuron per unit (a_k, b_k, c_k).
    /// </summary>
    /// <param name="units">The ridge units (InputWeight a_k, Bias b_k, OutputWeight c_k); at least one.</param>
    /// <param name="outputBias">The constant d.</param>
    /// <remarks>Size law: depth 1, width = number of units. Rows are stored sparse.</remarks>
    /// <exception cref="NetworkException">When <paramref name="units"/> is empty.</exception>
    public static Network OneHiddenLayer(IReadOnlyList<(Rational InputWeight, Rational Bias, Rational OutputWeight)> units, Rational outputBias)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0) throw new NetworkException("one hidden layer: needs at least one unit, got 0");
        var hiddenRows = units.Select(u => (IReadOnlyList<(int, Rational)>)[(0, u.InputWeight)]).ToArray();
        var hidden = AffineLayer.Sparse(1, hiddenRows, units.Select(u => u.Bias).ToArray(), Activation.Relu);
        IReadOnlyList<(int, Rational)>[] outputRow = [units.Select((u, k) => (k, u.OutputWeight)).ToArray()];
        var output = AffineLayer.Sparse(units.Count, outputRow, [outputBias], Activation.Identity);
        return new Network(1, [hidden, output]);
    }
}
