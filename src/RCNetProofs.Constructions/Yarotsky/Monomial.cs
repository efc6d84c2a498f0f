using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Yarotsky;

/// <summary>Approximation of the monomial x^k on [0, 1] by a chain of approximate products (YAR-MUL applied k − 1 times).</summary>
public static class Monomial
{
    /// <summary>Largest degree accepted.</summary>
    public const int MaxDegree = 64;

    /// <summary>Builds P_k ≈ x^k on [0, 1]: P_2 = h_m(x), P_3 = N_m(x, P_2), P_j = N_m(x, clip(P_{j−1})) for j ≥ 4.</summary>
    /// <param name="degree">k, 0 ≤ k ≤ <see cref="MaxDegree"/>.</param>
    /// <param name="levels">m ≥ 1, the levels of every square approximation inside.</param>
    /// <remarks>
    /// Lemma (derived from YAR-SQ and YAR-MUL): on [0, 1], |P_k(x) − x^k| ≤ <b>(2k − 3)·4^{−(m+1)}</b> for k ≥ 2
    /// (P_2 = h_m has error in [0, δ], δ = 4^{−(m+1)}; each product adds at most 2δ because its arguments lie in
    /// [0, 1] and |x| ≤ 1 does not amplify the previous error); P_0 = 1 and P_1 = x are exact.
    /// clip(t) = σ(t) − σ(t − 1) keeps the second factor in [0, 1], where N_m's error bound holds; P_2 = h_m already
    /// lies in [0, 1], so the first product needs no clip. x is carried alongside by σ(x) (x ≥ 0).
    /// Sizes: k ≤ 1: depth 0; k = 2: width 3, depth m; k = 3: width 9, depth 2m; k ≥ 4: width 10,
    /// depth 2m + (k − 3)(m + 1).
    /// Metadata: construction = YAR-POW, k, m.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When k or m is out of range.</exception>
    public static Network Build(int degree, int levels)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(degree, MaxDegree);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levels, SquareApprox.MaxLevels);
        var meta = new Dictionary<string, string>
        {
            ["construction"] = "YAR-POW",
            ["k"] = degree.ToString(CultureInfo.InvariantCulture),
            ["m"] = levels.ToString(CultureInfo.InvariantCulture),
        };
        if (degree == 0) return NetworkCalculus.Affine(new Rational[,] { { 0 } }, [Rational.One]).WithMeta(meta);
        var square = SquareApprox.Build(levels);
        if (degree == 1) return NetworkCalculus.Identity(1).WithMeta(meta);
        if (degree == 2) return square.WithMeta(meta);

        var product = Product.BuildUnit(levels);
        // (x, p) ↦ (x, N_m(x, p)), x carried by σ(x).
        var carryX = NetworkCalculus.Affine(new Rational[,] { { 1, 0 } });
        var step = NetworkCalculus.Parallel(carryX, product, IdentityMode.NonNegative);
        // (x, p) ↦ (σ(x), σ(p) − σ(p − 1)) = (x, clip(p)) for x ≥ 0.
        var clip = NetworkCalculus.OneHiddenLayer(
            new Rational[,] { { 1, 0 }, { 0, 1 }, { 0, 1 } }, [0, 0, -1],
            new Rational[,] { { 1, 0, 0 }, { 0, 1, -1 } });
        var clippedStep = NetworkCalculus.Compose(step, clip);
        var clippedLast = NetworkCalculus.Compose(product, clip);

        // Chain, applied right to left: start (x, h_m(x)), then P_3, …, P_k.
        var chain = new List<Network>();
        chain.Add(degree == 3 ? product : clippedLast);
        for (int j = degree - 1; j >= 4; j--) chain.Add(clippedStep);
        if (degree >= 4) chain.Add(step);
        chain.Add(NetworkCalculus.Parallel(NetworkCalculus.Identity(1), square, IdentityMode.NonNegative));
        return NetworkCalculus.Compose(chain).WithMeta(meta);
    }

    /// <summary>The error bound (2k − 3)·4^{−(m+1)} of <see cref="Build"/> on [0, 1] for k ≥ 2, and 0 for k ≤ 1.</summary>
    public static Rational ErrorBound(int degree, int levels)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        return degree <= 1 ? Rational.Zero : (2 * degree - 3) * SquareApprox.Error(levels);
    }
}
