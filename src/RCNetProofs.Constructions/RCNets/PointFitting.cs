using System.Globalization;
using RCNetProofs.Constructions.BitExtraction;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// Point fitting by repeated composition (Zhang–Lu–Zhao, Proposition 3.2; catalogue id RC-P3.2): two bit-sum
/// extractors run side by side on the up-steps and down-steps of ⌊y_k/ε⌋.
/// </summary>
/// <remarks>
/// Pad y to length m with its last value; a_k = ⌊y_k/ε⌋, so b_k = a_k − a_{k−1} ∈ {−1, 0, 1} when |y_k − y_{k−1}| ≤ ε;
/// c_k = [b_k = 1], d_k = [b_k = −1] (k = 1..m−1). g is two copies of <see cref="BitSum.BuildG"/> with r = m − 1,
/// L1(x) = (x − 1, bin 0.c, 0, x − 1, bin 0.d, 0) and L2(z) = ε(a_0 + z_3 − z_6) = ε·a_k at x = k. The target values
/// enter only through the two bit strings (biases of L1) and a_0, ε (L2); g depends on m alone.
/// </remarks>
public static class PointFitting
{
    /// <summary>
    /// Builds L2∘g^{∘(m−1)}∘L1 with g ∈ NN{16, 2; R^6} and L2∘g^{∘(m−1)}∘L1(k) = ε⌊y_k/ε⌋ ∈ (y_k − ε, y_k] for k = 0..n−1.
    /// </summary>
    /// <param name="values">y_0..y_{n−1}, all ≥ 0, consecutive ones at most ε apart; n ≥ 1.</param>
    /// <param name="epsilon">ε &gt; 0.</param>
    /// <param name="m">m ≥ n; m − 1 compositions.</param>
    /// <remarks>Metadata: construction = RC-P3.2, n, m, epsilon, a0, and the bit strings c and d as 0/1 text.</remarks>
    /// <exception cref="ArgumentException">For a negative value or a step larger than ε.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When ε ≤ 0, n = 0 or m &lt; n.</exception>
    public static RCNet Build(IReadOnlyList<Rational> values, Rational epsilon, int m)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (epsilon.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "point fitting: ε must be positive");
        if (values.Count == 0) throw new ArgumentOutOfRangeException(nameof(values), "point fitting: needs at least one value");
        ArgumentOutOfRangeException.ThrowIfLessThan(m, values.Count);
        for (int k = 0; k < values.Count; k++)
        {
            if (values[k].Sign < 0) throw new ArgumentException($"point fitting: y_{k} = {values[k]} is negative", nameof(values));
            if (k > 0 && Rational.Abs(values[k] - values[k - 1]) > epsilon)
                throw new ArgumentException($"point fitting: |y_{k} − y_{k - 1}| = {Rational.Abs(values[k] - values[k - 1])} > ε = {epsilon}", nameof(values));
        }
        var a = new System.Numerics.BigInteger[m];
        for (int k = 0; k < m; k++) a[k] = (values[Math.Min(k, values.Count - 1)] / epsilon).FloorToInteger();
        var up = new bool[m - 1]; var down = new bool[m - 1];
        for (int k = 1; k < m; k++) { up[k - 1] = a[k] - a[k - 1] == 1; down[k - 1] = a[k] - a[k - 1] == -1; }
        var block = BitSum.BuildG(Math.Max(m - 1, 1));
        var g = NetworkCalculus.ParallelSeparate(block, block);
        var l1 = new Network(1, [AffineLayer.Sparse(1,
            [[(0, Rational.One)], [], [], [(0, Rational.One)], [], []],
            [-Rational.One, BitSum.Encode(up), 0, -Rational.One, BitSum.Encode(down), 0], Activation.Identity)]);
        var l2 = new Network(6, [AffineLayer.Sparse(6, [[(2, epsilon), (5, -epsilon)]], [epsilon * a[0]], Activation.Identity)]);
        var meta = new Dictionary<string, string>
        {
            ["construction"] = "RC-P3.2",
            ["n"] = values.Count.ToString(CultureInfo.InvariantCulture),
            ["m"] = m.ToString(CultureInfo.InvariantCulture),
            ["epsilon"] = epsilon.ToString(),
            ["a0"] = a[0].ToString(CultureInfo.InvariantCulture),
            ["c"] = string.Concat(up.Select(b => b ? '1' : '0')),
            ["d"] = string.Concat(down.Select(b => b ? '1' : '0')),
        };
        return new RCNet(l1, g, l2, m - 1, meta, Labels("x", m - 1));
    }

    /// <summary>
    /// What the six state coordinates hold after j steps: the bit-sum extractor on the up-steps c, then the one on the
    /// down-steps d, both indexed by the input (<see cref="BitSum.Labels"/>).
    /// </summary>
    /// <param name="index">The name of the input, e.g. "J" (the point index).</param>
    /// <param name="last">The last state index (m − 1).</param>
    /// <param name="note">Appended to the first coordinate's meaning (e.g. what the index is).</param>
    public static StateLabel[] Labels(string index, int last, string note = "")
    {
        var labels = (StateLabel[])[.. BitSum.Labels(index, "c", last), .. BitSum.Labels(index, "d", last)];
        labels[0] = new StateLabel(labels[0].Phases.Select(p => p with { Meaning = p.Meaning + note }));
        labels[1] = new StateLabel(labels[1].Phases.Select(p => p with { Meaning = p.Meaning + "; c_k = 1 where the fitted values step up" }));
        labels[4] = new StateLabel(labels[4].Phases.Select(p => p with { Meaning = p.Meaning + "; d_k = 1 where they step down" }));
        return labels;
    }
}
