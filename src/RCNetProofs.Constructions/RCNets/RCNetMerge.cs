using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// Two RCNets applied one after the other, merged into a single RCNet (Zhang–Lu–Zhao, Proposition 3.3 with Lemma E.1;
/// catalogue id RC-P3.3).
/// </summary>
/// <remarks>
/// For inner = L̃2′∘g1^{∘r1}∘L̃1 and outer = L̃3∘g2^{∘r2}∘L̃2″, with L̃2 = L̃2″∘L̃2′, on the state space R^D (D ≥ d1, d2):
/// ĝ1(w) = (g1(w_{1..d1}), 0) and the read-out ĝ(w) = (0, L̃2(w_{1..d1})) with L̃2 realised as σ(L̃2u) − σ(−L̃2u);
/// G1 = <see cref="TwoPhaseMerge"/>(ĝ1, ĝ) on R^{D+1}; ĝ2 applies g2 to the same last d2 coordinates of R^D where ĝ wrote
/// and clears the rest; g = TwoPhaseMerge(G1, ĝ2) on R^{D+2}. With L1(x) = (L̃1(x), 0, …, 0, 2r1 + 1, 2r1 + 3) and
/// L2(z) = L̃3(z_{D−d2+1..D}), L2∘g^{∘(r1+r2+1)}∘L1 = outer∘inner on the given domain.
/// The paper writes L̃2's output into the first d2 coordinates; the last ones are used here so that, in the RCNet
/// theorems, garbage computed by the unselected branch never depends on x inside a cube (docs/divergences.md).
/// </remarks>
public static class RCNetMerge
{
    /// <summary>
    /// Builds the merged RCNet: g ∈ NN{N1 + N2 + 6D + 2, max{L1 + 2, L2 + 1}; R^{D+2}}, r1 + r2 + 1 compositions, equal
    /// to outer∘inner on <paramref name="domain"/>.
    /// </summary>
    /// <param name="inner">The RCNet applied first.</param>
    /// <param name="outer">The RCNet applied second; its input dimension is the inner one's output dimension.</param>
    /// <param name="domain">A box in the inner input space on which the identity must hold; the selector constants are
    /// chosen for it by <see cref="SelectorBound"/>.</param>
    /// <param name="stateDimension">D ≥ max(d1, d2); by default max(d1, d2).</param>
    /// <remarks>Metadata: construction = RC-P3.3, r1, r2, D, M1 (inner selector), M2 (outer selector).</remarks>
    /// <exception cref="NetworkException">When the dimensions do not chain.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When D is too small.</exception>
    public static RCNet Build(RCNet inner, RCNet outer, Box domain, int? stateDimension = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(domain);
        if (inner.OutputDimension != outer.InputDimension)
            throw new NetworkException($"rcnet merge: the inner RCNet gives R^{inner.OutputDimension} but the outer takes R^{outer.InputDimension}");
        if (domain.Dimension != inner.InputDimension)
            throw new NetworkException($"rcnet merge: the domain lies in R^{domain.Dimension} but the inner RCNet takes R^{inner.InputDimension}");
        int d1 = inner.StateDimension, d2 = outer.StateDimension;
        int dim = stateDimension ?? Math.Max(d1, d2);
        if (dim < Math.Max(d1, d2))
            throw new ArgumentOutOfRangeException(nameof(stateDimension), dim, $"rcnet merge: D must be at least max(d1, d2) = {Math.Max(d1, d2)}");
        int r1 = inner.Compositions, r2 = outer.Compositions;
        int slot = dim - d2;

        var lift1 = Embed(inner.G, dim, 0);
        var readout = ReadOut(NetworkCalculus.Compose(outer.L1, inner.L2), dim, slot);
        var first = NetworkCalculus.PostMap(inner.L1, Matrices.Embedding(dim, d1, 0));
        var start = ToBox(BoxAnalysis.IntervalBounds(first, domain));
        var (m1, _) = SelectorBound.Analyze(lift1, readout, r1, 1, start);
        var g1 = TwoPhaseMerge.Build(lift1, readout, m1);

        var lift2 = Embed(outer.G, dim + 1, slot);
        var start2 = Append(start, TwoPhaseMerge.StartCounter(r1));
        var (m2, _) = SelectorBound.Analyze(g1, lift2, r1 + 1, r2, start2);
        var g = TwoPhaseMerge.Build(g1, lift2, m2);

        var counters = new Rational[dim + 2];
        counters[dim] = TwoPhaseMerge.StartCounter(r1);
        counters[dim + 1] = TwoPhaseMerge.StartCounter(r1 + 1);
        var l1 = NetworkCalculus.PostMap(inner.L1, Matrices.Embedding(dim + 2, d1, 0), counters);
        var l2 = NetworkCalculus.PreMap(outer.L2, Matrices.Selection(d2, dim + 2, slot));
        var meta = new Dictionary<string, string>
        {
            ["construction"] = "RC-P3.3",
            ["r1"] = r1.ToString(CultureInfo.InvariantCulture),
            ["r2"] = r2.ToString(CultureInfo.InvariantCulture),
            ["D"] = dim.ToString(CultureInfo.InvariantCulture),
            ["M1"] = m1.ToString(),
            ["M2"] = m2.ToString(),
        };
        return new RCNet(l1, g.WithMeta(meta), l2, r1 + r2 + 1, meta, Labels(inner, outer, dim, slot));
    }

