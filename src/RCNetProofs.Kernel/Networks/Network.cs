using System.Collections.Immutable;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

/// <summary>
/// An immutable feed-forward network: affine layers, each followed by its per-neuron activation.
/// </summary>
/// <remarks>
/// Rules checked on construction: at least one layer; each layer's input size equals the previous layer's
/// output size (the first equals <see cref="InputDimension"/>); the last layer is all identity; hidden
/// layers may mix ReLU and identity neurons. Violations throw <see cref="NetworkException"/> naming the
/// layer (0-based) and the sizes.
/// </remarks>
public sealed class Network
{
    /// <summary>Builds and validates a network.</summary>
    /// <exception cref="NetworkException">For an empty list, a dimension mismatch or a non-identity output layer.</exception>
    public Network(int inputDimension, IEnumerable<AffineLayer> layers, IReadOnlyDictionary<string, string>? meta = null)
    {
        if (inputDimension <= 0) throw new NetworkException($"network: input dimension must be positive, got {inputDimension}");
        Layers = layers.ToImmutableArray();
        if (Layers.Length == 0) throw new NetworkException("network: needs at least one affine layer, got 0");
        int width = inputDimension;
        for (int i = 0; i < Layers.Length; i++)
        {
            if (Layers[i].InputSize != width)
                throw new NetworkException($"layer {i}: takes {Layers[i].InputSize} inputs but {(i == 0 ? "the network input has" : $"layer {i - 1} gives")} {width}");
            width = Layers[i].OutputSize;
        }
        if (!Layers[^1].AllIdentity)
            throw new NetworkException($"layer {Layers.Length - 1}: the output layer must use the identity activation");
        InputDimension = inputDimension;
        Meta = (meta ?? ImmutableDictionary<string, string>.Empty).ToImmutableSortedDictionary();
    }

    /// <summary>Dimension a of the input space R^a.</summary>
    public int InputDimension { get; }
    /// <summary>Dimension b of the output space R^b.</summary>
    public int OutputDimension => Layers[^1].OutputSize;
    /// <summary>The affine layers, in order; all but the last are hidden layers.</summary>
    public ImmutableArray<AffineLayer> Layers { get; }
    /// <summary>Free-form provenance (e.g. "construction" → "TEL-DELTA"); does not affect the function.</summary>
    public ImmutableSortedDictionary<string, string> Meta { get; }
    /// <summary>Number of hidden layers (the depth of Zhang–Lu–Zhao and Shen–Yang–Zhang).</summary>
    public int HiddenLayerCount => Layers.Length - 1;

    /// <summary>The same network with different metadata.</summary>
    public Network WithMeta(IReadOnlyDictionary<string, string> meta) => new(InputDimension, Layers, meta);

    /// <summary>True when every weight and bias is dyadic (so the network evaluates over <see cref="Dyadic"/>).</summary>
    public bool IsDyadic
    {
        get
        {
            foreach (var layer in Layers)
            {
                foreach (var b in layer.Bias) if (!b.Denominator.IsPowerOfTwo) return false;
                for (int i = 0; i < layer.OutputSize; i++)
                    foreach (var w in layer.RowValues(i)) if (!w.Denominator.IsPowerOfTwo) return false;
            }
            return true;
        }
    }
}
