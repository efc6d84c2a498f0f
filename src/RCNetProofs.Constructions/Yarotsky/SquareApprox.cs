using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Yarotsky;

/// <summary>
/// Yarotsky's approximation of x² on [0, 1]: h_m(x) = x − Σ_{s=1}^{m} Δ^{∘s}(x)/4^s, the piecewise-linear
/// interpolant of x² at the grid k/2^m (catalogue id YAR-SQ).
/// </summary>
public static class SquareApprox
{
    /// <summary>Largest m accepted.</summary>
    public const int MaxLevels = 200;

    /// <summary>Builds h_m as a network in NN{3, m; R → R}, exact on [0, 1], for 0 ≤ m ≤ <see cref="MaxLevels"/>.</summary>
    /// <param name="levels">m, the number of sawtooth levels (and of hidden layers).</param>
    /// <remarks>
    /// Lemma (YAR-SQ): h_m interpolates x² at the points k/2^m, h_s − h_{s−1} = −Δ^{∘s}/4^s, and
    /// <b>sup_{[0,1]} |h_m(x) − x²| = 4^{−(m+1)}</b>, attained at every midpoint (2k+1)/2^{m+1}; h_m ≥ x².
    /// Construction: hidden layer s (s = 1..m) holds σ(y), σ(y − 1/2), σ(S) with y = Δ^{∘(s−1)}(x) and
    /// S = h_{s−1}(x); the next layer reads y′ = 2σ(y) − 4σ(y − 1/2) (Δ on [0, 1], where σ(y − 1) = 0) and
    /// S′ = σ(S) − y′/4^s. Width 3 needs σ(y) = y and σ(S) = S, true on [0, 1] because y ∈ [0, 1] and
    /// S ≥ x² ≥ 0 there; the network equals h_m on [0, 1] only (outside it differs, see docs/divergences.md).
    /// Sizes: width 3, depth m, 3m neurons, 12m − 2 parameters, 8m − 1 non-zeros (m ≥ 1); every weight is dyadic.
    /// m = 0 gives the affine network x (width 0, depth 0), error 1/4.
    /// Metadata: construction = YAR-SQ, m.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When m is outside 0..<see cref="MaxLevels"/>.</exception>
    public static Network Build(int levels)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(levels);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levels, MaxLevels);
        var meta = new Dictionary<string, string>
        {
            ["construction"] = "YAR-SQ",
            ["m"] = levels.ToString(CultureInfo.InvariantCulture),
        };
        if (levels == 0) return NetworkCalculus.Identity(1).WithMeta(meta);
        var layers = new List<AffineLayer>(levels + 1)
        {
            AffineLayer.Sparse(1, [[(0, Rational.One)], [(0, Rational.One)], [(0, Rational.One)]],
                [Rational.Zero, -Rational.Half, Rational.Zero], Activation.Relu),
        };
        for (int s = 1; s < levels; s++)
            layers.Add(AffineLayer.Sparse(3, [Tooth(), Tooth(), Accumulate(s)], [Rational.Zero, -Rational.Half, Rational.Zero], Activation.Relu));
        layers.Add(AffineLayer.Sparse(3, [Accumulate(levels)], [Rational.Zero], Activation.Identity));
        return new Network(1, layers, meta);
    }

    /// <summary>
    /// The smallest m ≥ 0 with 4^{−(m+1)} ≤ ε, i.e. max(0, ⌈log₄(1/ε)⌉ − 1): the number of levels
    /// <see cref="Build"/> needs for accuracy ε on [0, 1].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When ε ≤ 0.</exception>
    public static int LevelsFor(Rational epsilon)
    {
        if (epsilon.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "accuracy must be positive");
        int m = 0;
        var error = Rational.Create(1, 4);
        while (error > epsilon) { error /= 4; m++; }
        return m;
    }

    /// <summary>The exact sup-norm error 4^{−(m+1)} of h_m against x² on [0, 1].</summary>
    public static Rational Error(int levels)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(levels);
        return Rational.Pow(4, -(levels + 1));
    }

    /// <summary>Row y′ = 2σ(y) − 4σ(y − 1/2) over the previous layer (σ(y), σ(y − 1/2), σ(S)).</summary>
    private static (int, Rational)[] Tooth() => [(0, (Rational)2), (1, (Rational)(-4))];

    /// <summary>Row S′ = σ(S) − (2σ(y) − 4σ(y − 1/2))/4^s.</summary>
    private static (int, Rational)[] Accumulate(int s)
    {
        var q = Rational.Pow(4, -s);
        return [(0, -2 * q), (1, 4 * q), (2, Rational.One)];
    }
}
