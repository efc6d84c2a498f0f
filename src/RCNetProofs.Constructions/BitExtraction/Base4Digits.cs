using System.Globalization;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.BitExtraction;

/// <summary>
/// Extraction of the j-th base-4 digit by a width-2 sawtooth (Shen–Yang–Zhang, Proposition B.1 and Lemma B.2;
/// catalogue ids INT-PB1, INT-LB2).
/// </summary>
/// <remarks>
/// For a = Σ_{j=1}^{J} θ_j 4^{−j} with θ ∈ {0, 1}^J, the integer part of 4^j a has the parity of θ_j and its fractional
/// part lies in [0, 1/3); so the sawtooth T_{4^J} (0 at even and 1 at odd integers of [0, 2·4^J], linear between) sends
/// 4^j a into [0, 1/3] when θ_j = 0 and into [2/3, 1] when θ_j = 1 (LB2), and g(x) = 3σ(x − 1/3) − 3σ(x − 2/3) rounds
/// that to θ_j (PB1). T_{4^J}(y) = h^{∘(2J+1)}(y/2^{2J+1}) with h(x) = 1 − 2σ(x − ½) − 2σ(½ − x), the tent map on [0, 1].
/// </remarks>
public static class Base4Digits
{
    /// <summary>
    /// Builds ϕ = g∘T_{4^J} as a network of width 2 and depth 2J + 2 on R → R, with ϕ(4^j a) = θ_j (j = 1..J) and
    /// ϕ(R) ⊆ [0, 1].
    /// </summary>
    /// <param name="digits">J ≥ 1, the number of base-4 digits.</param>
    /// <remarks>Hidden layers 1..2J+1 hold σ(x − ½), σ(½ − x) of the current tent iterate; layer 2J+2 holds g's two neurons.
    /// Metadata: construction = INT-PB1, J.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When J &lt; 1.</exception>
    public static Network Build(int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        var half = Rational.Half;
        var scale = Rational.Pow(2, -(2 * digits + 1));
        var layers = new List<AffineLayer>(2 * digits + 3)
        {
            AffineLayer.Sparse(1, [[(0, scale)], [(0, -scale)]], [-half, half], Activation.Relu),
        };
        // x' = 1 − 2a − 2b from the previous pair (a, b) = (σ(x − ½), σ(½ − x)).
        Rational two = 2, negTwo = -2;
        for (int l = 1; l < 2 * digits + 1; l++)
            layers.Add(AffineLayer.Sparse(2, [[(0, negTwo), (1, negTwo)], [(0, two), (1, two)]], [half, -half], Activation.Relu));
        layers.Add(AffineLayer.Sparse(2, [[(0, negTwo), (1, negTwo)], [(0, negTwo), (1, negTwo)]],
            [Rational.Create(2, 3), Rational.Create(1, 3)], Activation.Relu));
        layers.Add(AffineLayer.Sparse(2, [[(0, (Rational)3), (1, (Rational)(-3))]], [Rational.Zero], Activation.Identity));
        return new Network(1, layers, new Dictionary<string, string>
        {
            ["construction"] = "INT-PB1",
            ["J"] = digits.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>a = Σ_{j=1}^{J} θ_j 4^{−j} for the digits θ_1..θ_J.</summary>
    public static Rational Encode(IReadOnlyList<bool> digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var v = Rational.Zero;
        for (int j = digits.Count - 1; j >= 0; j--) v = (v + (digits[j] ? 1 : 0)) / 4;
        return v;
    }
}
