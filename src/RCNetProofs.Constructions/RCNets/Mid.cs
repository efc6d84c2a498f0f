using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>The median mid(x1, x2, x3) as a ReLU network (cited by Zhang–Lu–Zhao from Lu–Shen–Yang–Zhang; catalogue id RC-MID).</summary>
public static class Mid
{
    /// <summary>
    /// Builds mid ∈ NN{8, 2; R^3 → R} (hidden widths [8, 6]) as s − max − min with s = x1 + x2 + x3.
    /// </summary>
    /// <remarks>
    /// Layer 1: σ(x1 − x2), σ(x2 − x1), σ(x2), σ(−x2), σ(x3), σ(−x3), σ(s), σ(−s); with m12 = max(x1, x2) and
    /// n12 = min(x1, x2) read from it, layer 2: σ(m12 − x3), σ(x3), σ(−x3), σ(x3 − n12), σ(s), σ(−s); output
    /// σ(s) − σ(−s) − 2(σ(x3) − σ(−x3)) − σ(m12 − x3) + σ(x3 − n12). The cited lemma has width 14; this realisation is
    /// narrower (docs/divergences.md). Metadata: construction = RC-MID.
    /// </remarks>
    public static Network Build()
    {
        Rational one = Rational.One, neg = -Rational.One;
        var first = AffineLayer.Sparse(3,
        [
            [(0, one), (1, neg)], [(0, neg), (1, one)], [(1, one)], [(1, neg)],
            [(2, one)], [(2, neg)], [(0, one), (1, one), (2, one)], [(0, neg), (1, neg), (2, neg)],
        ], new Rational[8], Activation.Relu);
        // inputs of layer 2: p = σ(x1−x2), q = σ(x2−x1), u = σ(x2), v = σ(−x2), w = σ(x3), y = σ(−x3), S = σ(s), T = σ(−s)
        var second = AffineLayer.Sparse(8,
        [
            [(0, one), (2, one), (3, neg), (4, neg), (5, one)],   // m12 − x3 = p + u − v − (w − y)
            [(4, one), (5, neg)],                                // x3
            [(4, neg), (5, one)],                                // −x3
            [(1, one), (2, neg), (3, one), (4, one), (5, neg)],   // x3 − n12 = (w − y) − (u − v) + q
            [(6, one), (7, neg)],                                // s
            [(6, neg), (7, one)],                                // −s
        ], new Rational[6], Activation.Relu);
        var output = AffineLayer.Sparse(6, [[(0, neg), (1, (Rational)(-2)), (2, (Rational)2), (3, one), (4, one), (5, neg)]],
            [Rational.Zero], Activation.Identity);
        return new Network(3, [first, second, output], new Dictionary<string, string> { ["construction"] = "RC-MID" });
    }
}
