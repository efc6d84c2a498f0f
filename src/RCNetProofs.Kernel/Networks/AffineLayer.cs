using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

/// <summary>
/// One affine map y = W·x + b followed by a per-neuron activation; immutable, weights stored as sparse rows.
/// </summary>
/// <remarks>
/// Rows are held in compressed form (column indices ascending, zeros dropped), whether they were given
/// dense or sparse; <see cref="PreferSparse"/> only records how the layer likes to be written.
/// </remarks>
public sealed class AffineLayer
{
    private readonly int[] _rowStart;   // length OutputSize + 1
    private readonly int[] _cols;
    private readonly Rational[] _vals;
    private readonly Rational[] _bias;
    private readonly Activation[] _activations;

    private AffineLayer(int inputSize, int[] rowStart, int[] cols, Rational[] vals, Rational[] bias, Activation[] activations, bool preferSparse)
    {
        InputSize = inputSize; _rowStart = rowStart; _cols = cols; _vals = vals; _bias = bias; _activations = activations;
        PreferSparse = preferSparse;
    }

    /// <summary>Number of inputs (columns of W).</summary>
    public int InputSize { get; }
    /// <summary>Number of neurons (rows of W).</summary>
    public int OutputSize => _bias.Length;
    /// <summary>True when the layer was built from sparse rows (affects only how it is written).</summary>
    public bool PreferSparse { get; }
    /// <summary>The bias vector b.</summary>
    public ReadOnlySpan<Rational> Bias => _bias;
    /// <summary>The activation of each neuron.</summary>
    public ReadOnlySpan<Activation> Activations => _activations;
    /// <summary>Number of stored (non-zero) weights.</summary>
    public int WeightNonZeros => _vals.Length;
    /// <summary>True when every neuron is ReLU.</summary>
    public bool AllRelu => Array.TrueForAll(_activations, a => a == Activation.Relu);
    /// <summary>True when every neuron is the identity.</summary>
    public bool AllIdentity => Array.TrueForAll(_activations, a => a == Activation.Identity);

