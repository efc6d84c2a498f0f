using System.Collections.Immutable;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// A repeated-composition network L2∘g^{∘r}∘L1 of Zhang–Lu–Zhao, with its four parts kept apart: the affine input
/// map L1, the block g, the affine output map L2 and the composition count r.
/// </summary>
/// <remarks>
/// The count r is part of every RCNet theorem (RC-T1.1 uses exactly 3r + 1 compositions, RC-TA1 3r − 1), so it is
/// stored, not inferred. <see cref="Flatten"/> gives the plain network the count speaks about; the kernel's
/// <c>Check.Compositions</c> re-measures the count from that network by finding the copies of g's layers in it.
/// </remarks>
public sealed class RCNet
{
    /// <summary>Builds an RCNet and checks that the parts fit together.</summary>
    /// <param name="l1">L1: R^a → R^D, an affine network (no hidden layer).</param>
    /// <param name="g">g: R^D → R^D.</param>
    /// <param name="l2">L2: R^D → R^b, an affine network.</param>
    /// <param name="compositions">r ≥ 0, the number of applications of g.</param>
    /// <param name="meta">Provenance (construction id, parameters, constants chosen); does not affect the function.</param>
    /// <param name="labels">What each state coordinate holds over the states s_0..s_r (descriptive; may be omitted).</param>
    /// <exception cref="NetworkException">When L1 or L2 has a hidden layer, g is not square, or the dimensions do not chain.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 0.</exception>
    /// <exception cref="ArgumentException">When labels are given but not one per state coordinate, each covering s_0..s_r.</exception>
    public RCNet(Network l1, Network g, Network l2, int compositions, IReadOnlyDictionary<string, string>? meta = null, IReadOnlyList<StateLabel>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(l1);
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(l2);
        ArgumentOutOfRangeException.ThrowIfNegative(compositions);
        if (l1.HiddenLayerCount != 0) throw new NetworkException($"rcnet: L1 must be affine but has {l1.HiddenLayerCount} hidden layers");
        if (l2.HiddenLayerCount != 0) throw new NetworkException($"rcnet: L2 must be affine but has {l2.HiddenLayerCount} hidden layers");
        if (g.InputDimension != g.OutputDimension) throw new NetworkException($"rcnet: g maps R^{g.InputDimension} to R^{g.OutputDimension}; it must be square");
        if (l1.OutputDimension != g.InputDimension) throw new NetworkException($"rcnet: L1 gives R^{l1.OutputDimension} but g takes R^{g.InputDimension}");
        if (l2.InputDimension != g.OutputDimension) throw new NetworkException($"rcnet: L2 takes R^{l2.InputDimension} but g gives R^{g.OutputDimension}");
        L1 = l1; G = g; L2 = l2; Compositions = compositions;
        Meta = (meta ?? ImmutableDictionary<string, string>.Empty).ToImmutableSortedDictionary();
        if (labels is not null)
        {
            if (labels.Count != g.InputDimension) throw new ArgumentException($"rcnet: {labels.Count} state labels for a state of dimension {g.InputDimension}", nameof(labels));
            for (int i = 0; i < labels.Count; i++)
                if (labels[i].Last != compositions) throw new ArgumentException($"rcnet: the label of state coordinate {i + 1} covers states 0..{labels[i].Last}, not 0..{compositions}", nameof(labels));
        }
        Labels = labels is null ? [] : [.. labels];
    }

    /// <summary>The affine input map L1.</summary>
    public Network L1 { get; }
    /// <summary>The repeated block g.</summary>
    public Network G { get; }
    /// <summary>The affine output map L2.</summary>
    public Network L2 { get; }
    /// <summary>The number r of applications of g.</summary>
    public int Compositions { get; }
    /// <summary>Provenance and the constants a construction chose (δ, M, ε …) as exact text.</summary>
    public ImmutableSortedDictionary<string, string> Meta { get; }
    /// <summary>What each state coordinate holds, one label per coordinate, or empty when the construction gave none.</summary>
    public ImmutableArray<StateLabel> Labels { get; }
    /// <summary>Dimension a of the input space.</summary>
    public int InputDimension => L1.InputDimension;
    /// <summary>Dimension D of the state space on which g acts.</summary>
    public int StateDimension => G.InputDimension;
    /// <summary>Dimension b of the output space.</summary>
    public int OutputDimension => L2.OutputDimension;

    /// <summary>The plain network L2∘g^{∘r}∘L1, with adjacent affine layers merged (for r = 0, the affine map L2∘L1).</summary>
    /// <remarks>Depth r·depth(g); widths those of g; the metadata of this RCNet plus "compositions".</remarks>
    public Network Flatten()
    {
        var net = Compositions == 0
            ? NetworkCalculus.Compose(L2, L1)
            : NetworkCalculus.Compose(L2, NetworkCalculus.Power(G, Compositions), L1);
        var meta = Meta.SetItem("compositions", Compositions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return net.WithMeta(meta);
    }

    /// <summary>The same parts with a different composition count (used to show that a count is checked); the state labels,
    /// which speak of the old count, are dropped.</summary>
    public RCNet WithCompositions(int compositions) => new(L1, G, L2, compositions, Meta);

    /// <summary>The same parts with different metadata (the state labels kept).</summary>
    public RCNet WithMeta(IReadOnlyDictionary<string, string> meta) => new(L1, G, L2, Compositions, meta, Labels.IsEmpty ? null : Labels);

    /// <summary>The same parts with state labels, one per coordinate.</summary>
    /// <exception cref="ArgumentException">When the labels do not fit (see the constructor).</exception>
    public RCNet WithLabels(IReadOnlyList<StateLabel> labels) => new(L1, G, L2, Compositions, Meta, labels);

    /// <summary>The label of state coordinate i (0-based), or "coordinate i + 1" over all states when there are none.</summary>
    public StateLabel LabelOf(int coordinate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(coordinate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(coordinate, StateDimension);
        return Labels.IsEmpty ? StateLabel.Constant(Compositions, $"coordinate {coordinate + 1} (not described)") : Labels[coordinate];
    }

    /// <summary>L2(g^{∘r}(L1(x))) exactly, applying g r times to the state (independently of <see cref="Flatten"/>).</summary>
    /// <exception cref="ArgumentException">When x has the wrong dimension.</exception>
    public Rational[] Evaluate(params Rational[] x)
    {
        var states = States(x);
        return L2.Evaluate(states[^1]);
    }

    /// <summary>The states s_0 = L1(x), s_k = g(s_{k−1}) for k = 1..r, exactly (r + 1 vectors).</summary>
    /// <exception cref="ArgumentException">When x has the wrong dimension.</exception>
    public IReadOnlyList<Rational[]> States(params Rational[] x)
    {
        var g = new CompiledNetwork<Rational>(G, NumberConverters.ToRational);
        var states = new List<Rational[]>(Compositions + 1) { L1.Evaluate(x) };
        for (int k = 0; k < Compositions; k++) states.Add(g.Evaluate(states[^1]));
        return states;
    }
}
