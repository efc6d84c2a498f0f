using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// The auxiliary RCNet of Zhang–Lu–Zhao, Theorem A.1 (catalogue id RC-TA1): L2∘g^{∘(3r−1)}∘L1 with
/// g ∈ NN{39d + 24, 3; R^{5d+3}}, within 5√d·ω_f(r^{−1/d}) of f outside the trifling region Ω(K, δ), K = ⌊r^{1/d}⌋.
/// </summary>
/// <remarks>
/// Φ1 (index map): d copies of <see cref="StepFunction"/> (n = K, m = r, gap Kδ) on K·x_i; Φ1 = β on Q_β after r − 1
/// steps. L̂3(β) = Σ_{i&lt;d} β_i/K^i + β_d/(2K^d) numbers the cubes by j = 2K^d·L̂3(β) ∈ {0..2K^d − 1}; the indices
/// between two cube blocks (and up to the point 𝟙 = (1,…,1), index 2K^d) are filled by linear interpolation.
/// φ2 (point fitting): <see cref="PointFitting"/> with m = 2r on those 2K^d values, 2r − 1 steps. The two are merged
/// with <see cref="RCNetMerge"/> on D = 5d + 1: (r − 1) + (2r − 1) + 1 = 3r − 1 compositions, state R^{5d+3}.
/// The values fitted are f̃ = f − f(0) + Ω_f with Ω_f the target's oscillation bound (≥ ω_f(√d), so f̃ ≥ 0) as in the
/// paper. Departure (docs/divergences.md): ε is the largest step between consecutive fitted values, not ω_f(√d/K); it
/// needs f only at rational points and still satisfies ε ≤ ω_f(√d/K), so the error outside Ω is at most
/// ε + ω_f(√d/K) ≤ 2ω_f(√d/K) ≤ 5√d·ω_f(r^{−1/d}).
/// </remarks>
public static class AuxiliaryApprox
{
    /// <summary>Builds the RCNet of Theorem A.1 for f, r and δ.</summary>
    /// <param name="target">f on [0,1]^d.</param>
    /// <param name="r">r ≥ 1.</param>
    /// <param name="delta">δ ∈ (0, 1/(3K)].</param>
    /// <param name="domain">The box on which the merged RCNet must equal the composition of its two parts (the selector
    /// constants are chosen for it); by default [0,1]^d. The L^∞ theorem evaluates the network at x ± δe_i and passes a
    /// box reaching δ beyond [0,1]^d.</param>
    /// <remarks>Metadata: construction = RC-TA1, d, r, K, delta, epsilon, shift, and the merge's M1, M2.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1 or δ ∉ (0, 1/(3K)].</exception>
    /// <exception cref="ArgumentException">When the domain is not a box in R^d.</exception>
    public static RCNet Build(ApproximationTarget target, int r, Rational delta, Box? domain = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(r, 1);
        int d = target.Dimension;
        int k = TriflingRegion.GridSize(r, d);
        if (delta.Sign <= 0 || delta * 3 * k > 1)
            throw new ArgumentOutOfRangeException(nameof(delta), delta, $"auxiliary RCNet: δ must lie in (0, 1/(3K)] = (0, 1/{3 * k}]");
        if (domain is not null && domain.Dimension != d)
            throw new ArgumentException($"auxiliary RCNet: the domain lies in R^{domain.Dimension}, the target in R^{d}", nameof(domain));
        var (_, values, epsilon, shift) = Plan(target, r);
        int cells = 2 * (int)System.Numerics.BigInteger.Pow(k, d);

        // Φ1: d step functions side by side, on y_i = a·K·x_i + b
        var gap = k * delta;
        var (a, b) = StepFunction.InputAffine(gap, k);
        var block = StepBlock.BuildG(StepFunction.InnerGap(gap, k));
        var floorG = NetworkCalculus.ParallelSeparate(Enumerable.Repeat(block, d).ToArray());
        var l1Rows = new List<IReadOnlyList<(int, Rational)>>(); var l1Bias = new List<Rational>();
        for (int i = 0; i < d; i++)
        {
            var slope = a * k;
            l1Rows.AddRange([[(i, slope)], [], [], [(i, slope)], []]);
            l1Bias.AddRange([b, 1, 1, b, 0]);
        }
        var floorL1 = new Network(d, [AffineLayer.Sparse(d, l1Rows, l1Bias, Activation.Identity)]);
        // L̂3∘L̂2: the floor sums sit at coordinate 5 of each block
        var index = Enumerable.Range(0, d).Select(i => (5 * i + 4, i < d - 1 ? Rational.Pow(k, -(i + 1)) : Rational.One / (Rational)cells)).ToArray();
        var floorL2 = new Network(5 * d, [AffineLayer.Sparse(5 * d, [index], [Rational.Zero], Activation.Identity)]);
        var floorLabels = Enumerable.Range(1, d).SelectMany(i =>
            StepBlock.Labels($"y{StateLabel.Subscript(i)}", r - 1, $" = (K − Kδ − δ̃)·x{StateLabel.Subscript(i)} + Kδ, δ̃ = (1 − Kδ)δ")).ToArray();
        var floor = new RCNet(floorL1, floorG, floorL2, r - 1, labels: floorLabels);

        // φ2 on the index 2K^d·t, shifted back by min f
        var fit = PointFitting.Build(values, epsilon, 2 * r);
        var fitL1 = NetworkCalculus.PreMap(fit.L1, new Rational[,] { { cells } });
        var fitL2 = NetworkCalculus.PostMap(fit.L2, new Rational[,] { { 1 } }, [shift]);
        // J = 2K^d·L̂3(β), the number of the cube holding x
        var point = new RCNet(fitL1, fit.G, fitL2, fit.Compositions, labels: PointFitting.Labels("J", fit.Compositions,
            "; J = 2K^d·L̂3(β), the number of the cube Q_β holding x"));

        var merged = RCNetMerge.Build(floor, point, domain ?? Box.Cube(d, 0, 1), 5 * d + 1);
        var meta = new Dictionary<string, string>(merged.Meta)
        {
            ["construction"] = "RC-TA1",
            ["target"] = target.Name,
            ["d"] = d.ToString(CultureInfo.InvariantCulture),
            ["r"] = r.ToString(CultureInfo.InvariantCulture),
            ["K"] = k.ToString(CultureInfo.InvariantCulture),
            ["delta"] = delta.ToString(),
            ["epsilon"] = epsilon.ToString(),
            ["shift"] = shift.ToString(),
        };
        return merged.WithMeta(meta);
    }

