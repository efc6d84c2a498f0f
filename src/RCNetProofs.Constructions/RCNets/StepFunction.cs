using System.Globalization;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// A step function with gaps by repeated composition (Zhang–Lu–Zhao, Proposition 3.1; catalogue id RC-P3.1).
/// </summary>
/// <remarks>
/// The block of <see cref="StepBlock"/> with the narrower ramp δ̃ = (1 − δ)δ/n, fed with L0(x) = ((n − δ − δ̃)/n)·x + δ,
/// which maps each target interval [k, k + 1 − δ·1{k ≤ n − 2}] (k = 0..n−1, the last one [n − 1, n]) into
/// [k, k + 1 − δ̃]; the blocks k ≥ n contribute 0 because L0(x) ≤ n − δ̃.
/// </remarks>
public static class StepFunction
{
    /// <summary>
    /// Builds L2∘g^{∘(m−1)}∘L1 with g ∈ NN{9, 1; R^5}, equal to k on [k, k + 1 − δ·1{k ≤ n − 2}] for k = 0..n−1.
    /// </summary>
    /// <param name="delta">δ ∈ (0, 1), the gap left before each integer 1..n−1.</param>
    /// <param name="n">n ≥ 1, the number of steps.</param>
    /// <param name="m">m ≥ n; the RCNet uses m − 1 compositions.</param>
    /// <remarks>Metadata: construction = RC-P3.1, delta, n, m, and the inner ramp width deltaInner = δ̃.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When δ ∉ (0, 1), n &lt; 1 or m &lt; n.</exception>
    public static RCNet Build(Rational delta, int n, int m)
    {
        StepBlock.RequireGap(delta);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(m, n);
        var inner = InnerGap(delta, n);
        var (a, b) = InputAffine(delta, n);
        var meta = new Dictionary<string, string>
        {
            ["construction"] = "RC-P3.1",
            ["delta"] = delta.ToString(),
            ["deltaInner"] = inner.ToString(),
            ["n"] = n.ToString(CultureInfo.InvariantCulture),
            ["m"] = m.ToString(CultureInfo.InvariantCulture),
        };
        return new RCNet(StepBlock.InputMap(a, b), StepBlock.BuildG(inner), StepBlock.ReadOut(), m - 1, meta,
            StepBlock.Labels("y", m - 1, $" = {a}·x + {b}"));
    }

    /// <summary>The ramp width δ̃ = (1 − δ)δ/n of the inner block.</summary>
    public static Rational InnerGap(Rational delta, int n) => (Rational.One - delta) * delta / n;

    /// <summary>The coefficients (a, b) of L0(x) = a·x + b: a = (n − δ − δ̃)/n, b = δ.</summary>
    public static (Rational Slope, Rational Offset) InputAffine(Rational delta, int n) =>
        ((n - delta - InnerGap(delta, n)) / n, delta);
}
