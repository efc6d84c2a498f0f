using System.Numerics;
using System.Runtime.CompilerServices;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

/// <summary>
/// A network's weights converted once to a number type T, for repeated evaluation through one generic
/// code path (double, <see cref="Dyadic"/> and <see cref="Rational"/> all use it).
/// </summary>
/// <typeparam name="T">Any type with +, ·, comparison and the two identities.</typeparam>
public sealed class CompiledNetwork<T>
    where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IComparisonOperators<T, T, bool>,
              IAdditiveIdentity<T, T>, IMultiplicativeIdentity<T, T>
{
    private readonly Layer[] _layers;

    private sealed class Layer(int[] rowStart, int[] cols, T[] vals, T[] bias, bool[] relu, int inputSize)
    {
        public readonly int[] RowStart = rowStart;
        public readonly int[] Cols = cols;
        public readonly T[] Vals = vals;
        public readonly T[] Bias = bias;
        public readonly bool[] Relu = relu;
        public readonly int InputSize = inputSize;
        public int OutputSize => Bias.Length;
    }

    /// <summary>Converts every weight of <paramref name="network"/> with <paramref name="convert"/>.</summary>
    public CompiledNetwork(Network network, Func<Rational, T> convert)
    {
        Network = network;
        _layers = new Layer[network.Layers.Length];
        for (int l = 0; l < _layers.Length; l++)
        {
            var src = network.Layers[l];
            var (rowStart, cols, vals, bias, relu) = src.Convert(convert);
            _layers[l] = new Layer(rowStart, cols, vals, bias, relu, src.InputSize);
        }
        MaxWidth = Math.Max(network.InputDimension, _layers.Max(x => x.OutputSize));
    }

    /// <summary>The network these weights came from.</summary>
    public Network Network { get; }
    /// <summary>Largest vector length met during evaluation (input or any layer).</summary>
    public int MaxWidth { get; }

    /// <summary>N(x), exactly in T's arithmetic.</summary>
    /// <exception cref="ArgumentException">When x has the wrong dimension.</exception>
    public T[] Evaluate(ReadOnlySpan<T> x)
    {
        var output = new T[Network.OutputDimension];
        Evaluate(x, output, new T[MaxWidth], new T[MaxWidth]);
        return output;
    }

    /// <summary>N(x) into <paramref name="output"/>, using two caller-provided scratch buffers of length ≥ <see cref="MaxWidth"/>.</summary>
    public void Evaluate(ReadOnlySpan<T> x, Span<T> output, Span<T> scratchA, Span<T> scratchB)
    {
        if (x.Length != Network.InputDimension)
            throw new ArgumentException($"network takes {Network.InputDimension} inputs, got {x.Length}", nameof(x));
        x.CopyTo(scratchA);
        Span<T> cur = scratchA, next = scratchB;
        foreach (var layer in _layers)
        {
            ApplyLayer(layer, cur, next);
            var t = cur; cur = next; next = t;
        }
        cur[..output.Length].CopyTo(output);
    }

    private static void ApplyLayer(Layer layer, ReadOnlySpan<T> input, Span<T> output)
    {
        int[] rowStart = layer.RowStart, cols = layer.Cols;
        T[] vals = layer.Vals, bias = layer.Bias;
        bool[] relu = layer.Relu;
        output = output[..bias.Length];
        int k = rowStart[0];
        for (int i = 0; i < output.Length; i++)
        {
            T acc = bias[i];
            for (int end = rowStart[i + 1]; k < end; k++)
            {
                // The JIT keeps only the branch for T and drops the casts, so Dyadic gets its fused multiply-add.
                if (typeof(T) == typeof(Dyadic))
                    acc = (T)(object)Dyadic.MultiplyAdd((Dyadic)(object)vals[k]!, (Dyadic)(object)input[cols[k]]!, (Dyadic)(object)acc!);
                else
                    acc = acc + vals[k] * input[cols[k]];
            }
            if (typeof(T) == typeof(Dyadic))
                output[i] = relu[i] ? (T)(object)Dyadic.Relu((Dyadic)(object)acc!) : acc;
            else
                output[i] = relu[i] && acc < T.AdditiveIdentity ? T.AdditiveIdentity : acc;
        }
    }
}
