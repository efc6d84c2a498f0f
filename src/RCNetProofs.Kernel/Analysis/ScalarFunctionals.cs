using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// Exact facts about a network R → R on an interval, read off its streamed pieces: Lipschitz constant, range,
/// monotonicity, and equality with another network.
/// </summary>
public static class ScalarFunctionals
{
    /// <summary>Summary of the pieces on [a, b]: the largest |slope|, the smallest and largest value, and the slope signs seen.</summary>
    /// <param name="Enumeration">How the enumeration ended; the other fields cover only what was seen when incomplete.</param>
    /// <param name="Lipschitz">max |slope| over pieces of positive length: the exact Lipschitz constant on [a, b].</param>
    /// <param name="Min">The smallest value on [a, b] (attained at a piece end).</param>
    /// <param name="ArgMin">A point attaining <paramref name="Min"/>.</param>
    /// <param name="Max">The largest value on [a, b].</param>
    /// <param name="ArgMax">A point attaining <paramref name="Max"/>.</param>
    /// <param name="NonDecreasing">True when no piece of positive length has a negative slope.</param>
    /// <param name="NonIncreasing">True when no piece of positive length has a positive slope.</param>
    public sealed record Profile(EnumerationResult Enumeration, Rational Lipschitz, Rational Min, Rational ArgMin, Rational Max, Rational ArgMax,
        bool NonDecreasing, bool NonIncreasing);

    /// <summary>Lipschitz constant, range and monotonicity of N on [a, b], exactly.</summary>
    /// <exception cref="ArgumentException">When N is not R → R or a &gt; b.</exception>
    public static Profile Analyse(Network network, Rational a, Rational b, long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default)
    {
        if (network.InputDimension != 1 || network.OutputDimension != 1)
            throw new ArgumentException($"needs a network R → R; this one is R^{network.InputDimension} → R^{network.OutputDimension}");
        Rational lip = Rational.Zero, min = Rational.Zero, max = Rational.Zero, argMin = a, argMax = a;
        bool first = true, up = true, down = true;
        void See(Rational x, Rational v)
        {
            if (first || v < min) { min = v; argMin = x; }
            if (first || v > max) { max = v; argMax = x; }
            first = false;
        }
        var run = PiecewiseLinear.Enumerate(network, Segment.Interval(a, b), p =>
        {
            See(p.Start, p.ValueAt(p.Start));
            See(p.End, p.ValueAt(p.End));
            if (p.Start < p.End)
            {
                var s = p.Slope[0];
                if (Rational.Abs(s) > lip) lip = Rational.Abs(s);
                if (s.Sign < 0) up = false;
                if (s.Sign > 0) down = false;
            }
            return true;
        }, budget, cancellation);
        return new Profile(run, lip, min, argMin, max, argMax, up, down);
    }

    /// <summary>
    /// Decides N1 = N2 on [a, b] exactly; on a difference returns a rational point where they differ (a piece end
    /// of the difference, where |N1 − N2| is largest).
    /// </summary>
    /// <exception cref="ArgumentException">When either network is not R → R.</exception>
    public static (EnumerationResult Enumeration, bool Equal, Rational? Witness) EqualOn(Network first, Network second, Rational a, Rational b,
        long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default)
    {
        var diff = Difference(first, second);
        var best = Rational.Zero; Rational? witness = null;
        var run = PiecewiseLinear.Enumerate(diff, Segment.Interval(a, b), p =>
        {
            foreach (var x in new[] { p.Start, p.End })
            {
                var v = Rational.Abs(p.ValueAt(x));
                if (v > best) { best = v; witness = x; }
            }
            return true;
        }, budget, cancellation);
        return (run, run.Complete && witness is null, witness);
    }

    /// <summary>
    /// x ↦ N1(x) − N2(x) as one network: both run side by side on the shared input, the shallower one carried to
    /// the common depth by identity-activation neurons, and the outputs subtracted in the last layer.
    /// </summary>
    internal static Network Difference(Network n1, Network n2)
    {
        if (n1.InputDimension != 1 || n2.InputDimension != 1 || n1.OutputDimension != 1 || n2.OutputDimension != 1)
            throw new ArgumentException($"equality on an interval needs two networks R → R; got R^{n1.InputDimension} → R^{n1.OutputDimension} and R^{n2.InputDimension} → R^{n2.OutputDimension}");
        var l1 = PadWithIdentity(n1, Math.Max(n1.Layers.Length, n2.Layers.Length));
        var l2 = PadWithIdentity(n2, Math.Max(n1.Layers.Length, n2.Layers.Length));
        var layers = new List<AffineLayer>();
        for (int l = 0; l < l1.Count; l++)
        {
            var a = l1[l]; var b = l2[l];
            bool last = l == l1.Count - 1;
            var rows = new List<IReadOnlyList<(int, Rational)>>();
            var bias = new List<Rational>(); var acts = new List<Activation>();
            int shift = l == 0 ? 0 : a.InputSize;
            if (!last)
            {
                foreach (var r in a.SparseRows()) rows.Add(r);
                foreach (var r in b.SparseRows()) rows.Add(r.Select(e => (l == 0 ? e.Column : e.Column + shift, e.Value)).ToArray());
                bias.AddRange(a.Bias.ToArray()); bias.AddRange(b.Bias.ToArray());
                acts.AddRange(a.Activations.ToArray()); acts.AddRange(b.Activations.ToArray());
            }
            else
            {
                var row = a.SparseRows()[0].Concat(b.SparseRows()[0].Select(e => (l == 0 ? e.Column : e.Column + shift, -e.Value))).ToList();
                if (l == 0) row = row.GroupBy(e => e.Item1).Select(g => (g.Key, g.Aggregate(Rational.Zero, (s, e) => s + e.Item2))).ToList();
                rows.Add(row);
                bias.Add(a.Bias[0] - b.Bias[0]);
                acts.Add(Activation.Identity);
            }
            int inputs = l == 0 ? 1 : a.InputSize + b.InputSize;
            layers.Add(AffineLayer.Sparse(inputs, rows, bias, acts));
        }
        return new Network(1, layers);
    }

    /// <summary>The network's layers, with the output carried unchanged through extra identity-neuron layers up to <paramref name="count"/> layers.</summary>
    private static List<AffineLayer> PadWithIdentity(Network n, int count)
    {
        var layers = n.Layers.ToList();
        if (layers.Count == count) return layers;
        // The output layer becomes a hidden layer of identity neurons; then 1→1 identity layers follow.
        layers[^1] = layers[^1].WithActivation(Activation.Identity);
        while (layers.Count < count)
            layers.Add(AffineLayer.Sparse(1, [[(0, Rational.One)]], [Rational.Zero], Activation.Identity));
        return layers;
    }
}
