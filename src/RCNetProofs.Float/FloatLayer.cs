using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Float;

/// <summary>One affine layer's weights in double, in the forms the kernels read.</summary>
/// <remarks>
/// The compressed rows keep the kernel's column order, so that a row's sum is formed exactly as
/// <see cref="CompiledNetwork{T}"/> forms it: bias first, then w·x for each stored weight in ascending column.
/// The dense copy groups rows by <see cref="DenseTileKernel.Rows"/> and interleaves them per column
/// (index (g·InputSize + k)·Rows + r), zero-padding the last group.
/// </remarks>
internal sealed class FloatLayer
{
    /// <summary>Density (stored weights / all weights) from which <see cref="FloatKernel.Auto"/> uses dense tiles.</summary>
    /// <remarks>
    /// Measured on a 117 × 117 layer over 4,096 points, one core (BenchmarkDotNet project, `FloatDensityBenchmarks`):
    /// sparse rows cost about in proportion to the density (0.5 ms at 5 %, 1.2 ms at 15 %, 2.4 ms at 30 %, 3.2 ms at
    /// 40 %); the dense tiles of 6 neurons cost 2.4–2.8 ms at any density (3.3 ms in a noisy 40 % run). They meet
    /// between 0.3 and 0.4, as the 4-neuron tiles did near 0.4; a second, noisier run put the meeting nearer 0.25–0.3.
    /// </remarks>
    internal const double DenseThreshold = 0.4;
    /// <summary>Fewest inputs for which <see cref="FloatKernel.Auto"/> uses dense tiles; below it a row's whole sum stays in registers anyway.</summary>
    internal const int DenseMinInputs = 8;

    internal FloatLayer(AffineLayer layer, FloatKernel kernel)
    {
        InputSize = layer.InputSize;
        OutputSize = layer.OutputSize;
        RowStart = new int[OutputSize + 1];
        Cols = new int[layer.WeightNonZeros];
        Vals = new double[layer.WeightNonZeros];
        Bias = new double[OutputSize];
        Relu = new bool[OutputSize];
        int at = 0;
        for (int i = 0; i < OutputSize; i++)
        {
            var cols = layer.RowColumns(i);
            var vals = layer.RowValues(i);
            for (int k = 0; k < cols.Length; k++, at++) { Cols[at] = cols[k]; Vals[at] = NumberConverters.ToDouble(vals[k]); }
            RowStart[i + 1] = at;
            Bias[i] = NumberConverters.ToDouble(layer.Bias[i]);
            Relu[i] = layer.Activations[i] == Activation.Relu;
        }
        double density = (double)layer.WeightNonZeros / ((double)InputSize * OutputSize);
        UseDense = kernel == FloatKernel.DenseTiles
            || (kernel == FloatKernel.Auto && density >= DenseThreshold && InputSize >= DenseMinInputs && OutputSize >= DenseTileKernel.Rows);
        if (UseDense) DenseWeights = BuildDense();
    }

    internal int InputSize { get; }
    internal int OutputSize { get; }
    internal int[] RowStart { get; }
    internal int[] Cols { get; }
    internal double[] Vals { get; }
    internal double[] Bias { get; }
    internal bool[] Relu { get; }
    internal bool UseDense { get; }
    /// <summary>Interleaved dense weights (see the class remarks), or null when the layer runs on sparse rows.</summary>
    internal double[]? DenseWeights { get; }
    /// <summary>Stored weights; the multiply-adds per point of the sparse path.</summary>
    internal int NonZeros => Vals.Length;

    /// <summary>Multiply-adds per point of the kernel this layer uses (for the decision to go parallel).</summary>
    internal long WorkPerPoint => UseDense ? (long)InputSize * OutputSize : Math.Max(NonZeros, OutputSize);

    /// <summary>Applies the layer to <paramref name="length"/> points, row k of the input at k·inStride, row i of the output at i·outStride.</summary>
    internal void Apply(ReadOnlySpan<double> input, int inStride, Span<double> output, int outStride, int length, FloatSimd simd)
    {
        if (UseDense) DenseTileKernel.Apply(this, input, inStride, output, outStride, length, simd);
        else SparseRowKernel.Apply(this, input, inStride, output, outStride, length, simd);
    }

    private double[] BuildDense()
    {
        const int R = DenseTileKernel.Rows;
        int groups = (OutputSize + R - 1) / R;
        var dense = new double[groups * InputSize * R];
        for (int i = 0; i < OutputSize; i++)
        {
            int g = i / R, r = i % R;
            for (int k = RowStart[i]; k < RowStart[i + 1]; k++) dense[(g * InputSize + Cols[k]) * R + r] = Vals[k];
        }
        return dense;
    }
}
