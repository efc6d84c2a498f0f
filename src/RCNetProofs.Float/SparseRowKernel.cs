using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RCNetProofs.Float;

/// <summary>
/// A layer as compressed rows over feature-major points: for each neuron, bias + Σ w·(row c of the input),
/// skipping zero weights, with the sum held in registers across the row (four vectors of points at a time).
/// </summary>
/// <remarks>
/// Per point the operations are those of the scalar reference, in its order (bias, then each stored weight in
/// ascending column, product then sum, never fused), so the result is bitwise the reference's.
/// </remarks>
internal static class SparseRowKernel
{
    /// <summary>Applies the layer to <paramref name="length"/> points: input row k at k·inStride, output row i at i·outStride.</summary>
    internal static void Apply(FloatLayer layer, ReadOnlySpan<double> input, int inStride, Span<double> output, int outStride, int length, FloatSimd simd)
    {
        Debug.Assert(length == 0 || input.Length >= (long)(layer.InputSize - 1) * inStride + length);
        Debug.Assert(length == 0 || output.Length >= (long)(layer.OutputSize - 1) * outStride + length);
        if (length == 0) return;
        ref double x = ref MemoryMarshal.GetReference(input);
        ref double y = ref MemoryMarshal.GetReference(output);
        switch (simd)
        {
            case FloatSimd.Wide: Run<Vector512<double>, WideLanes>(layer, ref x, inStride, ref y, outStride, length); break;
            case FloatSimd.Portable: Run<Vector<double>, PortableLanes>(layer, ref x, inStride, ref y, outStride, length); break;
            default: ScalarTail(layer, ref x, inStride, ref y, outStride, 0, length); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Run<TVector, TLanes>(FloatLayer layer, ref double x, int inStride, ref double y, int outStride, int length)
        where TVector : struct
        where TLanes : struct, ILanes<TVector>
    {
        int[] rowStart = layer.RowStart, cols = layer.Cols;
        double[] vals = layer.Vals, bias = layer.Bias;
        int vc = TLanes.Count;
        int vectorEnd = length - length % vc;
        for (int i = 0; i < layer.OutputSize; i++)
        {
            int s = rowStart[i], e = rowStart[i + 1];
            bool relu = layer.Relu[i];
            ref double dst = ref Unsafe.Add(ref y, (nint)i * outStride);
            var b = TLanes.Broadcast(bias[i]);
            int p = 0;
            for (; p <= length - 4 * vc; p += 4 * vc)
            {
                TVector a0 = b, a1 = b, a2 = b, a3 = b;
                for (int k = s; k < e; k++)
                {
                    var w = TLanes.Broadcast(vals[k]);
                    ref double src = ref Unsafe.Add(ref x, (nint)cols[k] * inStride + p);
                    a0 = TLanes.MultiplyAdd(a0, w, TLanes.Load(ref src));
                    a1 = TLanes.MultiplyAdd(a1, w, TLanes.Load(ref Unsafe.Add(ref src, vc)));
                    a2 = TLanes.MultiplyAdd(a2, w, TLanes.Load(ref Unsafe.Add(ref src, 2 * vc)));
                    a3 = TLanes.MultiplyAdd(a3, w, TLanes.Load(ref Unsafe.Add(ref src, 3 * vc)));
                }
                if (relu) { a0 = TLanes.Relu(a0); a1 = TLanes.Relu(a1); a2 = TLanes.Relu(a2); a3 = TLanes.Relu(a3); }
                TLanes.Store(a0, ref Unsafe.Add(ref dst, p));
                TLanes.Store(a1, ref Unsafe.Add(ref dst, p + vc));
                TLanes.Store(a2, ref Unsafe.Add(ref dst, p + 2 * vc));
                TLanes.Store(a3, ref Unsafe.Add(ref dst, p + 3 * vc));
            }
            for (; p < vectorEnd; p += vc)
            {
                var a = b;
                for (int k = s; k < e; k++)
                    a = TLanes.MultiplyAdd(a, TLanes.Broadcast(vals[k]), TLanes.Load(ref Unsafe.Add(ref x, (nint)cols[k] * inStride + p)));
                if (relu) a = TLanes.Relu(a);
                TLanes.Store(a, ref Unsafe.Add(ref dst, p));
            }
        }
        if (vectorEnd < length) ScalarTail(layer, ref x, inStride, ref y, outStride, vectorEnd, length);
    }

    /// <summary>Points <paramref name="from"/>..<paramref name="to"/> one at a time, in the reference's order.</summary>
    internal static void ScalarTail(FloatLayer layer, ref double x, int inStride, ref double y, int outStride, int from, int to)
    {
        int[] rowStart = layer.RowStart, cols = layer.Cols;
        double[] vals = layer.Vals, bias = layer.Bias;
        for (int i = 0; i < layer.OutputSize; i++)
        {
            int s = rowStart[i], e = rowStart[i + 1];
            bool relu = layer.Relu[i];
            ref double dst = ref Unsafe.Add(ref y, (nint)i * outStride);
            for (int p = from; p < to; p++)
            {
                double a = bias[i];
                for (int k = s; k < e; k++) a += vals[k] * Unsafe.Add(ref x, (nint)cols[k] * inStride + p);
                Unsafe.Add(ref dst, p) = relu && a < 0 ? 0 : a;
            }
        }
    }
}
