using System.Globalization;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>The selector ψ of Zhang–Lu–Zhao, Lemma E.2 (catalogue id RC-LE2): picks u or v by the sign of a counter t.</summary>
public static class Selector
{
    /// <summary>
    /// Builds ψ ∈ NN{2d + 2, 1; R^{2d+1} → R^{d+1}}, ψ(u, v, t) = (z, t) with
    /// z_j = σ(u_j + Mt) + σ(v_j − Mt) − Mσ(t) − Mσ(−t) and t = σ(t) − σ(−t).
    /// </summary>
    /// <param name="dimension">d ≥ 1, the length of u and v.</param>
    /// <param name="bound">M &gt; 0.</param>
    /// <remarks>
    /// For u, v ∈ [−M, M]^d: z = u when t ≥ 1 and z = v when t ≤ −1. Input order u, v, t; output z then t.
    /// Metadata: construction = RC-LE2, d, M.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When d &lt; 1 or M ≤ 0.</exception>
    public static Network Build(int dimension, Rational bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (bound.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(bound), bound, "selector: M must be positive");
        int d = dimension, t = 2 * d;
        var rows = new List<IReadOnlyList<(int, Rational)>>();
        for (int j = 0; j < d; j++) rows.Add([(j, Rational.One), (t, bound)]);
        for (int j = 0; j < d; j++) rows.Add([(d + j, Rational.One), (t, -bound)]);
        rows.Add([(t, Rational.One)]);
        rows.Add([(t, -Rational.One)]);
        var hidden = AffineLayer.Sparse(2 * d + 1, rows, new Rational[2 * d + 2], Activation.Relu);
        var outRows = new List<IReadOnlyList<(int, Rational)>>();
        for (int j = 0; j < d; j++) outRows.Add([(j, Rational.One), (d + j, Rational.One), (2 * d, -bound), (2 * d + 1, -bound)]);
        outRows.Add([(2 * d, Rational.One), (2 * d + 1, -Rational.One)]);
        var output = AffineLayer.Sparse(2 * d + 2, outRows, new Rational[d + 1], Activation.Identity);
        return new Network(2 * d + 1, [hidden, output], new Dictionary<string, string>
        {
            ["construction"] = "RC-LE2",
            ["d"] = d.ToString(CultureInfo.InvariantCulture),
            ["M"] = bound.ToString(),
        });
    }
}
