using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

/// <summary>Sizes of a network, measured from its weights (never taken from a theorem's formula).</summary>
/// <param name="InputDimension">a in R^a.</param>
/// <param name="OutputDimension">b in R^b.</param>
/// <param name="Width">Largest hidden-layer size (0 when there is no hidden layer).</param>
/// <param name="Depth">Number of hidden layers (Zhang–Lu–Zhao / Shen–Yang–Zhang depth).</param>
/// <param name="AffineLayers">Number of affine layers = Depth + 1 (Daniely / Telgarsky depth).</param>
/// <param name="Neurons">Total number of hidden neurons.</param>
/// <param name="Parameters">All weights and biases counted densely: Σ (n_i·n_{i+1} + n_{i+1}).</param>
/// <param name="NonZeros">Non-zero weights plus non-zero biases.</param>
/// <param name="MaxAbsWeight">Largest |w| over all weights and biases.</param>
/// <param name="MaxBitLength">Largest bit length (bits of numerator + bits of denominator) over weights and biases.</param>
public sealed record NetworkSizes(
    int InputDimension, int OutputDimension, int Width, int Depth, int AffineLayers,
    long Neurons, long Parameters, long NonZeros, Rational MaxAbsWeight, long MaxBitLength)
{
    /// <summary>Measures every size of <paramref name="network"/> in one pass over its weights.</summary>
    public static NetworkSizes Measure(Network network)
    {
        int width = 0; long neurons = 0, parameters = 0, nonZeros = 0, maxBits = 0;
        var maxAbs = Rational.Zero;
        for (int l = 0; l < network.Layers.Length; l++)
        {
            var layer = network.Layers[l];
            if (l < network.Layers.Length - 1) { width = Math.Max(width, layer.OutputSize); neurons += layer.OutputSize; }
            parameters += (long)layer.InputSize * layer.OutputSize + layer.OutputSize;
            nonZeros += layer.WeightNonZeros;
            void See(Rational v)
            {
                if (v.IsZero) return;
                var a = Rational.Abs(v);
                if (a > maxAbs) maxAbs = a;
                maxBits = Math.Max(maxBits, v.BitLength);
            }
            foreach (var b in layer.Bias) { if (!b.IsZero) nonZeros++; See(b); }
            for (int i = 0; i < layer.OutputSize; i++) foreach (var w in layer.RowValues(i)) See(w);
        }
        return new NetworkSizes(network.InputDimension, network.OutputDimension, width, network.HiddenLayerCount,
            network.Layers.Length, neurons, parameters, nonZeros, maxAbs, maxBits);
    }

    /// <summary>The depth under a paper's convention.</summary>
    public int DepthIn(DepthConvention convention) => convention == DepthConvention.HiddenLayers ? Depth : AffineLayers;
}
