using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>The clipping map x ↦ max(−M, min(x, M)) as a ReLU network (Zhang–Lu–Zhao, proof of Theorem 1.1; catalogue id RC-CLIP).</summary>
public static class Clip
{
    /// <summary>
    /// Builds g(x) = min{σ(x + M), 2M} − M in NN{4, 2; R → R}, with min{a, b} = ½(σ(a + b) − σ(−a − b) − σ(a − b) − σ(b − a)):
    /// hidden widths [1, 4].
    /// </summary>
    /// <param name="bound">M &gt; 0.</param>
    /// <remarks>Equals x on [−M, M], −M below and M above. Metadata: construction = RC-CLIP, M.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When M ≤ 0.</exception>
    public static Network Build(Rational bound)
    {
        if (bound.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(bound), bound, "clip: M must be positive");
        var m2 = 2 * bound;
        var first = AffineLayer.Sparse(1, [[(0, Rational.One)]], [bound], Activation.Relu);
        var second = AffineLayer.Sparse(1,
            [[(0, Rational.One)], [(0, -Rational.One)], [(0, Rational.One)], [(0, -Rational.One)]],
            [m2, -m2, -m2, m2], Activation.Relu);
        var half = Rational.Half;
        var output = AffineLayer.Sparse(4, [[(0, half), (1, -half), (2, -half), (3, -half)]], [-bound], Activation.Identity);
        return new Network(1, [first, second, output], new Dictionary<string, string>
        {
            ["construction"] = "RC-CLIP",
            ["M"] = bound.ToString(),
        });
    }
}
