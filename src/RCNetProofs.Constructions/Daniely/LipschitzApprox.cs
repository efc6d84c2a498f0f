using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// Daniely's depth-2 approximation of an L-Lipschitz function on [−R, R]:
/// N(x) = f(0) + Σ_{i=1}^{m} γ_i σ(α_i x + β_i) with α_i ∈ {−1, +1} (catalogue id DAN-LIP).
/// </summary>
/// <remarks>
/// Construction: knots t_i = min(i·h, R), i = 0..K, K = ⌈R/h⌉. For each t_i ∈ [0, R) there are two units,
/// σ(x − t_i) (α = +1) and σ(−x − t_i) (α = −1), so β_i = −t_i and <b>|β_i| ≤ R</b>; m = 2K. The coefficients
/// are the slope changes of the linear interpolant of f at ±t_i (the first one is the first slope), so
/// <b>|γ_i| ≤ 2L</b> (≤ L for the two units at 0). N(0) = f(0), N interpolates f at every ±t_i, beyond ±R its
/// slope stays the last interpolation slope, hence <b>N is L-Lipschitz on all of R</b>, and
/// <b>sup_{[−R,R]} |f − N| ≤ L·h/2</b>. Depth 2 in Daniely's convention (one hidden layer), width m.
/// Units whose γ is 0 are kept, so the width is always exactly 2K.
/// </remarks>
public static class LipschitzApprox
{
    /// <summary>Largest number of knots per side accepted.</summary>
    public const int MaxKnots = 1 << 20;

    /// <summary>
    /// Builds N with knot spacing h = 2ε/L: error ≤ ε and width m = 2⌈RL/(2ε)⌉, which is ≤ 2RL/ε (the seed's
    /// bound) whenever RL ≥ ε.
    /// </summary>
    /// <param name="f">The function (exact rational values at the knots) and its Lipschitz constant L &gt; 0.</param>
    /// <param name="radius">R &gt; 0.</param>
    /// <param name="epsilon">ε &gt; 0.</param>
    /// <remarks>Metadata: construction = DAN-LIP, R, L, h, epsilon.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">For non-positive R, ε or L, or too many knots.</exception>
    public static Network Build(LipschitzTarget f, Rational radius, Rational epsilon)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequirePositive(epsilon, nameof(epsilon));
        RequirePositive(f.LipschitzConstant, nameof(f));
        return WithEpsilon(BuildWithKnotSpacing(f, radius, 2 * epsilon / f.LipschitzConstant), epsilon);
    }

    /// <summary>
    /// Builds N with the seed's knot spacing h = ε/L: error ≤ ε/2 and width m = 2⌈RL/ε⌉, equal to the seed's
    /// 2RL/ε only when RL/ε is an integer (divergences.md).
    /// </summary>
    /// <param name="f">The function and its Lipschitz constant L &gt; 0.</param>
    /// <param name="radius">R &gt; 0.</param>
    /// <param name="epsilon">ε &gt; 0.</param>
    /// <remarks>Metadata: construction = DAN-LIP, R, L, h, epsilon.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">For non-positive R, ε or L, or too many knots.</exception>
    public static Network BuildSeed(LipschitzTarget f, Rational radius, Rational epsilon)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequirePositive(epsilon, nameof(epsilon));
        RequirePositive(f.LipschitzConstant, nameof(f));
        return WithEpsilon(BuildWithKnotSpacing(f, radius, epsilon / f.LipschitzConstant), epsilon);
    }

    /// <summary>Builds N with knots every h on [0, R] and on [−R, 0]; error ≤ L·h/2, width 2⌈R/h⌉.</summary>
    /// <param name="f">The function and its Lipschitz constant L ≥ 0.</param>
    /// <param name="radius">R &gt; 0.</param>
    /// <param name="spacing">h &gt; 0.</param>
    /// <remarks>Metadata: construction = DAN-LIP, R, L, h.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">For non-positive R or h, or more than <see cref="MaxKnots"/> knots per side.</exception>
    public static Network BuildWithKnotSpacing(LipschitzTarget f, Rational radius, Rational spacing)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequirePositive(radius, nameof(radius));
        RequirePositive(spacing, nameof(spacing));
        var k = (radius / spacing).CeilingToInteger();
        if (k > MaxKnots) throw new ArgumentOutOfRangeException(nameof(spacing), spacing, $"R/h needs {k} knots per side > {MaxKnots}");
        int count = (int)k;
        var knots = new Rational[count + 1];
        for (int i = 0; i <= count; i++) knots[i] = Rational.Min(i * spacing, radius);
        var f0 = f.Evaluate(Rational.Zero);
        var units = new List<(Rational InputWeight, Rational Bias, Rational OutputWeight)>(2 * count);
        foreach (var sign in new[] { Rational.One, -Rational.One })
        {
            var slope = Rational.Zero;
            var previous = f0;
            for (int i = 0; i < count; i++)
            {
                // g(u) = f(sign·u) on [0, R]; unit σ(sign·x − t_i) carries the slope change of g at t_i.
                var next = f.Evaluate(sign * knots[i + 1]);
                var s = (next - previous) / (knots[i + 1] - knots[i]);
                units.Add((sign, -knots[i], s - slope));
                slope = s; previous = next;
            }
        }
        return NetworkCalculus.OneHiddenLayer(units, f0).WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "DAN-LIP",
            ["R"] = radius.ToString(),
            ["L"] = f.LipschitzConstant.ToString(),
            ["h"] = spacing.ToString(),
        });
    }

    /// <summary>The width 2⌈R/h⌉ that <see cref="BuildWithKnotSpacing"/> produces.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For non-positive R or h.</exception>
    public static System.Numerics.BigInteger Width(Rational radius, Rational spacing)
    {
        RequirePositive(radius, nameof(radius));
        RequirePositive(spacing, nameof(spacing));
        return 2 * (radius / spacing).CeilingToInteger();
    }

    private static Network WithEpsilon(Network n, Rational epsilon)
    {
        var meta = n.Meta.ToDictionary();
        meta["epsilon"] = epsilon.ToString();
        return n.WithMeta(meta);
    }

    private static void RequirePositive(Rational v, string name)
    {
        if (v.Sign <= 0) throw new ArgumentOutOfRangeException(name, v, $"{name} must be positive");
    }
}
