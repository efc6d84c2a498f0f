using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>Daniely's depth-2 network for the inner product ⟨x, x′⟩ of two points of the unit sphere S^{d−1} (catalogue id DAN-IP).</summary>
public static class InnerProductApprox
{
    /// <summary>
    /// Builds N(x, x′) = ½ Σ_{i=1}^{d} N_sq(x_i + x′_i) − 1 on R^{2d} (input x then x′), with N_sq the
    /// <see cref="LipschitzApprox.BuildSeed"/> network for t² on [−2, 2] (L = 4) at accuracy η′ = 2η/d.
    /// </summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="eta">η &gt; 0, the target accuracy.</param>
    /// <remarks>
    /// Lemma: for x, x′ ∈ S^{d−1}, ⟨x, x′⟩ = ½ Σ_i (x_i + x′_i)² − 1 and |x_i + x′_i| ≤ 2, so
    /// <b>|N(x, x′) − ⟨x, x′⟩| ≤ ½·d·(η′/2) = η/2 ≤ η</b> (the seed spacing h = η′/4 gives per-square error ≤ η′/2; the
    /// sharper interpolation error of t² is h²/4). Width (one hidden layer, depth 2 in Daniely's convention):
    /// <b>d·2⌈8/η′⌉ = 2d⌈4d/η⌉</b>, which is the seed's <b>8d²/η</b> when 4d/η is an integer (at η = ε/(2L):
    /// 16d²L/ε). Weights: input weights ±1, |bias| ≤ 2, |output weight| ≤ ½·2L = 4.
    /// Metadata: construction = DAN-IP, d, eta.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1 or η ≤ 0.</exception>
    public static Network Build(int dimension, Rational eta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (eta.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(eta), eta, "accuracy must be positive");
        var square = LipschitzApprox.BuildSeed(Square, 2, 2 * eta / dimension);
        var terms = new (Rational, Network)[dimension];
        for (int i = 0; i < dimension; i++)
        {
            var pick = new Rational[1, 2 * dimension];
            pick[0, i] = Rational.One;
            pick[0, dimension + i] = Rational.One;
            terms[i] = (Rational.Half, NetworkCalculus.PreMap(square, pick));
        }
        var sum = NetworkCalculus.LinearCombination(terms);
        return NetworkCalculus.PostMap(sum, new Rational[,] { { 1 } }, [-Rational.One]).WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "DAN-IP",
            ["d"] = dimension.ToString(CultureInfo.InvariantCulture),
            ["eta"] = eta.ToString(),
        });
    }

    /// <summary>The width 2d⌈4d/η⌉ of <see cref="Build"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1 or η ≤ 0.</exception>
    public static System.Numerics.BigInteger Width(int dimension, Rational eta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (eta.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(eta), eta, "accuracy must be positive");
        return 2 * dimension * (4 * dimension / eta).CeilingToInteger();
    }

    /// <summary>t ↦ t², 4-Lipschitz on [−2, 2].</summary>
    internal static LipschitzTarget Square { get; } = new("t^2 on [-2,2]", t => t * t, 4);
}
