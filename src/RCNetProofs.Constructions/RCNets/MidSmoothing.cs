using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// Mid-smoothing over the trifling region (cited by Zhang–Lu–Zhao as Lemma 3.4 of Lu–Shen–Yang–Zhang; catalogue id
/// RC-TA2): φ_0 = φ, φ_i(x) = mid(φ_{i−1}(x − δe_i), φ_{i−1}(x), φ_{i−1}(x + δe_i)) for i = 1..d.
/// </summary>
/// <remarks>
/// If |φ − f| ≤ ε on [0,1]^d \ Ω([0,1]^d, K, δ) with δ ≤ 1/(3K), then |φ_d − f| ≤ ε + d·ω_f(δ) on all of [0,1]^d: of the
/// three points x − δe_i, x, x + δe_i at most one has its i-th coordinate in a strip of Ω or outside [0, 1] (a strip is
/// open of length δ, two strips are 1/K − δ ≥ 2δ apart, and the end intervals are at least 3δ long), so two of the three
/// values lie within ε + (i − 1)ω_f(δ) of f at their points and within ε + i·ω_f(δ) of f(x), and so does their median.
/// <see cref="Build(Network, Rational)"/> smooths a plain network; <see cref="Step"/> smooths one coordinate of an RCNet
/// and merges the result back into one RCNet, as the proof of Theorem 1.3 does.
/// </remarks>
public static class MidSmoothing
{
    /// <summary>Builds φ_d from φ: R^d → R, smoothing every coordinate in turn.</summary>
    /// <param name="phi">φ: R^d → R.</param>
    /// <param name="delta">δ &gt; 0.</param>
    /// <remarks>
    /// Sizes: each coordinate triples the hidden layers of the network so far and adds mid's two (8 and 6), so φ_d has
    /// depth L + 2d and width max(3^d·N, 3^{d−1}·8) for φ ∈ NN{N, L}. Metadata: construction = RC-TA2, d, delta.
    /// </remarks>
    /// <exception cref="NetworkException">When φ does not have one output.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When δ ≤ 0.</exception>
    public static Network Build(Network phi, Rational delta)
    {
        ArgumentNullException.ThrowIfNull(phi);
        var smoothed = phi;
        for (int i = 0; i < phi.InputDimension; i++) smoothed = Smooth(smoothed, i, delta);
        return smoothed.WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "RC-TA2",
            ["d"] = phi.InputDimension.ToString(CultureInfo.InvariantCulture),
            ["delta"] = delta.ToString(),
        });
    }

    /// <summary>x ↦ mid(φ(x − δe_i), φ(x), φ(x + δe_i)) for one coordinate i (0-based) of a plain network.</summary>
    /// <param name="phi">φ: R^d → R.</param>
    /// <param name="coordinate">i, 0 ≤ i &lt; d.</param>
    /// <param name="delta">δ &gt; 0.</param>
    /// <remarks>Three copies of φ side by side on shifted inputs, then <see cref="Mid"/>: depth L + 2, width max(3N, 8).</remarks>
    /// <exception cref="NetworkException">When φ does not have one output.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When δ ≤ 0 or i is not a coordinate.</exception>
    public static Network Smooth(Network phi, int coordinate, Rational delta)
    {
        ArgumentNullException.ThrowIfNull(phi);
        Require(phi.InputDimension, phi.OutputDimension, coordinate, delta);
        int d = phi.InputDimension;
        var copies = Shifts(d, coordinate, delta).Select(s => NetworkCalculus.PreMap(phi, Matrices.Identity(d), s)).ToArray();
        return NetworkCalculus.Compose(Mid.Build(), NetworkCalculus.Parallel(copies));
    }

    /// <summary>
    /// One step of the proof of Theorem 1.3 on an RCNet L2∘g^{∘R}∘L1: R^d → R with state R^D: the three copies
    /// (L2, L2, L2)∘(g, g, g)^{∘R}∘(L1(x − δe_i), L1(x), L1(x + δe_i)) followed by mid (one composition on R^3), merged by
    /// <see cref="RCNetMerge"/> with state dimension 3D.
    /// </summary>
    /// <param name="net">The RCNet to smooth; it must equal its own composition on <paramref name="domain"/> ± δe_i.</param>
    /// <param name="coordinate">i, 0 ≤ i &lt; d.</param>
    /// <param name="delta">δ &gt; 0.</param>
    /// <param name="domain">The box of x on which the result must equal mid of the three copies (selector constants).</param>
    /// <remarks>
    /// Sizes as in the proof: state 3D + 2, R + 2 compositions, depth max(L + 2, 3) and width at most 3N + 8 + 18D + 2 for
    /// g ∈ NN{N, L; R^D} (the catalogue writes 3N + 14 + 18D + 2 with the width-14 mid). Metadata: construction = RC-TA2,
    /// coordinate (1-based), delta, and the merge's r1, r2, D, M1, M2.
    /// </remarks>
    /// <exception cref="NetworkException">When the RCNet does not have one output or the domain has the wrong dimension.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When δ ≤ 0 or i is not a coordinate.</exception>
    public static RCNet Step(RCNet net, int coordinate, Rational delta, Box domain)
    {
        ArgumentNullException.ThrowIfNull(net);
        ArgumentNullException.ThrowIfNull(domain);
        Require(net.InputDimension, net.OutputDimension, coordinate, delta);
        int d = net.InputDimension;
        var l1 = NetworkCalculus.Parallel(Shifts(d, coordinate, delta).Select(s => NetworkCalculus.PreMap(net.L1, Matrices.Identity(d), s)).ToArray());
        var g = NetworkCalculus.ParallelSeparate([net.G, net.G, net.G]);
        var l2 = NetworkCalculus.ParallelSeparate([net.L2, net.L2, net.L2]);
        var e = $"δe{StateLabel.Subscript(coordinate + 1)}";
        var shifts = new[] { $"x − {e}", "x", $"x + {e}" };
        var copyLabels = shifts.SelectMany(s => Enumerable.Range(0, net.StateDimension).Select(c => net.LabelOf(c).Prefixed($"[copy at {s}] "))).ToArray();
        var copies = new RCNet(l1, g, l2, net.Compositions, labels: copyLabels);
        var identity = NetworkCalculus.Identity(3);
        var mid = new RCNet(identity, NetworkCalculus.PostMap(Mid.Build(), Matrices.Embedding(3, 1, 0)),
            NetworkCalculus.PostMap(identity, Matrices.Selection(1, 3, 0)), 1, labels:
            [
                new StateLabel([new StatePhase(0, 0, $"φ({shifts[0]})"), new StatePhase(1, 1, $"mid(φ({shifts[0]}), φ(x), φ({shifts[2]})) (smoothed value)")]),
                new StateLabel([new StatePhase(0, 0, "φ(x)"), new StatePhase(1, 1, "0")]),
                new StateLabel([new StatePhase(0, 0, $"φ({shifts[2]})"), new StatePhase(1, 1, "0")]),
            ]);
        var merged = RCNetMerge.Build(copies, mid, domain, 3 * net.StateDimension);
        var meta = new Dictionary<string, string>(merged.Meta)
        {
            ["construction"] = "RC-TA2",
            ["coordinate"] = (coordinate + 1).ToString(CultureInfo.InvariantCulture),
            ["delta"] = delta.ToString(),
        };
        return merged.WithMeta(meta);
    }

    /// <summary>The offsets −δe_i, 0, +δe_i in R^d, in the order the median reads them.</summary>
    private static Rational[][] Shifts(int d, int coordinate, Rational delta) =>
        new[] { -delta, Rational.Zero, delta }.Select(s => { var v = new Rational[d]; v[coordinate] = s; return v; }).ToArray();

    private static void Require(int inputs, int outputs, int coordinate, Rational delta)
    {
        if (outputs != 1) throw new NetworkException($"mid-smoothing: the network has {outputs} outputs; it must have 1");
        ArgumentOutOfRangeException.ThrowIfNegative(coordinate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(coordinate, inputs);
        if (delta.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(delta), delta, "mid-smoothing: δ must be positive");
    }
}
