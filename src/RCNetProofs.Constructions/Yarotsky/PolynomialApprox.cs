using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Yarotsky;

/// <summary>Approximation of a polynomial on [−1, 1] by Horner's scheme with approximate products (YAR-MUL).</summary>
public static class PolynomialApprox
{
    /// <summary>Largest degree accepted.</summary>
    public const int MaxDegree = 64;

    /// <summary>
    /// Builds Q_0 ≈ p(x) = Σ a_i x^i on [−1, 1]: Q_{n−1} = a_{n−1} + a_n x (exact), Q_j = a_j + ×̃(x, Q_{j+1}).
    /// </summary>
    /// <param name="coefficients">a_0, …, a_n (constant term first); the degree n is the last index.</param>
    /// <param name="levels">m ≥ 1, the levels of every product.</param>
    /// <remarks>
    /// Each ×̃ is <see cref="Product.BuildSymmetric"/> on [−M, M]² with M = <see cref="ProductRange"/>, the smallest
    /// power of two ≥ A + 1, A = Σ|a_i| (so |Σ_{i≥j} a_i x^{i−j}| ≤ A on [−1, 1]).
    /// Lemma (derived): if (n − 1)·M²·4^{−m} ≤ 1 then every Q_{j+1} stays in [−M, M], each product adds at most
    /// M²·4^{−m} and |x| ≤ 1 does not amplify earlier errors, so <b>|Q_0(x) − p(x)| ≤ (n − 1)·M²·4^{−m}</b> on
    /// [−1, 1]; degrees 0 and 1 are exact. x is carried alongside by σ(x) − σ(−x).
    /// Sizes (n ≥ 2): depth (n − 1)(m + 1); width 9 for n = 2, 11 for n ≥ 3. Weights are dyadic when the a_i are.
    /// Metadata: construction = YAR-POLY, n, m, M.
    /// </remarks>
    /// <exception cref="ArgumentException">For no coefficients, a degree above <see cref="MaxDegree"/>, or m too small
    /// for the range condition (n − 1)·M²·4^{−m} ≤ 1.</exception>
    public static Network Build(IReadOnlyList<Rational> coefficients, int levels)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count == 0) throw new ArgumentException("polynomial: needs at least one coefficient", nameof(coefficients));
        int n = coefficients.Count - 1;
        if (n > MaxDegree) throw new ArgumentException($"polynomial: degree {n} > {MaxDegree}", nameof(coefficients));
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        var bound = ProductRange(coefficients);
        var meta = new Dictionary<string, string>
        {
            ["construction"] = "YAR-POLY",
            ["n"] = n.ToString(CultureInfo.InvariantCulture),
            ["m"] = levels.ToString(CultureInfo.InvariantCulture),
            ["M"] = bound.ToString(),
        };
        if (n == 0) return NetworkCalculus.Affine(new Rational[,] { { 0 } }, [coefficients[0]]).WithMeta(meta);
        if (n == 1) return NetworkCalculus.Affine(new Rational[,] { { coefficients[1] } }, [coefficients[0]]).WithMeta(meta);
        if ((n - 1) * Product.SymmetricErrorBound(levels, bound) > 1)
            throw new ArgumentException($"polynomial: m = {levels} is too small; the range condition (n − 1)·M²·4^(−m) ≤ 1 fails for n = {n}, M = {bound}", nameof(levels));

        var times = Product.BuildSymmetric(levels, bound);
        var carryX = NetworkCalculus.Affine(new Rational[,] { { 1, 0 } });
        Network Step(Rational a) => NetworkCalculus.PostMap(times, new Rational[,] { { 1 } }, [a]);
        // Chain, applied right to left: (x, Q_{n−1}), then (x, Q_{n−2}), …, finally Q_0.
        var chain = new List<Network> { Step(coefficients[0]) };
        for (int j = 1; j <= n - 2; j++) chain.Add(NetworkCalculus.Parallel(carryX, Step(coefficients[j])));
        chain.Add(NetworkCalculus.Affine(new Rational[,] { { 1 }, { coefficients[n] } }, [Rational.Zero, coefficients[n - 1]]));
        return NetworkCalculus.Compose(chain).WithMeta(meta);
    }

    /// <summary>M: the smallest power of two ≥ Σ|a_i| + 1, the half-width of the square every product works on.</summary>
    /// <exception cref="ArgumentException">For no coefficients.</exception>
    public static Rational ProductRange(IReadOnlyList<Rational> coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count == 0) throw new ArgumentException("polynomial: needs at least one coefficient", nameof(coefficients));
        var need = Rational.One;
        foreach (var a in coefficients) need += Rational.Abs(a);
        var m = Rational.One;
        while (m < need) m *= 2;
        return m;
    }

    /// <summary>The error bound (n − 1)·M²·4^{−m} of <see cref="Build"/> on [−1, 1] (0 for degree ≤ 1).</summary>
    /// <exception cref="ArgumentException">For no coefficients.</exception>
    public static Rational ErrorBound(IReadOnlyList<Rational> coefficients, int levels)
    {
        int n = (coefficients ?? throw new ArgumentNullException(nameof(coefficients))).Count - 1;
        return n <= 1 ? Rational.Zero : (n - 1) * Product.SymmetricErrorBound(levels, ProductRange(coefficients));
    }
}
