using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// Daniely's depth-3 network for an inner-product function F(x, x′) = f(⟨x, x′⟩) on S^{d−1} × S^{d−1}
/// (catalogue id DAN-D3): N_F = N_f ∘ N_i.
/// </summary>
public static class DepthThree
{
    /// <summary>
    /// Builds N_F = N_f ∘ N_i with N_i = <see cref="InnerProductApprox.Build"/>(d, ε/(2L)) and
    /// N_f = <see cref="LipschitzApprox.BuildSeed"/>(f, 1, ε/2).
    /// </summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="f">f on [−1, 1] with its Lipschitz constant L &gt; 0.</param>
    /// <param name="epsilon">ε &gt; 0.</param>
    /// <remarks>
    /// Lemma: N_f is L-Lipschitz on all of R (DAN-LIP), so values of N_i slightly outside [−1, 1] are harmless and
    /// <b>|N_F − F| ≤ L·|N_i − ⟨x, x′⟩| + |N_f − f| ≤ L·ε/(2L) + ε/2 = ε</b> on the sphere pair.
    /// Sizes: two hidden layers (depth 3 in Daniely's convention) of widths <b>2d⌈8dL/ε⌉</b> (= 16d²L/ε when 8dL/ε is an
    /// integer) and <b>2⌈2L/ε⌉</b> (= 4L/ε when 2L/ε is an integer); the width of N_F is the larger. For
    /// f(t) = sin(πd³t), L = πd³ and the first width is 16πd⁵/ε.
    /// Metadata: construction = DAN-D3, d, L, epsilon.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1, ε ≤ 0 or L ≤ 0.</exception>
    public static Network Build(int dimension, LipschitzTarget f, Rational epsilon)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (epsilon.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "accuracy must be positive");
        var l = f.LipschitzConstant;
        if (l.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(f), l, "the Lipschitz constant must be positive");
        var inner = InnerProductApprox.Build(dimension, epsilon / (2 * l));
        var outer = LipschitzApprox.BuildSeed(f, 1, epsilon / 2);
        return NetworkCalculus.Compose(outer, inner).WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "DAN-D3",
            ["d"] = dimension.ToString(CultureInfo.InvariantCulture),
            ["L"] = l.ToString(),
            ["epsilon"] = epsilon.ToString(),
        });
    }
}
