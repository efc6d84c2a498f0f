using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RCNetProofs.Float;

/// <summary>
/// A dense layer over feature-major points, register-tiled: <see cref="Rows"/> neurons × four vectors of points
/// per block, every input row loaded once per block and shared by the block's neurons.
/// </summary>
/// <remarks>
/// Per point and neuron the sum is bias, then w·x for every column in ascending order, product then sum, never
/// fused. It differs from the reference only by also adding the zero weights, and adding 0·x changes nothing
/// when x is finite: the running sum starts at a bias converted from a rational (never −0) and a round-to-nearest
/// sum is −0 only when both terms are, so it is never −0 and s + (±0) = s. So for finite intermediate values the
/// result is bitwise the reference's; with an infinite or NaN input the zero weights can turn it into NaN.
/// Points past the last whole vector go through the compressed rows, in the reference's order.
/// </remarks>
internal static class DenseTileKernel
{
    /// <summary>Neurons per register block.</summary>
    internal const int Rows = 4;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Apply(FloatLayer layer, ReadOnlySpan<double> input, int inStride, Span<double> output, int outStride, int length, bool vectorize)
    {
        Debug.Assert(length == 0 || input.Length >= (layer.InputSize - 1) * inStride + length);
        Debug.Assert(length == 0 || output.Length >= (layer.OutputSize - 1) * outStride + length);
        Debug.Assert(layer.DenseWeights is not null);
        if (length == 0) return;
        ref double inRef = ref MemoryMarshal.GetReference(input);
        ref double outRef = ref MemoryMarshal.GetReference(output);
        ref double wRef = ref MemoryMarshal.GetArrayDataReference(layer.DenseWeights!);
        int n = layer.InputSize, m = layer.OutputSize;
        int groups = (m + Rows - 1) / Rows;
        int vc = Vector<double>.Count;
        int p = 0;
        if (vectorize && Vector.IsHardwareAccelerated)
        {
            if (length >= 4 * vc)
            {
                // The block's slice of every input row is copied into one contiguous panel first: input rows a
                // power-of-two stride apart fall into the same L1 set, and reading them in place would miss on
                // nearly every load.
                var panel = ArrayPool<double>.Shared.Rent(n * 4 * vc);
                ref double panelRef = ref MemoryMarshal.GetArrayDataReference(panel);
                for (; p <= length - 4 * vc; p += 4 * vc)
                {
                    for (int k = 0; k < n; k++)
                    {
                        ref double src = ref Unsafe.Add(ref inRef, (nint)k * inStride + p);
                        ref double dst = ref Unsafe.Add(ref panelRef, k * 4 * vc);
                        for (int j = 0; j < 4; j++) Vector.LoadUnsafe(ref src, (nuint)(j * vc)).StoreUnsafe(ref dst, (nuint)(j * vc));
                    }
                    for (int g = 0; g < groups; g++)
                        Block4(layer, ref Unsafe.Add(ref wRef, (nint)g * n * Rows), g, ref panelRef, 4 * vc, ref Unsafe.Add(ref outRef, p), outStride);
                }
                ArrayPool<double>.Shared.Return(panel);
            }
            for (; p <= length - vc; p += vc)
                for (int g = 0; g < groups; g++)
                    Block1(layer, ref Unsafe.Add(ref wRef, (nint)g * n * Rows), g, ref Unsafe.Add(ref inRef, p), inStride, ref Unsafe.Add(ref outRef, p), outStride);
        }
        if (p < length)
            SparseRowKernel.Apply(layer, input[p..], inStride, output[p..], outStride, length - p, vectorize: false);
    }

