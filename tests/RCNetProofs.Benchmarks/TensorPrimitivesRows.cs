using System.Numerics.Tensors;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// The comparison baseline for the Float benchmarks: a network evaluated over a whole feature-major batch, layer by
/// layer, one <c>TensorPrimitives.MultiplyAdd</c> per stored weight and <c>TensorPrimitives.Max</c> for ReLU: the
/// straightforward vectorised evaluation that the register-blocked kernels of RCNetProofs.Float have to beat.
/// </summary>
internal sealed class TensorPrimitivesRows
{
    private readonly (int InputSize, int[] RowStart, int[] Cols, double[] Vals, double[] Bias, bool[] Relu)[] _layers;
    private readonly int _maxWidth;

    public TensorPrimitivesRows(Network network)
    {
        _layers = network.Layers.Select(layer =>
        {
            var rowStart = new int[layer.OutputSize + 1];
            var cols = new List<int>();
            var vals = new List<double>();
            for (int i = 0; i < layer.OutputSize; i++)
            {
                cols.AddRange(layer.RowColumns(i).ToArray());
                foreach (var w in layer.RowValues(i)) vals.Add(w.ToDouble());
                rowStart[i + 1] = cols.Count;
            }
            var bias = new double[layer.OutputSize];
            var relu = new bool[layer.OutputSize];
            for (int i = 0; i < bias.Length; i++) { bias[i] = layer.Bias[i].ToDouble(); relu[i] = layer.Activations[i] == Activation.Relu; }
            return (layer.InputSize, rowStart, cols.ToArray(), vals.ToArray(), bias, relu);
        }).ToArray();
        _maxWidth = network.Layers.Max(l => l.OutputSize);
    }

    /// <summary>Scratch buffers for <see cref="Evaluate"/>: two of this many doubles.</summary>
    public int ScratchLength(int count) => _maxWidth * count;

    /// <summary>The outputs at count points into <paramref name="output"/>, feature-major.</summary>
    public void Evaluate(double[] points, int count, double[] output, double[] scratchA, double[] scratchB)
    {
        ReadOnlySpan<double> input = points;
        for (int l = 0; l < _layers.Length; l++)
        {
            var (_, rowStart, cols, vals, bias, relu) = _layers[l];
            var dst = l == _layers.Length - 1 ? output : l % 2 == 0 ? scratchA : scratchB;
            for (int i = 0; i < bias.Length; i++)
            {
                var row = dst.AsSpan(i * count, count);
                row.Fill(bias[i]);
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
                    TensorPrimitives.MultiplyAdd(input.Slice(cols[k] * count, count), vals[k], row, row);
                if (relu[i]) TensorPrimitives.Max(row, 0.0, row);
            }
            input = dst;
        }
    }
}
