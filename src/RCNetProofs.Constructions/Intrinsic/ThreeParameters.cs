using System.Numerics;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Intrinsic;

/// <summary>
/// The three intrinsic parameters (s, v, b) of Shen–Yang–Zhang, Theorem 2.3 (catalogue id INT-T2.3), for
/// λ-Lipschitz targets: the n parameters a_i of the n + 2 construction packed into one number v.
/// </summary>
/// <remarks>
/// n is the least integer with 5λ√d·2^{−n} ≤ ε/2 (the theorem's choice for α = 1); each a_i has m = 2^{dn+1} bits, so v
/// holds m·n = n·2^{dn+1} bits (<see cref="Packing"/>). The f-independent network ϕ(x, v) of the theorem (a floor
/// network unpacking v and product networks replacing a_i·t) is not built here: with one hidden layer the floor alone
/// needs about 2^{mn+1} neurons. The triple is checked by unpacking it exactly and feeding the a_i to
/// <see cref="IntrinsicApprox"/>.
/// </remarks>
public static class ThreeParameters
{
    /// <summary>The least n ≥ 1 with 5λ√d·2^{−n} ≤ ε/2, i.e. 4^n ≥ 100λ²d/ε² (exact comparison).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When ε ≤ 0, λ ≤ 0 or d &lt; 1.</exception>
    public static int Levels(Rational epsilon, Rational lipschitz, int dimension)
    {
        if (epsilon.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "ε must be positive");
        if (lipschitz.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(lipschitz), lipschitz, "λ must be positive");
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        var need = 100 * lipschitz * lipschitz * dimension / (epsilon * epsilon);
        int n = 1;
        while (Rational.Pow(4, n) < need) n++;
        return n;
    }

    /// <summary>The number of bits v holds: n·2^{dn+1}.</summary>
    public static BigInteger Bits(int dimension, int n) => n * (BigInteger.One << (dimension * n + 1));

    /// <summary>
    /// (s, v, b, n) for a target and accuracy ε: s and b as in <see cref="IntrinsicApprox.Scaling"/>, v = the packed
    /// a_1..a_n of f̃ at the level n = <see cref="Levels"/>(ε, λ, d).
    /// </summary>
    /// <param name="target">f, λ-Lipschitz on [0,1]^d.</param>
    /// <param name="epsilon">ε &gt; 0.</param>
    /// <param name="lipschitz">λ &gt; 0.</param>
    /// <exception cref="ArgumentException">When the target's oscillation bound is 0.</exception>
    public static (Rational S, Rational V, Rational B, int N) Build(ApproximationTarget target, Rational epsilon, Rational lipschitz)
    {
        ArgumentNullException.ThrowIfNull(target);
        int n = Levels(epsilon, lipschitz, target.Dimension);
        var (s, b) = IntrinsicApprox.Scaling(target);
        var a = IntrinsicApprox.ScaledParameters(target, n);
        return (s, Packing.Pack(a, IntrinsicApprox.DigitBits(target.Dimension, n)), b, n);
    }
}