    // Rows × 4 vectors: 16 accumulators, 4 input vectors and a broadcast weight stay in registers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block4(FloatLayer layer, ref double w, int g, ref double x, int inStride, ref double y, int outStride)
    {
        int n = layer.InputSize;
        nuint v1 = (nuint)Vector<double>.Count, v2 = 2 * v1, v3 = 3 * v1;
        int i0 = g * Rows;
        double[] bias = layer.Bias;
        var b0 = new Vector<double>(bias[i0]);
        var b1 = i0 + 1 < bias.Length ? new Vector<double>(bias[i0 + 1]) : Vector<double>.Zero;
        var b2 = i0 + 2 < bias.Length ? new Vector<double>(bias[i0 + 2]) : Vector<double>.Zero;
        var b3 = i0 + 3 < bias.Length ? new Vector<double>(bias[i0 + 3]) : Vector<double>.Zero;
        Vector<double> a00 = b0, a01 = b0, a02 = b0, a03 = b0;
        Vector<double> a10 = b1, a11 = b1, a12 = b1, a13 = b1;
        Vector<double> a20 = b2, a21 = b2, a22 = b2, a23 = b2;
        Vector<double> a30 = b3, a31 = b3, a32 = b3, a33 = b3;
        for (int k = 0; k < n; k++)
        {
            ref double xk = ref Unsafe.Add(ref x, (nint)k * inStride);
            var x0 = Vector.LoadUnsafe(ref xk);
            var x1 = Vector.LoadUnsafe(ref xk, v1);
            var x2 = Vector.LoadUnsafe(ref xk, v2);
            var x3 = Vector.LoadUnsafe(ref xk, v3);
            ref double wk = ref Unsafe.Add(ref w, k * Rows);
            var w0 = new Vector<double>(wk);
            a00 += w0 * x0; a01 += w0 * x1; a02 += w0 * x2; a03 += w0 * x3;
            var w1 = new Vector<double>(Unsafe.Add(ref wk, 1));
            a10 += w1 * x0; a11 += w1 * x1; a12 += w1 * x2; a13 += w1 * x3;
            var w2 = new Vector<double>(Unsafe.Add(ref wk, 2));
            a20 += w2 * x0; a21 += w2 * x1; a22 += w2 * x2; a23 += w2 * x3;
            var w3 = new Vector<double>(Unsafe.Add(ref wk, 3));
            a30 += w3 * x0; a31 += w3 * x1; a32 += w3 * x2; a33 += w3 * x3;
        }
        int rows = Math.Min(Rows, layer.OutputSize - i0);
        Store4(layer.Relu[i0], ref Unsafe.Add(ref y, (nint)i0 * outStride), a00, a01, a02, a03);
        if (rows > 1) Store4(layer.Relu[i0 + 1], ref Unsafe.Add(ref y, (nint)(i0 + 1) * outStride), a10, a11, a12, a13);
        if (rows > 2) Store4(layer.Relu[i0 + 2], ref Unsafe.Add(ref y, (nint)(i0 + 2) * outStride), a20, a21, a22, a23);
        if (rows > 3) Store4(layer.Relu[i0 + 3], ref Unsafe.Add(ref y, (nint)(i0 + 3) * outStride), a30, a31, a32, a33);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store4(bool relu, ref double y, Vector<double> a0, Vector<double> a1, Vector<double> a2, Vector<double> a3)
    {
        nuint v1 = (nuint)Vector<double>.Count;
        if (relu)
        {
            a0 = SparseRowKernel.Relu(a0); a1 = SparseRowKernel.Relu(a1); a2 = SparseRowKernel.Relu(a2); a3 = SparseRowKernel.Relu(a3);
        }
        a0.StoreUnsafe(ref y);
        a1.StoreUnsafe(ref y, v1);
        a2.StoreUnsafe(ref y, 2 * v1);
        a3.StoreUnsafe(ref y, 3 * v1);
    }

    // Rows × 1 vector, for the points between the last whole 4-vector block and the scalar tail.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block1(FloatLayer layer, ref double w, int g, ref double x, int inStride, ref double y, int outStride)
    {
        int n = layer.InputSize;
        int i0 = g * Rows;
        double[] bias = layer.Bias;
        var a0 = new Vector<double>(bias[i0]);
        var a1 = i0 + 1 < bias.Length ? new Vector<double>(bias[i0 + 1]) : Vector<double>.Zero;
        var a2 = i0 + 2 < bias.Length ? new Vector<double>(bias[i0 + 2]) : Vector<double>.Zero;
        var a3 = i0 + 3 < bias.Length ? new Vector<double>(bias[i0 + 3]) : Vector<double>.Zero;
        for (int k = 0; k < n; k++)
        {
            var xk = Vector.LoadUnsafe(ref Unsafe.Add(ref x, (nint)k * inStride));
            ref double wk = ref Unsafe.Add(ref w, k * Rows);
            a0 += new Vector<double>(wk) * xk;
            a1 += new Vector<double>(Unsafe.Add(ref wk, 1)) * xk;
            a2 += new Vector<double>(Unsafe.Add(ref wk, 2)) * xk;
            a3 += new Vector<double>(Unsafe.Add(ref wk, 3)) * xk;
        }
        int rows = Math.Min(Rows, layer.OutputSize - i0);
        Store1(layer.Relu[i0], ref Unsafe.Add(ref y, (nint)i0 * outStride), a0);
        if (rows > 1) Store1(layer.Relu[i0 + 1], ref Unsafe.Add(ref y, (nint)(i0 + 1) * outStride), a1);
        if (rows > 2) Store1(layer.Relu[i0 + 2], ref Unsafe.Add(ref y, (nint)(i0 + 2) * outStride), a2);
        if (rows > 3) Store1(layer.Relu[i0 + 3], ref Unsafe.Add(ref y, (nint)(i0 + 3) * outStride), a3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store1(bool relu, ref double y, Vector<double> a) =>
        (relu ? SparseRowKernel.Relu(a) : a).StoreUnsafe(ref y);
}
