using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RCNetProofs.Float;

/// <summary>
/// A dense layer over feature-major points, register-tiled: <see cref="Rows"/> neurons × <see cref="Vectors"/> vectors
/// of points per block, every input value loaded once per block and shared by the block's neurons.
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
    internal const int Rows = 6;
    /// <summary>Vectors of points per register block: Rows × Vectors accumulators, Vectors inputs and a product fill 29 of the 32 registers of AVX-512.</summary>
    internal const int Vectors = 4;
    /// <summary>Blocks of points packed together into one panel; a chunk of a 117-wide layer is 240 KB and stays in L2.</summary>
    internal const int ChunkBlocks = 8;

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

    // Whole blocks of points, chunk after chunk; returns how many points it covered.
    // Each block's slice of every input row is copied into a contiguous panel: input rows a power-of-two stride
    // apart fall into the same L1 set, and reading them in place would miss on nearly every load. Panels of
    // ChunkBlocks blocks are packed together and every group of neurons (its weights staying in L1) runs over the
    // whole chunk before the next group. The next chunk is packed in slices between the blocks of the current one
    // (each group copies its share of the input rows), into the other half of a double buffer, so that the reads
    // from memory overlap with arithmetic instead of stalling it in one burst.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Run<TVector, TLanes>(FloatLayer layer, ReadOnlySpan<double> input, int inStride, Span<double> output, int outStride, int length)
        where TVector : struct
        where TLanes : struct, ILanes<TVector>
    {
        int n = layer.InputSize, block = Vectors * TLanes.Count;
        int blocks = length / block;
        if (blocks == 0) return 0;
        int groups = (layer.OutputSize + Rows - 1) / Rows;
        int chunks = (blocks + ChunkBlocks - 1) / ChunkBlocks;
        int half = Math.Min(ChunkBlocks, blocks) * n * block;
        ref double x = ref MemoryMarshal.GetReference(input);
        ref double y = ref MemoryMarshal.GetReference(output);
        ref double w = ref MemoryMarshal.GetArrayDataReference(layer.DenseWeights!);
        var panel = ArrayPool<double>.Shared.Rent(chunks > 1 ? 2 * half : half);
        ref double pan = ref MemoryMarshal.GetArrayDataReference(panel);
        for (int c = 0; c < Math.Min(ChunkBlocks, blocks); c++)
            Pack(ref x, inStride, 0, n, c * block, block, ref Unsafe.Add(ref pan, c * n * block));
        for (int j = 0; j < chunks; j++)
        {
            int first = j * ChunkBlocks, count = Math.Min(ChunkBlocks, blocks - first);
            int next = Math.Min(ChunkBlocks, blocks - first - count);
            ref double current = ref Unsafe.Add(ref pan, (j & 1) * half);
            ref double following = ref Unsafe.Add(ref pan, (~j & 1) * half);
            for (int g = 0; g < groups; g++)
            {
                int k0 = (int)((long)g * n / groups), k1 = (int)((long)(g + 1) * n / groups);
                ref double wg = ref Unsafe.Add(ref w, (nint)g * n * Rows);
                bool lowerHalf = layer.OutputSize - g * Rows <= Rows / 2;
                for (int c = 0; c < count; c++)
                {
                    if (c < next)
                        Pack(ref x, inStride, k0, k1, (first + count + c) * block, block, ref Unsafe.Add(ref following, c * n * block));
                    ref double panelBlock = ref Unsafe.Add(ref current, c * n * block);
                    ref double yBlock = ref Unsafe.Add(ref y, (first + c) * block);
                    if (lowerHalf) Block<TVector, TLanes, HalfHeight>(layer, ref wg, g, ref panelBlock, ref yBlock, outStride);
                    else Block<TVector, TLanes, FullHeight>(layer, ref wg, g, ref panelBlock, ref yBlock, outStride);
                }
            }
        }
        ArrayPool<double>.Shared.Return(panel);
        return blocks * block;
    }

    // Input rows k0..k1−1, points p..p+block−1, to the panel (row k at k·block).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pack(ref double x, int inStride, int k0, int k1, int p, int block, ref double panel)
    {
        for (int k = k0; k < k1; k++)
            MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref x, (nint)k * inStride + p), block)
                .CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref panel, k * block), block));
    }

    // Rows neurons × Vectors vectors: 24 accumulators and 4 input vectors stay in registers; each weight is read
    // from memory once per product (see WideLanes.MultiplyAddBroadcast). A half-height block (the last group of a
    // layer when at most Rows / 2 neurons are left) computes only the first Rows / 2 neurons.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block<TVector, TLanes, THeight>(FloatLayer layer, ref double w, int g, ref double panel, ref double y, int outStride)
        where TVector : struct
        where TLanes : struct, ILanes<TVector>
        where THeight : struct, IBlockHeight
    {
        int n = layer.InputSize, vc = TLanes.Count;
        int i0 = g * Rows;
        int rows = Math.Min(Rows, layer.OutputSize - i0);
        double[] bias = layer.Bias;
        var b0 = TLanes.Broadcast(bias[i0]);
        var b1 = TLanes.Broadcast(rows > 1 ? bias[i0 + 1] : 0);
        var b2 = TLanes.Broadcast(rows > 2 ? bias[i0 + 2] : 0);
        var b3 = TLanes.Broadcast(rows > 3 ? bias[i0 + 3] : 0);
        var b4 = TLanes.Broadcast(rows > 4 ? bias[i0 + 4] : 0);
        var b5 = TLanes.Broadcast(rows > 5 ? bias[i0 + 5] : 0);
        TVector a00 = b0, a01 = b0, a02 = b0, a03 = b0;
        TVector a10 = b1, a11 = b1, a12 = b1, a13 = b1;
        TVector a20 = b2, a21 = b2, a22 = b2, a23 = b2;
        TVector a30 = b3, a31 = b3, a32 = b3, a33 = b3;
        TVector a40 = b4, a41 = b4, a42 = b4, a43 = b4;
        TVector a50 = b5, a51 = b5, a52 = b5, a53 = b5;
        ref double xk = ref panel;
        ref double wk = ref w;
        for (int k = 0; k < n; k++)
        {
            var x0 = TLanes.Load(ref xk);
            var x1 = TLanes.Load(ref Unsafe.Add(ref xk, vc));
            var x2 = TLanes.Load(ref Unsafe.Add(ref xk, 2 * vc));
            var x3 = TLanes.Load(ref Unsafe.Add(ref xk, 3 * vc));
            a00 = TLanes.MultiplyAddBroadcast(a00, ref wk, x0); a01 = TLanes.MultiplyAddBroadcast(a01, ref wk, x1);
            a02 = TLanes.MultiplyAddBroadcast(a02, ref wk, x2); a03 = TLanes.MultiplyAddBroadcast(a03, ref wk, x3);
            a10 = TLanes.MultiplyAddBroadcast(a10, ref Unsafe.Add(ref wk, 1), x0); a11 = TLanes.MultiplyAddBroadcast(a11, ref Unsafe.Add(ref wk, 1), x1);
            a12 = TLanes.MultiplyAddBroadcast(a12, ref Unsafe.Add(ref wk, 1), x2); a13 = TLanes.MultiplyAddBroadcast(a13, ref Unsafe.Add(ref wk, 1), x3);
            a20 = TLanes.MultiplyAddBroadcast(a20, ref Unsafe.Add(ref wk, 2), x0); a21 = TLanes.MultiplyAddBroadcast(a21, ref Unsafe.Add(ref wk, 2), x1);
            a22 = TLanes.MultiplyAddBroadcast(a22, ref Unsafe.Add(ref wk, 2), x2); a23 = TLanes.MultiplyAddBroadcast(a23, ref Unsafe.Add(ref wk, 2), x3);
            if (THeight.Full)
            {
                a30 = TLanes.MultiplyAddBroadcast(a30, ref Unsafe.Add(ref wk, 3), x0); a31 = TLanes.MultiplyAddBroadcast(a31, ref Unsafe.Add(ref wk, 3), x1);
                a32 = TLanes.MultiplyAddBroadcast(a32, ref Unsafe.Add(ref wk, 3), x2); a33 = TLanes.MultiplyAddBroadcast(a33, ref Unsafe.Add(ref wk, 3), x3);
                a40 = TLanes.MultiplyAddBroadcast(a40, ref Unsafe.Add(ref wk, 4), x0); a41 = TLanes.MultiplyAddBroadcast(a41, ref Unsafe.Add(ref wk, 4), x1);
                a42 = TLanes.MultiplyAddBroadcast(a42, ref Unsafe.Add(ref wk, 4), x2); a43 = TLanes.MultiplyAddBroadcast(a43, ref Unsafe.Add(ref wk, 4), x3);
                a50 = TLanes.MultiplyAddBroadcast(a50, ref Unsafe.Add(ref wk, 5), x0); a51 = TLanes.MultiplyAddBroadcast(a51, ref Unsafe.Add(ref wk, 5), x1);
                a52 = TLanes.MultiplyAddBroadcast(a52, ref Unsafe.Add(ref wk, 5), x2); a53 = TLanes.MultiplyAddBroadcast(a53, ref Unsafe.Add(ref wk, 5), x3);
            }
            xk = ref Unsafe.Add(ref xk, Vectors * vc);
            wk = ref Unsafe.Add(ref wk, Rows);
        }
        Store<TVector, TLanes>(layer.Relu[i0], ref Unsafe.Add(ref y, (nint)i0 * outStride), a00, a01, a02, a03);
        if (rows > 1) Store<TVector, TLanes>(layer.Relu[i0 + 1], ref Unsafe.Add(ref y, (nint)(i0 + 1) * outStride), a10, a11, a12, a13);
        if (rows > 2) Store<TVector, TLanes>(layer.Relu[i0 + 2], ref Unsafe.Add(ref y, (nint)(i0 + 2) * outStride), a20, a21, a22, a23);
        if (rows > 3) Store<TVector, TLanes>(layer.Relu[i0 + 3], ref Unsafe.Add(ref y, (nint)(i0 + 3) * outStride), a30, a31, a32, a33);
        if (rows > 4) Store<TVector, TLanes>(layer.Relu[i0 + 4], ref Unsafe.Add(ref y, (nint)(i0 + 4) * outStride), a40, a41, a42, a43);
        if (rows > 5) Store<TVector, TLanes>(layer.Relu[i0 + 5], ref Unsafe.Add(ref y, (nint)(i0 + 5) * outStride), a50, a51, a52, a53);
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

    // Whether a block computes all Rows neurons or only the first Rows / 2.
    private interface IBlockHeight
    {
        static abstract bool Full { get; }
    }

    private readonly struct FullHeight : IBlockHeight
    {
        public static bool Full => true;
    }

    private readonly struct HalfHeight : IBlockHeight
    {
        public static bool Full => false;
    }
}
