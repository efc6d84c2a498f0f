using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Telgarsky;

/// <summary>The triangle (tent) map Δ of Telgarsky's depth-separation argument (catalogue id TEL-DELTA).</summary>
public static class Triangle
{
    /// <summary>
    /// Builds Δ(x) = 2σ(x) − 4σ(x − 1/2) + 2σ(x − 1): one hidden ReLU layer of width 3, on R → R.
    /// </summary>
    /// <remarks>
    /// As a function: Δ(x) = 2x on [0, 1/2], 2 − 2x on [1/2, 1], and 0 outside [0, 1]; it maps [0, 1] onto
    /// [0, 1] and is symmetric, Δ(x) = Δ(1 − x). Sizes: width 3, depth 1 (two affine layers), 10 parameters (8 non-zero);
    /// every weight is dyadic, so the network also evaluates over <see cref="Dyadic"/>.
    /// Metadata: construction = TEL-DELTA.
    /// </remarks>
    public static Network Build()
    {
        var hidden = AffineLayer.Dense(
            [[Rational.One], [Rational.One], [Rational.One]],
            [Rational.Zero, -Rational.Half, -Rational.One],
            Activation.Relu);
        var output = AffineLayer.Dense([[(Rational)2, (Rational)(-4), (Rational)2]], [Rational.Zero], Activation.Identity);
        return new Network(1, [hidden, output], new Dictionary<string, string> { ["construction"] = "TEL-DELTA" });
    }
}
