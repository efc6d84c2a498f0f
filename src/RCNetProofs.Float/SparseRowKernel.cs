using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Apply(FloatLayer layer, ReadOnlySpan<double> input, int inStride, Span<double> output, int outStride, int length, bool vectorize)
    {
        Debug.Assert(length == 0 || input.Length >= (layer.InputSize - 1) * inStride + length);
        Debug.Assert(length == 0 || output.Length >= (layer.OutputSize - 1) * outStride + length);
        if (length == 0) return;
        ref double inRef = ref MemoryMarshal.GetReference(input);
        ref double outRef = ref MemoryMarshal.GetReference(output);
        int[] rowStart = layer.RowStart, cols = layer.Cols;
        double[] vals = layer.Vals, bias = layer.Bias;
        int vc = Vector<double>.Count;
        bool vector = vectorize && Vector.IsHardwareAccelerated;
        for (int i = 0; i < layer.OutputSize; i++)
        {
            int s = rowStart[i], e = rowStart[i + 1];
            bool relu = layer.Relu[i];
            ref double dst = ref Unsafe.Add(ref outRef, (nint)i * outStride);
            int p = 0;
            if (vector)
            {
                var b = new Vector<double>(bias[i]);
                for (; p <= length - 4 * vc; p += 4 * vc)
                {
                    Vector<double> a0 = b, a1 = b, a2 = b, a3 = b;
                    for (int k = s; k < e; k++)
                    {
                        var w = new Vector<double>(vals[k]);
                        ref double x = ref Unsafe.Add(ref inRef, (nint)cols[k] * inStride + p);
                        a0 += w * Vector.LoadUnsafe(ref x);
                        a1 += w * Vector.LoadUnsafe(ref x, (nuint)vc);
                        a2 += w * Vector.LoadUnsafe(ref x, (nuint)(2 * vc));
                        a3 += w * Vector.LoadUnsafe(ref x, (nuint)(3 * vc));
                    }
                    if (relu) { a0 = Relu(a0); a1 = Relu(a1); a2 = Relu(a2); a3 = Relu(a3); }
                    a0.StoreUnsafe(ref dst, (nuint)p);
                    a1.StoreUnsafe(ref dst, (nuint)(p + vc));
                    a2.StoreUnsafe(ref dst, (nuint)(p + 2 * vc));
                    a3.StoreUnsafe(ref dst, (nuint)(p + 3 * vc));
                }
                for (; p <= length - vc; p += vc)
                {
                    var a = b;
                    for (int k = s; k < e; k++)
                        a += new Vector<double>(vals[k]) * Vector.LoadUnsafe(ref Unsafe.Add(ref inRef, (nint)cols[k] * inStride + p));
                    if (relu) a = Relu(a);
                    a.StoreUnsafe(ref dst, (nuint)p);
                }
            }
            for (; p < length; p++)
            {
                double a = bias[i];
                for (int k = s; k < e; k++) a += vals[k] * Unsafe.Add(ref inRef, (nint)cols[k] * inStride + p);
                Unsafe.Add(ref dst, p) = relu && a < 0 ? 0 : a;
            }
        }
    }

    /// <summary>max(a, 0) with the reference's semantics: only values that compare below zero become zero (NaN and −0 pass).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector<double> Relu(Vector<double> a) => Vector.ConditionalSelect(Vector.LessThan(a, Vector<double>.Zero), Vector<double>.Zero, a);
}