    /// <summary>
    /// The point-fitting data: K, the 2K^d values y_j = f̃ at the numbered cube representatives (linearly interpolated in
    /// the filler indices), ε = the largest |y_j − y_{j−1}| (1 if all are equal) and the shift f(0) − Ω_f subtracted
    /// (Ω_f the oscillation bound).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1.</exception>
    public static (int K, IReadOnlyList<Rational> Values, Rational Epsilon, Rational Shift) Plan(ApproximationTarget target, int r)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(r, 1);
        int d = target.Dimension;
        int k = TriflingRegion.GridSize(r, d);
        int rows = (int)System.Numerics.BigInteger.Pow(k, d - 1);
        int cells = 2 * k * rows;
        var raw = new Rational[cells + 1];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < k; j++)
            {
                var x = new Rational[d];
                int rest = i;
                for (int l = d - 2; l >= 0; l--) { x[l] = Rational.Create(rest % k, k); rest /= k; }
                x[d - 1] = Rational.Create(j, k);
                raw[2 * k * i + j] = target.Value(x);
            }
        raw[cells] = target.Value(Enumerable.Repeat(Rational.One, d).ToArray());
        for (int i = 0; i < rows; i++)
        {
            int j0 = 2 * k * i + k - 1, j1 = 2 * k * (i + 1);
            for (int j = j0 + 1; j < j1; j++) raw[j] = raw[j0] + (raw[j1] - raw[j0]) * (j - j0) / (j1 - j0);
        }
        var shift = target.Value(new Rational[d]) - target.Oscillation;
        var values = raw.Take(cells).Select(v => v - shift).ToArray();
        var epsilon = Rational.Zero;
        for (int j = 1; j < values.Length; j++) epsilon = Rational.Max(epsilon, Rational.Abs(values[j] - values[j - 1]));
        return (k, values, epsilon.IsZero ? Rational.One : epsilon, shift);
    }
}
