using System.Globalization;
using System.Numerics;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Intrinsic;

/// <summary>
/// The three intrinsic parameters (s, v, b) of Shen–Yang–Zhang, Theorem 2.3 (catalogue id INT-T2.3), for
/// λ-Lipschitz targets: the n parameters a_i of the n + 2 construction packed into one number v.
/// </summary>
/// <remarks>
/// n is the least integer with 5λ√d·2^{−n} ≤ ε/2 (the theorem's choice for α = 1); each a_i has m = 2^{dn+1} bits, so v
/// holds m·n = n·2^{dn+1} bits (<see cref="Packing"/>). For d = 1 the f-independent network ϕ(x, v) is built
/// (<see cref="BuildPhi"/>) and s·ϕ(x, v) + b with v fixed (<see cref="BuildNetwork"/>). It departs from the lemma's
/// one-hidden-layer floor (about 2^{mn+1} neurons) by unpacking v digit by digit (<see cref="Packing.BuildUnpacker"/>).
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

    /// <summary>
    /// Builds the f-independent ϕ(x, v): R² → R for d = 1 at level n (Theorem 2.3's network, through the L^∞ version of
    /// Theorem 2.2): v is unpacked into a_1..a_n, and ϕ(x, v) = mid(ψ(x − δ), ψ(x), ψ(x + δ)) with
    /// ψ(y) = ϕ2(×̃(a_1, ϕ1(y)/4^K)·4^K, …, ×̃(a_n, ϕ1(y)/4^K)·4^K), K = 2^n.
    /// </summary>
    /// <param name="n">n ≥ 1 (K = 2^n cubes, m = 2K bits per a_i).</param>
    /// <param name="delta">δ ∈ (0, 1/(3K)], the gap of ϕ1's step function and the shift of the three copies.</param>
    /// <remarks>
    /// ϕ1 (<see cref="IntrinsicApprox.BuildPhi1"/>) equals 4^j on the j-th cube (also beyond 0 and 1, where its step
    /// function is constant); ×̃ is <see cref="Product.BuildUnit"/> with 2K levels, whose error on [0, 1]² is at most
    /// 2·4^{−2K−1}, so 4^K·×̃ is within 2·4^{−K−1} &lt; 4^{−(K−1)}/3 of a_i·4^j: too little to move 4^j·a_i across the
    /// thresholds of the digit reader ϕ2 (<see cref="IntrinsicApprox.BuildPhi2"/>), whose margin is 4^{−(K−1)}/3. So where
    /// y is outside the trifling region, ψ(y) is exactly the truncated f̃ of y's cube, as in Theorem 2.1; mid discards the
    /// one copy whose argument can lie in the region (RC-TA2). Metadata: construction = INT-T2.3/phi, d, n, delta.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">For n &lt; 1, n &gt; 5 or δ ∉ (0, 1/(3K)].</exception>
    public static Network BuildPhi(int n, Rational delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 5);
        int k = 1 << n;
        int m = IntrinsicApprox.DigitBits(1, n);
        var scale = Rational.Pow(4, k);
        var unpack = NetworkCalculus.ParallelSeparate(NetworkCalculus.Identity(1), Packing.BuildUnpacker(m, n));   // (x, v) ↦ (x, a)
        var product = Product.BuildUnit(2 * k);
        var products = NetworkCalculus.Parallel(Enumerable.Range(0, n).Select(i =>
        {
            var pick = new Rational[2, n + 1];   // (t', a) ↦ (a_i, t')
            pick[0, 1 + i] = 1; pick[1, 0] = 1;
            return NetworkCalculus.PostMap(NetworkCalculus.PreMap(product, pick), new Rational[,] { { scale } });
        }).ToArray());
        var phi2 = IntrinsicApprox.BuildPhi2(1, n);
        var copies = new[] { -delta, Rational.Zero, delta }.Select(shift =>
        {
            var phi1 = NetworkCalculus.PostMap(NetworkCalculus.PreMap(IntrinsicApprox.BuildPhi1(1, n, delta), new Rational[,] { { 1 } }, [shift]),
                new Rational[,] { { Rational.Reciprocal(scale) } });
            var front = NetworkCalculus.ParallelSeparate(phi1, NetworkCalculus.Identity(n), IdentityMode.NonNegative);   // (y, a) ↦ (ϕ1(y)/4^K, a)
            return NetworkCalculus.Compose(phi2, products, front);
        }).ToArray();
        var phi = NetworkCalculus.Compose(Mid.Build(), NetworkCalculus.Parallel(copies), unpack);
        return phi.WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "INT-T2.3/phi",
            ["d"] = "1",
            ["n"] = n.ToString(CultureInfo.InvariantCulture),
            ["delta"] = delta.ToString(),
        });
    }

    /// <summary>
    /// Builds x ↦ s·ϕ(x, v) + b for a target of one variable: ϕ = <see cref="BuildPhi"/>(n, 1/(3K)) with (s, v, b, n) from
    /// <see cref="Build"/>; v enters as the bias of the neuron σ(v) that starts the unpacking, and the output layer is
    /// s·σ(ϕ) + b, so exactly three weights depend on f.
    /// </summary>
    /// <param name="target">f, λ-Lipschitz on [0, 1].</param>
    /// <param name="epsilon">ε &gt; 0.</param>
    /// <param name="lipschitz">λ &gt; 0.</param>
    /// <remarks>Metadata: construction = INT-T2.3, d, n, delta, s, v, b, target.</remarks>
    /// <exception cref="ArgumentException">When the target is not one-dimensional.</exception>
    public static Network BuildNetwork(ApproximationTarget target, Rational epsilon, Rational lipschitz)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Dimension != 1) throw new ArgumentException($"three parameters: the network is built for d = 1, not {target.Dimension}", nameof(target));
        var (s, v, b, n) = Build(target, epsilon, lipschitz);
        var delta = Rational.Create(1, 3 * (1 << n));
        var fixedV = NetworkCalculus.PreMap(BuildPhi(n, delta), new Rational[,] { { 1 }, { 0 } }, [Rational.Zero, v]);
        // ϕ ∈ [0, 1] (a mid of values of ϕ2 ∈ [0, 1)), so one neuron σ(ϕ) carries it and the output layer is s·σ(ϕ) + b alone.
        var carried = NetworkCalculus.Compose(NetworkCalculus.Identity(1, 1, IdentityMode.NonNegative), fixedV);
        var net = NetworkCalculus.PostMap(carried, new Rational[,] { { s } }, [b]);
        return net.WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "INT-T2.3",
            ["d"] = "1",
            ["n"] = n.ToString(CultureInfo.InvariantCulture),
            ["delta"] = delta.ToString(),
            ["s"] = s.ToString(),
            ["v"] = v.ToString(),
            ["b"] = b.ToString(),
            ["target"] = target.Name,
        });
    }
}
