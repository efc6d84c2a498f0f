using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RCNetProofs.Float;

/// <summary>
/// A dense layer over feature-major points, register-tiled: <see cref="Rows"/> neurons × four vectors of points
/// per block, every input value loaded once per block and shared by the block's neurons.
/// </summary>
/// <remarks>
/// Per point and neuron the sum is bias, then w·x for every column in ascending order, product then sum, never
/// fused. It differs from the reference only by also adding the zero weights, and adding 0·x changes nothing
/// when x is finite: the running sum starts at a bias converted from a rational (never −0) and a round-to-nearest
/// sum is −0 only when both terms are, so it is never −0 and s + (±0) = s. So for finite intermediate values the
/// result is bitwise the reference's; with an infinite or NaN input the zero weights can turn it into NaN.
/// Points past the last whole block go through the compressed rows (<see cref="SparseRowKernel"/>), in the
/// reference's order.
/// </remarks>
internal static class DenseTileKernel
{
    /// <summary>Neurons per register block.</summary>
    internal const int Rows = 4;

    /// <summary>Applies the layer to <paramref name="length"/> points: input row k at k·inStride, output row i at i·outStride.</summary>
    internal static void Apply(FloatLayer layer, ReadOnlySpan<double> input, int inStride, Span<double> output, int outStride, int length, FloatSimd simd)
    {
        Debug.Assert(length == 0 || input.Length >= (long)(layer.InputSize - 1) * inStride + length);
        Debug.Assert(length == 0 || output.Length >= (long)(layer.OutputSize - 1) * outStride + length);
        Debug.Assert(layer.DenseWeights is not null);
        if (length == 0) return;
        int done = simd switch
        {
            FloatSimd.Wide => Run<Vector512<double>, WideLanes>(layer, input, inStride, output, outStride, length),
            FloatSimd.Portable => Run<Vector<double>, PortableLanes>(layer, input, inStride, output, outStride, length),
            _ => 0,
        };
        if (done < length)
            SparseRowKernel.Apply(layer, input[done..], inStride, output[done..], outStride, length - done, simd);
    }

