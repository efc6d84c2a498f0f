using System.Text;
using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Tests;

/// <summary>
/// FsCheck generators for small random networks and rational points, used by the calculus tests.
/// </summary>
/// <remarks>
/// Networks mix dense and sparse layers, zero weights (about one in three), non-dyadic weights (denominators 3
/// and 5), and hidden neurons with the identity activation, so that every code path of the calculus is met.
/// </remarks>
public static class RandomNetworks
{
    public const int MaxHiddenWidth = 4;
    public const int MaxDepth = 3;

    /// <summary>A generated case: networks, points to evaluate at, scalars, and an optional matrix and vector.</summary>
    public sealed record Sample(IReadOnlyList<Network> Networks, IReadOnlyList<Rational[]> Points, IReadOnlyList<Rational> Scalars,
        Rational[,]? Matrix = null, Rational[]? Vector = null, int Number = 0, Rational[,]? Matrix2 = null, Rational[]? Vector2 = null)
    {
        public Network N => Networks[0];

        public override string ToString()
        {
            var sb = new StringBuilder();
            for (int i = 0; i < Networks.Count; i++) sb.Append($"network {i}: ").AppendLine(Describe(Networks[i]));
            sb.Append("points: ").AppendLine(string.Join("; ", Points.Select(p => string.Join(", ", p))));
            if (Scalars.Count > 0) sb.Append("scalars: ").AppendLine(string.Join(", ", Scalars));
            if (Matrix is not null) sb.Append("matrix: ").AppendLine(DescribeMatrix(Matrix));
            if (Vector is not null) sb.Append("vector: ").AppendLine(string.Join(", ", Vector));
            if (Matrix2 is not null) sb.Append("matrix 2: ").AppendLine(DescribeMatrix(Matrix2));
            if (Vector2 is not null) sb.Append("vector 2: ").AppendLine(string.Join(", ", Vector2));
            sb.Append("number: ").Append(Number);
            return sb.ToString();
        }
    }

    /// <summary>Small rationals p/q with |p| ≤ 6 and q ∈ {1, 2, 3, 4, 5, 8}.</summary>
    public static Gen<Rational> SmallRational =>
        from p in Gen.Choose(-6, 6)
        from q in Gen.Elements(1, 2, 3, 4, 5, 8)
        select Rational.Create(p, q);

    /// <summary>A weight: zero about a third of the time, otherwise a small rational.</summary>
    public static Gen<Rational> Weight => Gen.Frequency((1, Gen.Constant(Rational.Zero)), (2, SmallRational));

    /// <summary>An evaluation point coordinate: p/q with |p| ≤ 24 and 1 ≤ q ≤ 9.</summary>
    public static Gen<Rational> Coordinate =>
        from p in Gen.Choose(-24, 24)
        from q in Gen.Choose(1, 9)
        select Rational.Create(p, q);

    /// <summary>A non-negative evaluation point coordinate.</summary>
    public static Gen<Rational> NonNegativeCoordinate => Coordinate.Select(Rational.Abs);

    public static Gen<Rational[]> Point(int dimension, Gen<Rational>? coordinate = null) =>
        Gen.ArrayOf(coordinate ?? Coordinate, dimension);

    public static Gen<Rational[][]> Points(int dimension, int count = 4, Gen<Rational>? coordinate = null) =>
        Gen.ArrayOf(Point(dimension, coordinate), count);

    /// <summary>A random matrix with the given shape (rows × columns).</summary>
    public static Gen<Rational[,]> Matrix(int rows, int columns) =>
        Gen.ArrayOf(Weight, rows * columns).Select(w =>
        {
            var m = new Rational[rows, columns];
            for (int i = 0; i < rows; i++) for (int j = 0; j < columns; j++) m[i, j] = w[i * columns + j];
            return m;
        });

    /// <summary>One affine layer of the given shape; hidden layers mix ReLU with some identity neurons.</summary>
    public static Gen<AffineLayer> Layer(int input, int output, bool hidden) =>
        from w in Gen.ArrayOf(Weight, input * output)
        from b in Gen.ArrayOf(Weight, output)
        from acts in Gen.ArrayOf(hidden
            ? Gen.Frequency((5, Gen.Constant(Activation.Relu)), (1, Gen.Constant(Activation.Identity)))
            : Gen.Constant(Activation.Identity), output)
        from sparse in Gen.Elements(true, false)
        select MakeLayer(input, output, w, b, acts, sparse);

    /// <summary>A network R^input → R^output with exactly <paramref name="depth"/> hidden layers of width 1..4.</summary>
    public static Gen<Network> Network(int input, int output, int depth) =>
        from widths in Gen.ArrayOf(Gen.Choose(1, MaxHiddenWidth), depth)
        from layers in Gen.CollectToArray(Enumerable.Range(0, depth + 1), l =>
        {
            int[] sizes = [input, .. widths, output];
            return Layer(sizes[l], sizes[l + 1], hidden: l < depth);
        })
        select new Network(input, layers);

