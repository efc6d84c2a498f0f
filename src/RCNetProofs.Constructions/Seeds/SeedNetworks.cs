using System.Globalization;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Seeds;

/// <summary>
/// The formulas of seed S4 exactly as the seed writes them, built as networks, so that the kernel can refute them
/// with exact witnesses (see <see cref="SeedStatements"/>). They are deliberately not the correct constructions.
/// </summary>
public static class SeedNetworks
{
    /// <summary>The seed's triangle map 2σ(x) − 4σ(x − 1/2) + σ(x) (SEED-DELTA), one hidden layer of width 3.</summary>
    /// <remarks>Equals 3σ(x) − 4σ(x − 1/2); differs from Δ at every x &gt; 0 except where both vanish.</remarks>
    public static Network Delta() =>
        NetworkCalculus.OneHiddenLayer(
            [(Rational.One, Rational.Zero, (Rational)2), (Rational.One, -Rational.Half, (Rational)(-4)), (Rational.One, Rational.Zero, Rational.One)],
            Rational.Zero).WithMeta(Meta("SEED-DELTA"));

    /// <summary>The seed's fractal right-hand side x ↦ Δ(⟨2^L x⟩) on [0, 1] (SEED-FRAC), for 1 ≤ L &lt; <see cref="ShallowSawtooth.MaxK"/>.</summary>
    /// <remarks>This is Δ^{∘(L+1)} on [0, 1], realised by <see cref="ShallowSawtooth.Build"/>(L + 1).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">For L out of range.</exception>
    public static Network FractalRightSide(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(depth, ShallowSawtooth.MaxK);
        return ShallowSawtooth.Build(depth + 1).WithMeta(Meta("SEED-FRAC", ("L", depth)));
    }

    /// <summary>
    /// The seed's h_i(x) = x − Σ_{j=0}^{i−1} Δ^{∘j}(x)/4^{j+1} with Δ^{∘0} = id (SEED-HI), for 1 ≤ i ≤ 30, exact on [0, 1].
    /// </summary>
    /// <remarks>
    /// Built as a linear combination of x and the sawtooth networks Δ^{∘j}, j = 1..i−1, each carried to depth i − 1
    /// by σ (all terms are ≥ 0 on [0, 1]); independent of the Yarotsky construction's code. It equals
    /// x/2 + h_{i−1}(x)/4 for the true h_{i−1}.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">For i out of range.</exception>
    public static Network SquareInterpolant(int levels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levels, 30);
        var terms = new List<(Rational, Network)> { (1 - Rational.Create(1, 4), NetworkCalculus.Identity(1)) };
        for (int j = 1; j < levels; j++) terms.Add((-Rational.Pow(4, -(j + 1)), Sawtooth.Build(j)));
        return NetworkCalculus.LinearCombination(terms, IdentityMode.NonNegative).WithMeta(Meta("SEED-HI", ("i", levels)));
    }

    /// <summary>The seed's parity formula x ↦ Δ^{∘L}((d + Σx_i)/(2d)) on R^d, d = 2^L (SEED-PAR), 1 ≤ L ≤ 16.</summary>
    /// <remarks>Takes only the values 0 and 1 on {±1}^d, so it cannot equal Π x_i ∈ {±1}.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">For L out of range.</exception>
    public static Network Parity(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, 16);
        int d = 1 << depth;
        var pre = new Rational[1, d];
        for (int i = 0; i < d; i++) pre[0, i] = Rational.Create(1, 2 * d);
        return NetworkCalculus.PreMap(Sawtooth.Build(depth), pre, [Rational.Half]).WithMeta(Meta("SEED-PAR", ("L", depth), ("d", d)));
    }

    /// <summary>The seed's symmetric-copies right-hand side x ↦ f(Δ(⟨2^L x⟩)) on [0, 1] (SEED-SYM), for a scalar network f.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For L out of range.</exception>
    /// <exception cref="NetworkException">When f is not R → R.</exception>
    public static Network SymmetricRightSide(Network f, int depth)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.InputDimension != 1 || f.OutputDimension != 1)
            throw new NetworkException($"seed symmetric copies: f must map R → R, got R^{f.InputDimension} → R^{f.OutputDimension}");
        return NetworkCalculus.Compose(f, FractalRightSide(depth)).WithMeta(Meta("SEED-SYM", ("L", depth)));
    }

    private static Dictionary<string, string> Meta(string id, params (string Key, int Value)[] parameters)
    {
        var meta = new Dictionary<string, string> { ["construction"] = id, ["seed"] = "S4" };
        foreach (var (k, v) in parameters) meta[k] = v.ToString(CultureInfo.InvariantCulture);
        return meta;
    }
}
