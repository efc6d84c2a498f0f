using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

/// <summary>
/// Measures the composition count of a repeated-composition network: the r for which a network is, layer for layer,
/// L2∘g^{∘r}∘L1 with adjacent affine maps merged.
/// </summary>
/// <remarks>
/// A count cannot be read off a function (g^{∘r} may equal g^{∘s}), so the measurement is structural: the kernel
/// recomputes the merged layers itself — L1 into g's first layer, g's output layer into g's first layer at each
/// junction, g's output layer into L2 — and compares every layer of the network with them exactly. The measured count is
/// the number of copies of g found. It says how the network is built, which is what an RCNet theorem states; it does
/// not say that no other count could give the same function.
/// </remarks>
public static class CompositionStructure
{
    /// <summary>
    /// The count r with <paramref name="composed"/> = <paramref name="last"/>∘<paramref name="block"/>^{∘r}∘<paramref name="first"/>
    /// layer for layer, or null with the reason when it is of no such form.
    /// </summary>
    /// <param name="composed">The network measured.</param>
    /// <param name="first">L1, affine (no hidden layer).</param>
    /// <param name="block">g, with at least one hidden layer.</param>
    /// <param name="last">L2, affine.</param>
    public static (int? Count, string? Reason) Measure(Network composed, Network first, Network block, Network last)
    {
        ArgumentNullException.ThrowIfNull(composed);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(last);
        if (first.HiddenLayerCount != 0 || last.HiddenLayerCount != 0) return (null, "L1 and L2 must be affine");
        int k = block.HiddenLayerCount;
        if (k == 0) return (null, "g has no hidden layer, so its copies cannot be told apart");
        if (composed.InputDimension != first.InputDimension) return (null, $"the network takes R^{composed.InputDimension}, L1 takes R^{first.InputDimension}");
        int n = composed.Layers.Length;
        if ((n - 1) % k != 0) return (null, $"{n - 1} hidden layers are not a multiple of g's {k}");
        int r = (n - 1) / k;
        var layers = composed.Layers;
        if (r == 0)
            return Same(layers[0], Merge(last.Layers[0], first.Layers[0])) ? (0, null) : (null, "layer 0 is not L2∘L1");
        var junction = Merge(block.Layers[0], block.Layers[k]);
        for (int i = 0; i < n; i++)
        {
            int inBlock = i % k;
            AffineLayer? expected = i == 0 ? Merge(block.Layers[0], first.Layers[0])
                : i == n - 1 ? Merge(last.Layers[0], block.Layers[k])
                : inBlock == 0 ? junction
                : block.Layers[inBlock];
            if (!Same(layers[i], expected))
                return (null, $"layer {i} is not layer {inBlock} of copy {i / k + 1} of g{(i == 0 ? " merged with L1" : i == n - 1 ? " merged with L2" : inBlock == 0 ? " merged with the previous copy's output layer" : "")}");
        }
        return (r, null);
    }

    /// <summary>The layer act_outer(W_o·(W_i·x + b_i) + b_o), or null when the sizes do not chain; inner's activations are not used.</summary>
    private static AffineLayer? Merge(AffineLayer outer, AffineLayer inner)
    {
        if (outer.InputSize != inner.OutputSize) return null;
        var rows = new List<(int, Rational)>[outer.OutputSize];
        var bias = new Rational[outer.OutputSize];
        for (int i = 0; i < outer.OutputSize; i++)
        {
            var acc = new SortedDictionary<int, Rational>();
            var b = outer.Bias[i];
            var oc = outer.RowColumns(i); var ov = outer.RowValues(i);
            for (int t = 0; t < oc.Length; t++)
            {
                b += ov[t] * inner.Bias[oc[t]];
                var ic = inner.RowColumns(oc[t]); var iv = inner.RowValues(oc[t]);
                for (int s = 0; s < ic.Length; s++)
                    acc[ic[s]] = (acc.TryGetValue(ic[s], out var v) ? v : Rational.Zero) + ov[t] * iv[s];
            }
            rows[i] = acc.Select(e => (e.Key, e.Value)).ToList();
            bias[i] = b;
        }
        return AffineLayer.Sparse(inner.InputSize, rows, bias, outer.Activations.ToArray());
    }

    /// <summary>Equal sizes, activations, biases and stored weights (rows are canonical: ascending columns, no zeros); false when
    /// <paramref name="b"/> is null (parts whose dimensions do not chain).</summary>
    private static bool Same(AffineLayer a, AffineLayer? b)
    {
        if (b is null || a.InputSize != b.InputSize || a.OutputSize != b.OutputSize) return false;
        for (int i = 0; i < a.OutputSize; i++)
        {
            if (a.Activations[i] != b.Activations[i] || a.Bias[i] != b.Bias[i]) return false;
            if (!a.RowColumns(i).SequenceEqual(b.RowColumns(i)) || !a.RowValues(i).SequenceEqual(b.RowValues(i))) return false;
        }
        return true;
    }
}