    // Whole blocks of four vectors of points; returns how many points it covered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Run<TVector, TLanes>(FloatLayer layer, ReadOnlySpan<double> input, int inStride, Span<double> output, int outStride, int length)
        where TVector : struct
        where TLanes : struct, ILanes<TVector>
    {
        int n = layer.InputSize, block = 4 * TLanes.Count;
        int blocks = length / block;
        if (blocks == 0) return 0;
        int groups = (layer.OutputSize + Rows - 1) / Rows;
        ref double x = ref MemoryMarshal.GetReference(input);
        ref double y = ref MemoryMarshal.GetReference(output);
        ref double w = ref MemoryMarshal.GetArrayDataReference(layer.DenseWeights!);
        // Each block's slice of every input row is first copied into one contiguous panel: input rows a
        // power-of-two stride apart fall into the same L1 set, and reading them in place would miss on nearly
        // every load. The panel (n·block doubles) then stays in L1 while every group of neurons reads it.
        var panel = ArrayPool<double>.Shared.Rent(n * block);
        ref double pan = ref MemoryMarshal.GetArrayDataReference(panel);
        for (int p = 0; p < blocks * block; p += block)
        {
            for (int k = 0; k < n; k++)
                MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref x, (nint)k * inStride + p), block)
                    .CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref pan, k * block), block));
            for (int g = 0; g < groups; g++)
                Block<TVector, TLanes>(layer, ref Unsafe.Add(ref w, (nint)g * n * Rows), g, ref pan, ref Unsafe.Add(ref y, p), outStride);
        }
        ArrayPool<double>.Shared.Return(panel);
        return blocks * block;
    }

    // Rows neurons × 4 vectors: 16 accumulators, 4 input vectors and a broadcast weight stay in registers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block<TVector, TLanes>(FloatLayer layer, ref double w, int g, ref double panel, ref double y, int outStride)
        where TVector : struct
        where TLanes : struct, ILanes<TVector>
    {
        int n = layer.InputSize, vc = TLanes.Count;
        int i0 = g * Rows;
        int rows = Math.Min(Rows, layer.OutputSize - i0);
        double[] bias = layer.Bias;
        var b0 = TLanes.Broadcast(bias[i0]);
        var b1 = TLanes.Broadcast(rows > 1 ? bias[i0 + 1] : 0);
        var b2 = TLanes.Broadcast(rows > 2 ? bias[i0 + 2] : 0);
        var b3 = TLanes.Broadcast(rows > 3 ? bias[i0 + 3] : 0);
        TVector a00 = b0, a01 = b0, a02 = b0, a03 = b0;
        TVector a10 = b1, a11 = b1, a12 = b1, a13 = b1;
        TVector a20 = b2, a21 = b2, a22 = b2, a23 = b2;
        TVector a30 = b3, a31 = b3, a32 = b3, a33 = b3;
        ref double xk = ref panel;
        ref double wk = ref w;
        for (int k = 0; k < n; k++)
        {
            var x0 = TLanes.Load(ref xk);
            var x1 = TLanes.Load(ref Unsafe.Add(ref xk, vc));
            var x2 = TLanes.Load(ref Unsafe.Add(ref xk, 2 * vc));
            var x3 = TLanes.Load(ref Unsafe.Add(ref xk, 3 * vc));
            var w0 = TLanes.Broadcast(wk);
            a00 = TLanes.MultiplyAdd(a00, w0, x0); a01 = TLanes.MultiplyAdd(a01, w0, x1);
            a02 = TLanes.MultiplyAdd(a02, w0, x2); a03 = TLanes.MultiplyAdd(a03, w0, x3);
            var w1 = TLanes.Broadcast(Unsafe.Add(ref wk, 1));
            a10 = TLanes.MultiplyAdd(a10, w1, x0); a11 = TLanes.MultiplyAdd(a11, w1, x1);
            a12 = TLanes.MultiplyAdd(a12, w1, x2); a13 = TLanes.MultiplyAdd(a13, w1, x3);
            var w2 = TLanes.Broadcast(Unsafe.Add(ref wk, 2));
            a20 = TLanes.MultiplyAdd(a20, w2, x0); a21 = TLanes.MultiplyAdd(a21, w2, x1);
            a22 = TLanes.MultiplyAdd(a22, w2, x2); a23 = TLanes.MultiplyAdd(a23, w2, x3);
            var w3 = TLanes.Broadcast(Unsafe.Add(ref wk, 3));
            a30 = TLanes.MultiplyAdd(a30, w3, x0); a31 = TLanes.MultiplyAdd(a31, w3, x1);
            a32 = TLanes.MultiplyAdd(a32, w3, x2); a33 = TLanes.MultiplyAdd(a33, w3, x3);
            xk = ref Unsafe.Add(ref xk, 4 * vc);
            wk = ref Unsafe.Add(ref wk, Rows);
        }
        Store<TVector, TLanes>(layer.Relu[i0], ref Unsafe.Add(ref y, (nint)i0 * outStride), a00, a01, a02, a03);
        if (rows > 1) Store<TVector, TLanes>(layer.Relu[i0 + 1], ref Unsafe.Add(ref y, (nint)(i0 + 1) * outStride), a10, a11, a12, a13);
        if (rows > 2) Store<TVector, TLanes>(layer.Relu[i0 + 2], ref Unsafe.Add(ref y, (nint)(i0 + 2) * outStride), a20, a21, a22, a23);
        if (rows > 3) Store<TVector, TLanes>(layer.Relu[i0 + 3], ref Unsafe.Add(ref y, (nint)(i0 + 3) * outStride), a30, a31, a32, a33);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<TVector, TLanes>(bool relu, ref double y, TVector a0, TVector a1, TVector a2, TVector a3)
        where TVector : struct
        where TLanes : struct, ILanes<TVector>
    {
        int vc = TLanes.Count;
        if (relu) { a0 = TLanes.Relu(a0); a1 = TLanes.Relu(a1); a2 = TLanes.Relu(a2); a3 = TLanes.Relu(a3); }
        TLanes.Store(a0, ref y);
        TLanes.Store(a1, ref Unsafe.Add(ref y, vc));
        TLanes.Store(a2, ref Unsafe.Add(ref y, 2 * vc));
        TLanes.Store(a3, ref Unsafe.Add(ref y, 3 * vc));
    }
}