    /// <summary>
    /// What the merged state holds: the inner state on the first d1 coordinates for s_0..s_r1 (0 elsewhere), the outer
    /// state on coordinates slot..slot+d2−1 from the read-out s_{r1+1} on (0 elsewhere), then the two counters.
    /// </summary>
    private static StateLabel[] Labels(RCNet inner, RCNet outer, int dim, int slot)
    {
        int r1 = inner.Compositions, r2 = outer.Compositions, last = r1 + r2 + 1;
        var labels = new StateLabel[dim + 2];
        for (int i = 0; i < dim; i++)
        {
            var phases = new List<StatePhase>();
            if (i < inner.StateDimension) phases.AddRange(inner.LabelOf(i).Phases);
            else phases.Add(new StatePhase(0, r1, "0 (unused while the first part runs)"));
            if (i >= slot && i < slot + outer.StateDimension) phases.AddRange(outer.LabelOf(i - slot).Shifted(r1 + 1));
            else phases.Add(new StatePhase(r1 + 1, last, "0 (cleared when the second part starts)"));
            labels[i] = new StateLabel(phases);
        }
        labels[dim] = new StateLabel(
        [
            new StatePhase(0, r1 + 1, $"{TwoPhaseMerge.StartCounter(r1)} − 2j (inner counter: ≥ 1 steps the first part, −1 at the read-out step)"),
            .. r2 > 0 ? [new StatePhase(r1 + 2, last, "0 (inner counter, cleared)")] : Array.Empty<StatePhase>(),
        ]);
        labels[dim + 1] = StateLabel.Constant(last,
            $"{TwoPhaseMerge.StartCounter(r1 + 1)} − 2j (outer counter: ≥ 1 for the first part and the read-out, ≤ −1 for the second part)");
        return labels;
    }

    /// <summary>w ↦ (0, …, h(w_{offset..offset+d−1}), …, 0) on R^n, h acting on its own d coordinates.</summary>
    internal static Network Embed(Network h, int n, int offset)
    {
        int d = h.InputDimension;
        return NetworkCalculus.PostMap(NetworkCalculus.PreMap(h, Matrices.Selection(d, n, offset)), Matrices.Embedding(n, d, offset));
    }

    /// <summary>w ↦ (0, …, 0, σ(Aw_{1..a} + b) − σ(−Aw_{1..a} − b)) on R^n with the result at coordinates slot.. (one hidden layer of 2·rows).</summary>
    private static Network ReadOut(Network affine, int n, int slot)
    {
        var layer = affine.Layers[0];
        int rows = layer.OutputSize;
        var hiddenRows = new List<IReadOnlyList<(int, Rational)>>();
        var bias = new List<Rational>();
        foreach (var sign in new[] { Rational.One, -Rational.One })
            for (int i = 0; i < rows; i++)
            {
                var cols = layer.RowColumns(i); var vals = layer.RowValues(i);
                var row = new (int, Rational)[cols.Length];
                for (int k = 0; k < cols.Length; k++) row[k] = (cols[k], sign * vals[k]);
                hiddenRows.Add(row);
                bias.Add(sign * layer.Bias[i]);
            }
        var hidden = AffineLayer.Sparse(n, hiddenRows, bias, Activation.Relu);
        var outRows = new IReadOnlyList<(int, Rational)>[n];
        for (int j = 0; j < n; j++) outRows[j] = [];
        for (int i = 0; i < rows; i++) outRows[slot + i] = [(i, Rational.One), (rows + i, -Rational.One)];
        var output = AffineLayer.Sparse(2 * rows, outRows, new Rational[n], Activation.Identity);
        return new Network(n, [hidden, output]);
    }

    private static Box ToBox((Rational[] Lower, Rational[] Upper) bounds) => new(bounds.Lower, bounds.Upper);

    private static Box Append(Box box, Rational value) =>
        new([.. box.Lower.ToArray(), value], [.. box.Upper.ToArray(), value]);
}
