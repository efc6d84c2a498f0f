using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Calculus;

/// <summary>Exact sparse operations on affine layers that the network calculus is made of.</summary>
/// <remarks>
/// Every result keeps rows in compressed form (only non-zero weights are ever produced), so a product or
/// stack of sparse layers stays sparse. A result is written sparse when any layer it came from was.
/// </remarks>
internal static class LayerAlgebra
{
    /// <summary>Builds a layer from sparse rows, honouring the dense/sparse writing preference.</summary>
    public static AffineLayer Make(int inputSize, IReadOnlyList<(int Column, Rational Value)>[] rows,
        Rational[] bias, Activation[] activations, bool preferSparse)
    {
        if (preferSparse) return AffineLayer.Sparse(inputSize, rows, bias, activations);
        var dense = new Rational[rows.Length][];
        for (int i = 0; i < rows.Length; i++)
        {
            dense[i] = new Rational[inputSize];
            foreach (var (c, v) in rows[i]) dense[i][c] = v;
        }
        return AffineLayer.Dense(dense, bias, activations, inputSize);
    }

    /// <summary>
    /// The layer x ↦ act_outer(W_o·(W_i·x + b_i) + b_o): the affine part of <paramref name="inner"/>
    /// followed by <paramref name="outer"/>; <paramref name="inner"/>'s activations are ignored (callers
    /// only pass an output layer, which is all identity).
    /// </summary>
    /// <param name="outer">The layer applied second.</param>
    /// <param name="inner">The layer applied first (its affine part only).</param>
    /// <param name="preferSparse">The writing preference of the result; by default, sparse when either operand is.</param>
    public static AffineLayer Merge(AffineLayer outer, AffineLayer inner, bool? preferSparse = null)
    {
        if (outer.InputSize != inner.OutputSize)
            throw new NetworkException($"merge: the outer layer takes {outer.InputSize} inputs but the inner layer gives {inner.OutputSize}");
        int n = inner.InputSize;
        var rows = new IReadOnlyList<(int, Rational)>[outer.OutputSize];
        var bias = new Rational[outer.OutputSize];
        // Dense accumulator with a touched list: one pass per output row, cost proportional to the
        // non-zeros actually combined, never to the dense size.
        var acc = new Rational[n];
        var seen = new bool[n];
        var touched = new List<int>();
        var innerBias = inner.Bias;
        for (int i = 0; i < outer.OutputSize; i++)
        {
            var b = outer.Bias[i];
            var oc = outer.RowColumns(i); var ov = outer.RowValues(i);
            for (int k = 0; k < oc.Length; k++)
            {
                int mid = oc[k]; var w = ov[k];
                b += w * innerBias[mid];
                var ic = inner.RowColumns(mid); var iv = inner.RowValues(mid);
                for (int t = 0; t < ic.Length; t++)
                {
                    int c = ic[t];
                    if (!seen[c]) { seen[c] = true; touched.Add(c); acc[c] = Rational.Zero; }
                    acc[c] += w * iv[t];
                }
            }
            touched.Sort();
            var row = new List<(int, Rational)>(touched.Count);
            foreach (int c in touched)
            {
                if (!acc[c].IsZero) row.Add((c, acc[c]));
                seen[c] = false;
            }
            touched.Clear();
            rows[i] = row;
            bias[i] = b;
        }
        return Make(n, rows, bias, outer.Activations.ToArray(), preferSparse ?? (outer.PreferSparse || inner.PreferSparse));
    }

    /// <summary>Rows of all layers on top of each other; all read the same input.</summary>
    public static AffineLayer Stack(IReadOnlyList<AffineLayer> layers)
    {
        int n = layers[0].InputSize;
        var rows = new List<IReadOnlyList<(int, Rational)>>();
        var bias = new List<Rational>();
        var acts = new List<Activation>();
        foreach (var layer in layers)
        {
            if (layer.InputSize != n)
                throw new NetworkException($"stack: layers take {n} and {layer.InputSize} inputs; a shared input needs equal sizes");
            rows.AddRange(layer.SparseRows());
            bias.AddRange(layer.Bias.ToArray());
            acts.AddRange(layer.Activations.ToArray());
        }
        return Make(n, rows.ToArray(), bias.ToArray(), acts.ToArray(), layers.Any(l => l.PreferSparse));
    }

    /// <summary>The block-diagonal layer: layer j reads its own slice of the input and writes its own slice of the output.</summary>
    public static AffineLayer BlockDiagonal(IReadOnlyList<AffineLayer> layers)
    {
        var rows = new List<IReadOnlyList<(int, Rational)>>();
        var bias = new List<Rational>();
        var acts = new List<Activation>();
        int offset = 0;
        foreach (var layer in layers)
        {
            foreach (var row in layer.SparseRows())
                rows.Add(row.Select(e => (e.Column + offset, e.Value)).ToArray());
            bias.AddRange(layer.Bias.ToArray());
            acts.AddRange(layer.Activations.ToArray());
            offset += layer.InputSize;
        }
        return Make(offset, rows.ToArray(), bias.ToArray(), acts.ToArray(), layers.Any(l => l.PreferSparse));
    }

    /// <summary>The layer with weights and bias multiplied by <paramref name="c"/>; activations kept.</summary>
    public static AffineLayer Scale(AffineLayer layer, Rational c)
    {
        var rows = layer.SparseRows().Select(r => (IReadOnlyList<(int, Rational)>)r.Select(e => (e.Column, c * e.Value)).ToArray()).ToArray();
        var bias = layer.Bias.ToArray().Select(b => c * b).ToArray();
        return Make(layer.InputSize, rows, bias, layer.Activations.ToArray(), layer.PreferSparse);
    }

    /// <summary>The dense layer W·x + b from a matrix (rows × columns), every neuron with <paramref name="activation"/>.</summary>
    public static AffineLayer FromMatrix(Rational[,] weights, Rational[]? bias, Activation activation, string what)
    {
        int m = weights.GetLength(0), n = weights.GetLength(1);
        if (m == 0 || n == 0) throw new NetworkException($"{what}: the matrix is {m}×{n}; both sizes must be positive");
        if (bias is not null && bias.Length != m) throw new NetworkException($"{what}: the matrix has {m} rows but the bias has {bias.Length} entries");
        var rows = new IReadOnlyList<(int, Rational)>[m];
        for (int i = 0; i < m; i++)
        {
            var row = new List<(int, Rational)>();
            for (int j = 0; j < n; j++) if (!weights[i, j].IsZero) row.Add((j, weights[i, j]));
            rows[i] = row;
        }
        return Make(n, rows, bias ?? new Rational[m], Enumerable.Repeat(activation, m).ToArray(), preferSparse: false);
    }

    /// <summary>c·I on <paramref name="dimension"/> coordinates as sparse rows (column offset <paramref name="offset"/>).</summary>
    public static IReadOnlyList<(int, Rational)>[] ScaledIdentityRows(int dimension, Rational c, int offset = 0)
    {
        var rows = new IReadOnlyList<(int, Rational)>[dimension];
        for (int i = 0; i < dimension; i++) rows[i] = c.IsZero ? [] : [(i + offset, c)];
        return rows;
    }
}
