using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// Exact enumeration of the linear pieces of a ReLU network restricted to a segment, streamed in order of t.
/// </summary>
/// <remarks>
/// Depth-first over layers: each node carries the affine forms (in t) of one layer's inputs on a parameter
/// interval; a ReLU neuron whose pre-activation changes sign inside the interval splits it at the exact root.
/// Memory is O(depth · width · splits per node), independent of the number of pieces, so a query that only
/// folds the pieces (a supremum, an integral, a count) runs in flat memory. A piece budget and a cancellation
/// token bound the work; hitting either returns an incomplete result, never a partial verdict.
/// Pieces are not merged: two neighbours may carry the same affine map when a split neuron does not affect the
/// output; <see cref="CountDistinctPieces"/> merges them.
/// </remarks>
public static class PiecewiseLinear
{
    /// <summary>Default piece budget: 2^26 pieces (about a minute of work at the slowest).</summary>
    public const long DefaultBudget = 1L << 26;

    private sealed class Layer
    {
        public required int[] RowStart;
        public required int[] Cols;
        public required Rational[] Vals;
        public required Rational[] Bias;
        public required bool[] Relu;
    }

    private readonly record struct Frame(int Layer, Rational Start, Rational End, Rational[] Slope, Rational[] Intercept);

    /// <summary>
    /// Delivers every linear piece of <paramref name="network"/> on <paramref name="segment"/> to
    /// <paramref name="sink"/>, left to right; the sink returns false to stop early.
    /// </summary>
    /// <exception cref="ArgumentException">When the segment's dimension differs from the network's input dimension.</exception>
    public static EnumerationResult Enumerate(Network network, Segment segment, Func<LinearPiece, bool> sink,
        long budget = DefaultBudget, CancellationToken cancellation = default)
    {
        if (segment.Dimension != network.InputDimension)
            throw new ArgumentException($"segment lies in R^{segment.Dimension} but the network takes R^{network.InputDimension}");
        var layers = Compile(network);
        var stack = new Stack<Frame>();
        stack.Push(new Frame(0, segment.Start, segment.End, segment.Direction.ToArray(), segment.Origin.ToArray()));
        long pieces = 0;
        var cuts = new List<Rational>();
        while (stack.Count > 0)
        {
            if ((pieces & 1023) == 0 && cancellation.IsCancellationRequested) return new EnumerationResult(false, pieces, "timeout");
            var f = stack.Pop();
            var layer = layers[f.Layer];
            int n = layer.Bias.Length;
            var za = new Rational[n]; var zb = new Rational[n];
            for (int i = 0; i < n; i++)
            {
                Rational a = Rational.Zero, b = layer.Bias[i];
                for (int k = layer.RowStart[i]; k < layer.RowStart[i + 1]; k++)
                {
                    var w = layer.Vals[k]; int c = layer.Cols[k];
                    if (!f.Slope[c].IsZero) a += w * f.Slope[c];
                    if (!f.Intercept[c].IsZero) b += w * f.Intercept[c];
                }
                za[i] = a; zb[i] = b;
            }
            if (f.Layer == layers.Length - 1)
            {
                if (pieces >= budget) return new EnumerationResult(false, pieces, "budget");
                pieces++;
                if (!sink(new LinearPiece(f.Start, f.End, za, zb))) return new EnumerationResult(false, pieces, "sink");
                continue;
            }
            cuts.Clear();
            for (int i = 0; i < n; i++)
            {
                if (!layer.Relu[i] || za[i].IsZero) continue;
                var t = -zb[i] / za[i];
                if (t > f.Start && t < f.End) cuts.Add(t);
            }
            if (cuts.Count == 0)
            {
                ApplyRelu(layer, za, zb, f.Start, f.End);
                stack.Push(new Frame(f.Layer + 1, f.Start, f.End, za, zb));
                continue;
            }
            cuts.Sort();
            // Push right-most first so pieces come out left to right.
            var right = f.End;
            for (int j = cuts.Count - 1; j >= -1; j--)
            {
                var left = j >= 0 ? cuts[j] : f.Start;
                if (left == right) continue; // repeated cut
                var a = (Rational[])za.Clone(); var b = (Rational[])zb.Clone();
                ApplyRelu(layer, a, b, left, right);
                stack.Push(new Frame(f.Layer + 1, left, right, a, b));
                right = left;
            }
        }
        return new EnumerationResult(true, pieces, null);
    }

    /// <summary>Zeroes the forms of ReLU neurons that are non-positive on (start, end), where no sign change occurs.</summary>
    private static void ApplyRelu(Layer layer, Rational[] a, Rational[] b, Rational start, Rational end)
    {
        Rational? mid = null;
        for (int i = 0; i < a.Length; i++)
        {
            if (!layer.Relu[i]) continue;
            int sign;
            if (a[i].IsZero) sign = b[i].Sign;
            else
            {
                mid ??= (start + end) * Rational.Half;
                sign = (a[i] * mid.Value + b[i]).Sign;
            }
            if (sign <= 0) { a[i] = Rational.Zero; b[i] = Rational.Zero; }
        }
    }

    private static Layer[] Compile(Network network)
    {
        var result = new Layer[network.Layers.Length];
        for (int l = 0; l < result.Length; l++)
        {
            var src = network.Layers[l];
            var rowStart = new int[src.OutputSize + 1];
            var cols = new List<int>(); var vals = new List<Rational>();
            for (int i = 0; i < src.OutputSize; i++)
            {
                cols.AddRange(src.RowColumns(i).ToArray());
                vals.AddRange(src.RowValues(i).ToArray());
                rowStart[i + 1] = cols.Count;
            }
            var relu = new bool[src.OutputSize];
            for (int i = 0; i < relu.Length; i++) relu[i] = src.Activations[i] == Activation.Relu;
            result[l] = new Layer { RowStart = rowStart, Cols = cols.ToArray(), Vals = vals.ToArray(), Bias = src.Bias.ToArray(), Relu = relu };
        }
        return result;
    }

    /// <summary>
    /// Number of maximal linear pieces on the segment (neighbours with the same affine map merged), or null when
    /// the budget ran out; <paramref name="result"/> says how far the enumeration got.
    /// </summary>
    public static long? CountDistinctPieces(Network network, Segment segment, out EnumerationResult result, long budget = DefaultBudget, CancellationToken cancellation = default)
    {
        long count = 0; LinearPiece? prev = null;
        result = Enumerate(network, segment, p =>
        {
            if (prev is null || !p.SameMapAs(prev)) count++;
            prev = p;
            return true;
        }, budget, cancellation);
        return result.Complete ? count : null;
    }
}
