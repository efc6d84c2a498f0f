using System.Globalization;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Telgarsky;

/// <summary>
/// The sawtooth Δ^{∘k} as a one-hidden-layer network of width 2^k + 1, built from the closed form
/// Δ(⟨2^{k−1}x⟩) rather than by composition (catalogue ids TEL-FRAC, TEL-SHALLOW).
/// </summary>
public static class ShallowSawtooth
{
    /// <summary>Largest k accepted (the network has 2^k + 1 hidden units).</summary>
    public const int MaxK = 20;

    /// <summary>
    /// Builds the one-hidden-layer network equal to x ↦ Δ(⟨2^{k−1}x⟩) on [0, 1] and to 0 outside [0, 1], for
    /// 1 ≤ k ≤ <see cref="MaxK"/>.
    /// </summary>
    /// <param name="k">The sawtooth order; the function has 2^{k−1} teeth.</param>
    /// <remarks>
    /// By TEL-FRAC this function is Δ^{∘k} on all of R, so it is an independent realisation of
    /// <see cref="Sawtooth.Build"/>(k): the knots j/2^k take the values Δ(⟨2^{k−1}j/2^k⟩) (0 for even j, 1 for
    /// odd j) computed from the closed form, and <see cref="ShallowInterpolant"/> interpolates them with slope 0 on
    /// both sides. Every knot is a breakpoint, so the width is 2^k + 1, the smallest width any one-hidden-layer
    /// network realising Δ^{∘k} can have (TEL-SHALLOW), against 3k neurons for the deep <see cref="Sawtooth"/>.
    /// The seed's right-hand side Δ(⟨2^L x⟩) is this network with k = L + 1.
    /// Sizes: width 2^k + 1, depth 1, parameters 3·(2^k + 1) + 1. Metadata: construction = TEL-SHALLOW, k.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When k is outside 1..<see cref="MaxK"/>.</exception>
    public static Network Build(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, MaxK);
        int count = 1 << k;
        var scale = Rational.Pow(2, k - 1);
        var knots = new (Rational X, Rational Y)[count + 1];
        for (int j = 0; j <= count; j++)
        {
            var x = Rational.Create(j, count);
            knots[j] = (x, Tent((scale * x).FractionalPart()));
        }
        return ShallowInterpolant.Build(knots, Rational.Zero, Rational.Zero).WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "TEL-SHALLOW",
            ["k"] = k.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Δ on [0, 1) written piecewise: 2t below 1/2, 2 − 2t from 1/2 on.</summary>
    private static Rational Tent(Rational t) => t <= Rational.Half ? 2 * t : 2 - 2 * t;
}
