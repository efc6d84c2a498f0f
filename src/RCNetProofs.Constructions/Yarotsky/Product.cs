using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Yarotsky;

/// <summary>Approximate multiplication by polarization from the square approximation h_m (catalogue id YAR-MUL).</summary>
public static class Product
{
    /// <summary>
    /// Builds N_m(x, y) = ½(4h_m((x + y)/2) − h_m(x) − h_m(y)) on R², approximating xy on [0, 1]².
    /// </summary>
    /// <param name="levels">m ≥ 0, the levels of each square approximation.</param>
    /// <remarks>
    /// Lemma (YAR-MUL, unit square): with e = h_m − (·)² ∈ [0, 4^{−(m+1)}] on [0, 1] (YAR-SQ),
    /// N_m − xy = ½(4e((x+y)/2) − e(x) − e(y)) ∈ <b>[−4^{−(m+1)}, 2·4^{−(m+1)}]</b> on [0, 1]², and both ends are
    /// attained: −4^{−(m+1)} at x = 1/2^{m+1}, y = 3/2^{m+1}; 2·4^{−(m+1)} at x = 0, y = 1/2^m. N_m(x, x) = h_m(x).
    /// Construction: three copies of <see cref="SquareApprox.Build"/> side by side, on the inputs (x + y)/2, x, y.
    /// Sizes: width 9, depth m, 9m neurons, 90m − 53 parameters (m ≥ 1); weights dyadic.
    /// Metadata: construction = YAR-MUL, m, domain = [0,1]^2.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When m is outside 0..<see cref="SquareApprox.MaxLevels"/>.</exception>
    public static Network BuildUnit(int levels)
    {
        var h = SquareApprox.Build(levels);
        var half = Rational.Half;
        var terms = new (Rational, Network)[]
        {
            (2, NetworkCalculus.PreMap(h, new Rational[,] { { half, half } })),
            (-half, NetworkCalculus.PreMap(h, new Rational[,] { { 1, 0 } })),
            (-half, NetworkCalculus.PreMap(h, new Rational[,] { { 0, 1 } })),
        };
        return NetworkCalculus.LinearCombination(terms).WithMeta(Meta(levels, "[0,1]^2"));
    }

    /// <summary>
    /// Builds ×̃(x, y) = 2M²(h_m(|x + y|/2M) − h_m(|x|/2M) − h_m(|y|/2M)) on R², approximating xy on [−M, M]².
    /// </summary>
    /// <param name="levels">m ≥ 0.</param>
    /// <param name="bound">M &gt; 0, the half-width of the square.</param>
    /// <remarks>
    /// Lemma (YAR-MUL, Yarotsky's Proposition 3 form): xy = 2M²(((x+y)/2M)² − (x/2M)² − (y/2M)²) and all three
    /// arguments of h_m lie in [0, 1] on [−M, M]², so ×̃ − xy ∈ [−4M²·4^{−(m+1)}, 2M²·4^{−(m+1)}], hence
    /// <b>|×̃(x, y) − xy| ≤ M²·4^{−m}</b>; also ×̃(x, 0) = ×̃(0, y) = 0 exactly (h_m(0) = 0).
    /// Construction: |t| = σ(t) + σ(−t) costs one hidden layer of 6 neurons in front of three copies of h_m.
    /// Sizes: width 9 (6 when m = 0), depth m + 1. Weights are dyadic when M is.
    /// Metadata: construction = YAR-MUL, m, M, domain = [-M,M]^2.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When m is out of range or M ≤ 0.</exception>
    public static Network BuildSymmetric(int levels, Rational bound)
    {
        if (bound.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(bound), bound, "the half-width M must be positive");
        var h = SquareApprox.Build(levels);
        var c = Rational.Reciprocal(2 * bound);
        // t ↦ |t|/2M as one hidden layer σ(t), σ(−t).
        var abs = NetworkCalculus.OneHiddenLayer([(Rational.One, Rational.Zero, c), (-Rational.One, Rational.Zero, c)], Rational.Zero);
        var square = NetworkCalculus.Compose(h, abs);
        var k = 2 * bound * bound;
        var terms = new (Rational, Network)[]
        {
            (k, NetworkCalculus.PreMap(square, new Rational[,] { { 1, 1 } })),
            (-k, NetworkCalculus.PreMap(square, new Rational[,] { { 1, 0 } })),
            (-k, NetworkCalculus.PreMap(square, new Rational[,] { { 0, 1 } })),
        };
        var meta = Meta(levels, "[-M,M]^2");
        meta["M"] = bound.ToString();
        return NetworkCalculus.LinearCombination(terms).WithMeta(meta);
    }

    /// <summary>The error range [−4^{−(m+1)}, 2·4^{−(m+1)}] of N_m − xy on [0, 1]² (both ends attained).</summary>
    public static (Rational Low, Rational High) UnitErrorRange(int levels)
    {
        var e = SquareApprox.Error(levels);
        return (-e, 2 * e);
    }

    /// <summary>The bound M²·4^{−m} on |×̃ − xy| over [−M, M]².</summary>
    /// <exception cref="ArgumentOutOfRangeException">When m &lt; 0 or M ≤ 0.</exception>
    public static Rational SymmetricErrorBound(int levels, Rational bound)
    {
        if (bound.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(bound), bound, "the half-width M must be positive");
        return 4 * bound * bound * SquareApprox.Error(levels);
    }

    /// <summary>The smallest m ≥ 0 with M²·4^{−m} ≤ ε: the levels <see cref="BuildSymmetric"/> needs for accuracy ε on [−M, M]².</summary>
    /// <exception cref="ArgumentOutOfRangeException">When ε ≤ 0 or M ≤ 0.</exception>
    public static int LevelsFor(Rational epsilon, Rational bound)
    {
        if (epsilon.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "accuracy must be positive");
        if (bound.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(bound), bound, "the half-width M must be positive");
        int m = 0;
        var error = bound * bound;
        while (error > epsilon) { error /= 4; m++; }
        return m;
    }

    private static Dictionary<string, string> Meta(int levels, string domain) => new()
    {
        ["construction"] = "YAR-MUL",
        ["m"] = levels.ToString(CultureInfo.InvariantCulture),
        ["domain"] = domain,
    };
}
