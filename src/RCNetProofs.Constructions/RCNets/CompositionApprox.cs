using System.Globalization;
using System.Numerics;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// The RCNet of Zhang–Lu–Zhao, Theorem 1.1 (catalogue id RC-T1.1): L2∘g^{∘(3r+1)}∘L1 with
/// g ∈ NN{69d + 48, 5; R^{5d+5}} and ‖L2∘g^{∘(3r+1)}∘L1 − f‖_{L^p([0,1]^d)} ≤ 6√d·ω_f(r^{−1/d}).
/// </summary>
/// <remarks>
/// The auxiliary RCNet (<see cref="AuxiliaryApprox"/>, 3r − 1 compositions) followed by <see cref="Clip"/> with bound
/// M (one composition), merged by <see cref="RCNetMerge"/> on D = 5d + 3: (3r − 1) + 1 + 1 = 3r + 1 compositions, depth
/// max{3 + 2, 2 + 1} = 5, state 5d + 5. Clipping changes nothing outside Ω when M ≥ the auxiliary network's values there,
/// and makes |φ − f| ≤ 2·max(M, ‖f‖_∞) everywhere; δ is then chosen with K·d·δ·(2 max(M, ‖f‖_∞))^p ≤ ω_f(r^{−1/d})^p, so
/// ‖φ − f‖_p^p ≤ ω^p + (5√d ω)^p ≤ (6√d ω)^p. Departure (docs/divergences.md): M = max_β |f(x_β)| + ε, the exact bound of
/// the auxiliary network's values on the cubes, instead of ‖f‖_∞ + 5√d ω_f(1).
/// </remarks>
public static class CompositionApprox
{
    /// <summary>Builds the RCNet of Theorem 1.1 for f, r and p.</summary>
    /// <param name="target">f on [0,1]^d with ω_f(r^{−1/d}) &gt; 0.</param>
    /// <param name="r">r ≥ 1.</param>
    /// <param name="p">p ≥ 1 (the L^p exponent; it enters only through δ).</param>
    /// <remarks>Metadata: construction = RC-T1.1, target, d, r, p, K, delta, clip M, and the merge's M1, M2.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1 or p &lt; 1.</exception>
    /// <exception cref="ArgumentException">When the target's modulus lower bound at r^{−1/d} is 0.</exception>
    public static RCNet Build(ApproximationTarget target, int r, int p)
    {
        var delta = Gap(target, r, p);
        var bound = ClipBound(target, r);
        var auxiliary = AuxiliaryApprox.Build(target, r, delta);
        var identity = NetworkCalculus.Identity(1);
        var clip = new RCNet(identity, Clip.Build(bound), identity, 1, labels:
        [
            new StateLabel([new StatePhase(0, 0, "φ_A(x) (the auxiliary network's value)"), new StatePhase(1, 1, "max(−M, min(φ_A(x), M)) (clipped: the output)")]),
        ]);
        var merged = RCNetMerge.Build(auxiliary, clip, Box.Cube(target.Dimension, 0, 1));
        var meta = new Dictionary<string, string>(merged.Meta)
        {
            ["construction"] = "RC-T1.1",
            ["target"] = target.Name,
            ["d"] = target.Dimension.ToString(CultureInfo.InvariantCulture),
            ["r"] = r.ToString(CultureInfo.InvariantCulture),
            ["p"] = p.ToString(CultureInfo.InvariantCulture),
            ["K"] = auxiliary.Meta["K"],
            ["delta"] = delta.ToString(),
            ["clip"] = bound.ToString(),
            ["auxiliaryM1"] = auxiliary.Meta["M1"],
            ["auxiliaryM2"] = auxiliary.Meta["M2"],
        };
        return merged.WithMeta(meta);
    }

    /// <summary>The clip bound M = max |f| over the fitted grid values + ε (≥ |auxiliary network| on every cube).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1.</exception>
    public static Rational ClipBound(ApproximationTarget target, int r)
    {
        var (_, values, epsilon, shift) = AuxiliaryApprox.Plan(target, r);
        return values.Select(v => Rational.Abs(v + shift)).Aggregate(Rational.Max) + epsilon;
    }

    /// <summary>
    /// The largest δ = 1/(3K·2^j), j ≥ 0, with δ ≤ ω^p/(K·d·(2B)^p), ω a lower bound of ω_f(r^{−1/d}) and
    /// B = max(M, ‖f‖_∞-bound); a power-of-two step keeps the weights 1/δ̃ short.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1 or p &lt; 1.</exception>
    /// <exception cref="ArgumentException">When the modulus lower bound is 0 (no positive δ would do).</exception>
    public static Rational Gap(ApproximationTarget target, int r, int p)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(r, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        int d = target.Dimension;
        int k = TriflingRegion.GridSize(r, d);
        var omega = target.ModulusLowerBound(RadiusSquaredLower(r, d));
        if (omega.Sign <= 0) throw new ArgumentException($"RCNet theorem 1.1: the modulus lower bound of {target.Name} at r^(-1/d) is {omega}; a positive one is needed", nameof(target));
        var b = Rational.Max(ClipBound(target, r), target.SupNorm);
        var limit = Rational.Pow(omega, p) / (k * d * Rational.Pow(2 * b, p));
        var delta = Rational.Create(1, 3 * k);
        while (delta > limit) delta /= 2;
        return delta;
    }

    /// <summary>A rational ≤ r^{−2/d}: exact for d = 1, 2; 1/⌈r^{1/d}⌉² otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1 or d &lt; 1.</exception>
    public static Rational RadiusSquaredLower(int r, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(r, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (dimension == 1) return Rational.Create(1, (long)r * r);
        if (dimension == 2) return Rational.Create(1, r);
        int k = TriflingRegion.GridSize(r, dimension);
        int ceiling = BigInteger.Pow(k, dimension) == r ? k : k + 1;
        return Rational.Create(1, (long)ceiling * ceiling);
    }
}