    /// <summary>A network R^input → R^output of depth 0..3.</summary>
    public static Gen<Network> Network(int input, int output) =>
        Gen.Choose(0, MaxDepth).SelectMany(d => Network(input, output, d));

    /// <summary>A dimension 1..3.</summary>
    public static Gen<int> Dimension => Gen.Choose(1, 3);

    public static Arbitrary<Sample> ToArbitrary(this Gen<Sample> gen) => Arb.From(gen);

    /// <summary>N(x) by the kernel's exact evaluator (the oracle every calculus test starts from).</summary>
    public static Rational[] Eval(Network network, Rational[] x) => network.Evaluate(x);

    /// <summary>Sizes of the hidden layers in order, read from the network's layers.</summary>
    public static int[] HiddenSizes(Network network) =>
        network.Layers.Take(network.Layers.Length - 1).Select(l => l.OutputSize).ToArray();

    /// <summary>A·x + c, by hand.</summary>
    public static Rational[] Apply(Rational[,] a, Rational[] x, Rational[]? c = null)
    {
        var y = new Rational[a.GetLength(0)];
        for (int i = 0; i < y.Length; i++)
        {
            var s = c is null ? Rational.Zero : c[i];
            for (int j = 0; j < x.Length; j++) s += a[i, j] * x[j];
            y[i] = s;
        }
        return y;
    }

    /// <summary>act(W·x + b) for one layer, by hand from its stored weights.</summary>
    public static Rational[] Apply(AffineLayer layer, Rational[] x)
    {
        var y = new Rational[layer.OutputSize];
        for (int i = 0; i < y.Length; i++)
        {
            var s = layer.Bias[i];
            for (int j = 0; j < layer.InputSize; j++) s += layer.Weight(i, j) * x[j];
            y[i] = layer.Activations[i] == Activation.Relu ? Rational.Max(s, Rational.Zero) : s;
        }
        return y;
    }

    /// <summary>
    /// The hidden sizes the padding rule predicts for N padded to depth L: N's own, then one layer per added
    /// depth of 2b (ReLU pairs) or b neurons, b the output dimension. Written from the rule, not from the code.
    /// </summary>
    public static int[] PaddedHiddenSizes(Network network, int depth, bool reluPair = true) =>
        [.. HiddenSizes(network), .. Enumerable.Repeat((reluPair ? 2 : 1) * network.OutputDimension, depth - network.HiddenLayerCount)];

    /// <summary>Elementwise sum of equal-length size lists.</summary>
    public static int[] AddSizes(IEnumerable<int[]> lists) =>
        lists.Aggregate((x, y) => x.Zip(y, (p, q) => p + q).ToArray());

    /// <summary>Parameters of one layer counted densely: in·out + out.</summary>
    public static long DenseParameters(AffineLayer layer) => (long)layer.InputSize * layer.OutputSize + layer.OutputSize;

    private static AffineLayer MakeLayer(int input, int output, Rational[] w, Rational[] b, Activation[] acts, bool sparse)
    {
        if (sparse)
        {
            var rows = Enumerable.Range(0, output)
                .Select(i => (IReadOnlyList<(int, Rational)>)Enumerable.Range(0, input).Select(j => (j, w[i * input + j])).Where(e => !e.Item2.IsZero).ToArray())
                .ToArray();
            return AffineLayer.Sparse(input, rows, b, acts);
        }
        var dense = Enumerable.Range(0, output).Select(i => (IReadOnlyList<Rational>)w.Skip(i * input).Take(input).ToArray()).ToArray();
        return AffineLayer.Dense(dense, b, acts, input);
    }

    public static string Describe(Network network)
    {
        var sb = new StringBuilder($"R^{network.InputDimension} → R^{network.OutputDimension}: ");
        foreach (var layer in network.Layers)
        {
            sb.Append('[');
            for (int i = 0; i < layer.OutputSize; i++)
            {
                if (i > 0) sb.Append(" | ");
                var cols = layer.RowColumns(i).ToArray(); var vals = layer.RowValues(i).ToArray();
                sb.Append(string.Join(" ", cols.Zip(vals, (c, v) => $"{v}·x{c}")));
                sb.Append($" + {layer.Bias[i]}{(layer.Activations[i] == Activation.Relu ? " relu" : " id")}");
            }
            sb.Append("] ");
        }
        return sb.ToString();
    }

    private static string DescribeMatrix(Rational[,] m) =>
        string.Join("; ", Enumerable.Range(0, m.GetLength(0)).Select(i => string.Join(" ", Enumerable.Range(0, m.GetLength(1)).Select(j => m[i, j]))));
}