    /// <summary>Column indices of row <paramref name="row"/>'s non-zero weights, ascending.</summary>
    public ReadOnlySpan<int> RowColumns(int row) => _cols.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);
    /// <summary>Values of row <paramref name="row"/>'s non-zero weights, matching <see cref="RowColumns"/>.</summary>
    public ReadOnlySpan<Rational> RowValues(int row) => _vals.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);

    /// <summary>
    /// The layer in compressed rows with every weight, then every bias, converted by <paramref name="convert"/> (weights
    /// in row order): row i's columns and values stand at [RowStart[i], RowStart[i + 1]) of Cols and Vals, and Relu[i]
    /// says whether neuron i is ReLU. The arrays are fresh copies.
    /// </summary>
    internal (int[] RowStart, int[] Cols, T[] Vals, T[] Bias, bool[] Relu) Convert<T>(Func<Rational, T> convert)
    {
        var vals = Array.ConvertAll(_vals, w => convert(w));
        var bias = Array.ConvertAll(_bias, b => convert(b));
        var relu = Array.ConvertAll(_activations, a => a == Activation.Relu);
        return ((int[])_rowStart.Clone(), (int[])_cols.Clone(), vals, bias, relu);
    }

    /// <summary>The weight W[row, col] (zero when not stored).</summary>
    public Rational Weight(int row, int col)
    {
        var cols = RowColumns(row);
        int k = cols.BinarySearch(col);
        return k >= 0 ? _vals[_rowStart[row] + k] : Rational.Zero;
    }

    /// <summary>Builds a layer from a dense matrix given row by row.</summary>
    /// <exception cref="NetworkException">When the rows, bias and activations disagree in size.</exception>
    public static AffineLayer Dense(IReadOnlyList<IReadOnlyList<Rational>> weights, IReadOnlyList<Rational> bias, IReadOnlyList<Activation> activations, int? inputSize = null)
    {
        int n = weights.Count > 0 ? weights[0].Count : inputSize ?? 0;
        if (inputSize is int given && given != n)
            throw new NetworkException($"dense layer: rows have {n} columns but the input size is {given}");
        var rows = new List<(int, Rational)>[weights.Count];
        for (int i = 0; i < weights.Count; i++)
        {
            if (weights[i].Count != n)
                throw new NetworkException($"dense layer: row {i} has {weights[i].Count} columns, row 0 has {n}");
            rows[i] = new List<(int, Rational)>();
            for (int j = 0; j < n; j++) if (!weights[i][j].IsZero) rows[i].Add((j, weights[i][j]));
        }
        return Build(n, rows, bias, activations, preferSparse: false);
    }

    /// <summary>Builds a layer from sparse rows of (column, value) pairs.</summary>
    /// <exception cref="NetworkException">For out-of-range or repeated columns, or mismatched sizes.</exception>
    public static AffineLayer Sparse(int inputSize, IReadOnlyList<IReadOnlyList<(int Column, Rational Value)>> rows, IReadOnlyList<Rational> bias, IReadOnlyList<Activation> activations) =>
        Build(inputSize, rows, bias, activations, preferSparse: true);

    /// <summary>Builds a layer where every neuron has the same activation.</summary>
    public static AffineLayer Sparse(int inputSize, IReadOnlyList<IReadOnlyList<(int Column, Rational Value)>> rows, IReadOnlyList<Rational> bias, Activation activation) =>
        Build(inputSize, rows, bias, Enumerable.Repeat(activation, bias.Count).ToArray(), preferSparse: true);

    /// <summary>Builds a dense layer where every neuron has the same activation.</summary>
    public static AffineLayer Dense(IReadOnlyList<IReadOnlyList<Rational>> weights, IReadOnlyList<Rational> bias, Activation activation, int? inputSize = null) =>
        Dense(weights, bias, Enumerable.Repeat(activation, bias.Count).ToArray(), inputSize);

    private static AffineLayer Build(int inputSize, IReadOnlyList<IReadOnlyList<(int Column, Rational Value)>> rows, IReadOnlyList<Rational> bias, IReadOnlyList<Activation> activations, bool preferSparse)
    {
        if (inputSize <= 0) throw new NetworkException($"layer: input size must be positive, got {inputSize}");
        if (rows.Count == 0) throw new NetworkException("layer: a layer needs at least one neuron, got 0 rows");
        if (bias.Count != rows.Count) throw new NetworkException($"layer: {rows.Count} weight rows but {bias.Count} biases");
        if (activations.Count != rows.Count) throw new NetworkException($"layer: {rows.Count} weight rows but {activations.Count} activations");
        var rowStart = new int[rows.Count + 1];
        var cols = new List<int>(); var vals = new List<Rational>();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i].Where(e => !e.Value.IsZero).OrderBy(e => e.Column).ToArray();
            for (int k = 0; k < row.Length; k++)
            {
                int c = row[k].Column;
                if (c < 0 || c >= inputSize) throw new NetworkException($"layer: row {i} refers to column {c}, outside 0..{inputSize - 1}");
                if (k > 0 && row[k - 1].Column == c) throw new NetworkException($"layer: row {i} gives column {c} twice");
                cols.Add(c); vals.Add(row[k].Value);
            }
            rowStart[i + 1] = cols.Count;
        }
        return new AffineLayer(inputSize, rowStart, cols.ToArray(), vals.ToArray(), bias.ToArray(), activations.ToArray(), preferSparse);
    }

    /// <summary>The same weights and bias with the given activations.</summary>
    public AffineLayer WithActivations(IReadOnlyList<Activation> activations)
    {
        if (activations.Count != OutputSize) throw new NetworkException($"layer: {OutputSize} neurons but {activations.Count} activations");
        return new AffineLayer(InputSize, _rowStart, _cols, _vals, _bias, activations.ToArray(), PreferSparse);
    }

    /// <summary>The same weights and bias with one activation for every neuron.</summary>
    public AffineLayer WithActivation(Activation activation) => WithActivations(Enumerable.Repeat(activation, OutputSize).ToArray());

    /// <summary>Rows as (column, value) lists; used by the calculus and writers.</summary>
    public IReadOnlyList<(int Column, Rational Value)>[] SparseRows()
    {
        var rows = new IReadOnlyList<(int, Rational)>[OutputSize];
        for (int i = 0; i < OutputSize; i++)
        {
            var c = RowColumns(i); var v = RowValues(i);
            var row = new (int, Rational)[c.Length];
            for (int k = 0; k < c.Length; k++) row[k] = (c[k], v[k]);
            rows[i] = row;
        }
        return rows;
    }
}
