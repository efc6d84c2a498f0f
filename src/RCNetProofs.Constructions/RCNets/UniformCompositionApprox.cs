using System.Globalization;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// The RCNet of Zhang–Lu–Zhao, Theorem 1.3 (catalogue id RC-T1.3), the L^∞ version: L2∘g^{∘(3r+2d−1)}∘L1 with
/// g ∈ NN{4^{d+5}·d, 3 + 2d; R^{3^d(5d+4)−1}} and |L2∘g^{∘(3r+2d−1)}∘L1(x) − f(x)| ≤ 6√d·ω_f(r^{−1/d}) on all of [0,1]^d.
/// </summary>
/// <remarks>
/// The auxiliary RCNet (<see cref="AuxiliaryApprox"/>: 3r − 1 compositions, depth 3, state 5d + 3, within 5√d·ω_f(r^{−1/d})
/// of f outside Ω(K, δ)) smoothed coordinate by coordinate with <see cref="MidSmoothing.Step"/>: each step adds two
/// compositions and two hidden layers and maps the state dimension D to 3D + 2, so after d steps the counts are
/// 3r + 2d − 1, 3 + 2d and 3^d(5d + 4) − 1. The gap δ ≤ 1/(3K) is chosen with d·ω_f(δ) ≤ ω_f(r^{−1/d}), so the error is at
/// most 5√d·ω_f(r^{−1/d}) + d·ω_f(δ) ≤ 6√d·ω_f(r^{−1/d}) everywhere. Step i evaluates the network of step i − 1 at x ± δe_i,
/// so that network is built (selector constants) for the box [0,1]^{i−1} × [−δ, 1 + δ]^{d−i+1}; the auxiliary one for
/// [−δ, 1 + δ]^d. No clip is needed.
/// </remarks>
public static class UniformCompositionApprox
{
    /// <summary>Builds the RCNet of Theorem 1.3 for f and r.</summary>
    /// <param name="target">f on [0,1]^d, with a Lipschitz bound (to choose δ) and ω_f(r^{−1/d}) &gt; 0.</param>
    /// <param name="r">r ≥ 1.</param>
    /// <remarks>Metadata: construction = RC-T1.3, target, d, r, K, delta, and the last merge's r1, r2, D, M1, M2.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1.</exception>
    /// <exception cref="ArgumentException">When the target has no Lipschitz bound or its modulus lower bound at r^{−1/d} is 0.</exception>
    public static RCNet Build(ApproximationTarget target, int r)
    {
        var delta = Gap(target, r);
        int d = target.Dimension;
        var net = AuxiliaryApprox.Build(target, r, delta, Domain(d, 0, delta));
        for (int i = 1; i <= d; i++) net = MidSmoothing.Step(net, i - 1, delta, Domain(d, i, delta));
        var meta = new Dictionary<string, string>(net.Meta)
        {
            ["construction"] = "RC-T1.3",
            ["target"] = target.Name,
            ["d"] = d.ToString(CultureInfo.InvariantCulture),
            ["r"] = r.ToString(CultureInfo.InvariantCulture),
            ["K"] = TriflingRegion.GridSize(r, d).ToString(CultureInfo.InvariantCulture),
            ["delta"] = delta.ToString(),
        };
        return net.WithMeta(meta);
    }

    /// <summary>
    /// The largest δ = 1/(3K·2^j), j ≥ 0, with d·ω̄_f(δ) ≤ ω, where ω̄ is the target's modulus upper bound and ω a lower
    /// bound of ω_f(r^{−1/d}).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1.</exception>
    /// <exception cref="ArgumentException">When the target has no Lipschitz bound or the modulus lower bound is 0.</exception>
    public static Rational Gap(ApproximationTarget target, int r)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(r, 1);
        if (target.Lipschitz is null)
            throw new ArgumentException($"RCNet theorem 1.3: {target.Name} has no Lipschitz bound, so no δ with d·ω_f(δ) ≤ ω_f(r^(-1/d)) can be certified", nameof(target));
        int d = target.Dimension;
        int k = TriflingRegion.GridSize(r, d);
        var omega = target.ModulusLowerBound(CompositionApprox.RadiusSquaredLower(r, d));
        if (omega.Sign <= 0) throw new ArgumentException($"RCNet theorem 1.3: the modulus lower bound of {target.Name} at r^(-1/d) is {omega}; a positive one is needed", nameof(target));
        var delta = Rational.Create(1, 3 * k);
        while (d * target.ModulusUpperBound(delta * delta) > omega) delta /= 2;
        return delta;
    }

    /// <summary>The box [0,1]^i × [−δ, 1 + δ]^{d−i} on which the network after i smoothing steps must be exact.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When i ∉ 0..d.</exception>
    public static Box Domain(int dimension, int smoothed, Rational delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(smoothed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(smoothed, dimension);
        var lower = Enumerable.Range(0, dimension).Select(i => i < smoothed ? Rational.Zero : -delta).ToArray();
        var upper = Enumerable.Range(0, dimension).Select(i => i < smoothed ? Rational.One : 1 + delta).ToArray();
        return new Box(lower, upper);
    }
}
