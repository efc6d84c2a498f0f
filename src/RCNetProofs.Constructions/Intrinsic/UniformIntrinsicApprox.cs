using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Intrinsic;

/// <summary>
/// The L^∞ version of the intrinsic-parameter approximation (Shen–Yang–Zhang, Theorem 2.2; catalogue id INT-T2.2):
/// s·(ϕ2∘L∘ϕ1) + b with f-independent ϕ1: R^d → R^{3^d}, ϕ2: R^{3^d n} → R and L = (L0, …, L0), L0(t) = (a_1 t, …, a_n t),
/// within ω_f(√d·2^{−n}) + 2^{−n+2}ω_f(√d) of f on all of [0,1]^d.
/// </summary>
/// <remarks>
/// The n + 2 network ψ = ϕ2'∘L0∘ϕ1' of <see cref="IntrinsicApprox"/> (INT-TA1, on f̃ = (f − b)/s) mid-smoothed in every
/// coordinate (<see cref="MidSmoothing"/>, RC-TA2): unrolled, ψ_d(x) is a tree of (3^d − 1)/2 medians over the 3^d values
/// ψ(x + δε), ε ∈ {−1, 0, 1}^d. The shifts go into ϕ1 = (ϕ1'(x + δε))_ε (f-independent), the medians and 3^d copies of
/// ϕ2' into ϕ2 (f-independent), and L carries the 3^d·n weights — a_1..a_n repeated for every copy — so the parameters
/// are 3^d·n + 2 as the theorem draws them. Copy ε has index Σ_i (ε_i + 1)·3^{i−1} (ε_1 varies fastest), and the
/// innermost medians run over ε_1. With d·ω_f̃(δ) ≤ 2^{−n}, the error is at most s·(ω_f̃(√d·2^{−n}) + 2^{−n} + 2^{−n}).
/// </remarks>
public static class UniformIntrinsicApprox
{
    /// <summary>
    /// Builds ϕ1: R^d → R^{3^d}, ϕ1(x)_ε = ϕ1'(x + δε) with ϕ1' = <see cref="IntrinsicApprox.BuildPhi1"/>(d, n, δ).
    /// </summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="n">n ≥ 1.</param>
    /// <param name="delta">δ ∈ (0, 1/(3·2^n)].</param>
    /// <remarks>The 3^d copies side by side: depth 3, width 3^d·2d(2^n − 1). Metadata: construction = INT-T2.2/phi1, d, n, delta.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1, n &lt; 1 or δ ∉ (0, 1/(3·2^n)].</exception>
    public static Network BuildPhi1(int dimension, int n, Rational delta)
    {
        var single = IntrinsicApprox.BuildPhi1(dimension, n, delta);
        var copies = Offsets(dimension).Select(e => NetworkCalculus.PreMap(single, Matrices.Identity(dimension), e.Select(t => t * delta).ToArray())).ToArray();
        return NetworkCalculus.Parallel(copies).WithMeta(IntrinsicApprox.Meta("INT-T2.2/phi1", dimension, n, delta));
    }

    /// <summary>
    /// Builds ϕ2: R^{3^d n} → R: 3^d copies of ϕ2' = <see cref="IntrinsicApprox.BuildPhi2"/>(d, n), one per block of n
    /// inputs, then d levels of medians over consecutive triples.
    /// </summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="n">n ≥ 1.</param>
    /// <remarks>Depth 2·2^{dn} + 2 + 2d, width 3^d·2n. Metadata: construction = INT-T2.2/phi2, d, n.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1 or n &lt; 1.</exception>
    public static Network BuildPhi2(int dimension, int n)
    {
        var single = IntrinsicApprox.BuildPhi2(dimension, n);
        int copies = Copies(dimension);
        var net = NetworkCalculus.ParallelSeparate(Enumerable.Repeat(single, copies).ToArray());
        var mid = Mid.Build();
        for (int level = copies / 3; level >= 1; level /= 3)
            net = NetworkCalculus.Compose(NetworkCalculus.ParallelSeparate(Enumerable.Repeat(mid, level).ToArray()), net);
        return net.WithMeta(IntrinsicApprox.Meta("INT-T2.2/phi2", dimension, n, null));
    }

    /// <summary>The 3^d·n weights of L for f: a_1..a_n of f̃ = (f − b)/s (<see cref="IntrinsicApprox.ScaledParameters"/>), repeated 3^d times.</summary>
    /// <exception cref="ArgumentException">When the oscillation bound is 0.</exception>
    public static Rational[] Parameters(ApproximationTarget target, int n)
    {
        ArgumentNullException.ThrowIfNull(target);
        var a = IntrinsicApprox.ScaledParameters(target, n);
        return Enumerable.Repeat(a, Copies(target.Dimension)).SelectMany(x => x).ToArray();
    }

    /// <summary>Builds s·(ϕ2∘L∘ϕ1) + b for f (Theorem 2.2) with s, b of <see cref="IntrinsicApprox.Scaling"/>.</summary>
    /// <param name="target">f on [0,1]^d.</param>
    /// <param name="n">n ≥ 1.</param>
    /// <param name="delta">δ ∈ (0, 1/(3·2^n)]; <see cref="Gap"/> gives one with d·ω_f̃(δ) ≤ 2^{−n}.</param>
    /// <remarks>Metadata: construction = INT-T2.2, target, d, n, delta, s, b, a1..an.</remarks>
    /// <exception cref="ArgumentException">When the oscillation bound is 0.</exception>
    public static Network Build(ApproximationTarget target, int n, Rational delta)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (s, b) = IntrinsicApprox.Scaling(target);
        var net = Realize(target.Dimension, n, delta, Parameters(target, n), s, b);
        var meta = new Dictionary<string, string>(net.Meta) { ["target"] = target.Name };
        var a = IntrinsicApprox.ScaledParameters(target, n);
        for (int i = 0; i < n; i++) meta[$"a{i + 1}"] = a[i].ToString();
        return net.WithMeta(meta);
    }

    /// <summary>
    /// s·(ϕ2∘L∘ϕ1) + b from the intrinsic parameters alone: θ (3^d·n weights of L, block j holding the weights of copy j),
    /// s and b; ϕ1 and ϕ2 depend only on d, n and δ.
    /// </summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="n">n ≥ 1.</param>
    /// <param name="delta">δ ∈ (0, 1/(3·2^n)].</param>
    /// <param name="parameters">θ, of length 3^d·n.</param>
    /// <param name="scale">s.</param>
    /// <param name="offset">b.</param>
    /// <remarks>L is merged into the junction of ϕ1's output and ϕ2's first layer, s and b into the output layer.
    /// Metadata: construction = INT-T2.2, d, n, delta, s, b.</remarks>
    /// <exception cref="ArgumentException">When θ does not have 3^d·n entries.</exception>
    public static Network Realize(int dimension, int n, Rational delta, IReadOnlyList<Rational> parameters, Rational scale, Rational offset)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var phi1 = BuildPhi1(dimension, n, delta);
        var phi2 = BuildPhi2(dimension, n);
        var l = BuildL(dimension, n, parameters);
        var net = NetworkCalculus.PostMap(NetworkCalculus.Compose(phi2, l, phi1), new Rational[,] { { scale } }, [offset]);
        var meta = IntrinsicApprox.Meta("INT-T2.2", dimension, n, delta);
        meta["s"] = scale.ToString();
        meta["b"] = offset.ToString();
        return net.WithMeta(meta);
    }

    /// <summary>The linear map L: R^{3^d} → R^{3^d n}, (t_1, …, t_{3^d}) ↦ (θ_block1·t_1, …, θ_block(3^d)·t_{3^d}).</summary>
    /// <exception cref="ArgumentException">When θ does not have 3^d·n entries.</exception>
    public static Network BuildL(int dimension, int n, IReadOnlyList<Rational> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        int copies = Copies(dimension);
        if (parameters.Count != copies * n)
            throw new ArgumentException($"intrinsic parameters (L^∞): {parameters.Count} weights for 3^d·n = {copies * n}", nameof(parameters));
        var rows = Enumerable.Range(0, copies * n).Select(i => (IReadOnlyList<(int, Rational)>)[(i / n, parameters[i])]).ToArray();
        return NetworkCalculus.Affine(copies, rows);
    }

    /// <summary>The largest δ = 1/(3·2^n·2^j), j ≥ 0, with d·ω̄_f(δ) ≤ s·2^{−n} (i.e. d·ω_f̃(δ) ≤ 2^{−n}), ω̄ the target's modulus upper bound.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For n &lt; 1.</exception>
    /// <exception cref="ArgumentException">When the target has no Lipschitz bound or oscillation 0.</exception>
    public static Rational Gap(ApproximationTarget target, int n)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (target.Lipschitz is null)
            throw new ArgumentException($"intrinsic parameters (L^∞): {target.Name} has no Lipschitz bound, so no δ with d·ω_f(δ) ≤ s·2^(-n) can be certified", nameof(target));
        var (s, _) = IntrinsicApprox.Scaling(target);
        var limit = s * Rational.Pow(2, -n);
        var delta = Rational.One / (3 * Rational.Pow(2, n));
        while (target.Dimension * target.ModulusUpperBound(delta * delta) > limit) delta /= 2;
        return delta;
    }

    /// <summary>3^d, the number of shifted copies.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1 or d &gt; 12.</exception>
    public static int Copies(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimension, 12);
        int c = 1;
        for (int i = 0; i < dimension; i++) c *= 3;
        return c;
    }

    /// <summary>The offsets ε ∈ {−1, 0, 1}^d in copy order (ε_1 varies fastest).</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1 or d &gt; 12.</exception>
    public static IReadOnlyList<int[]> Offsets(int dimension)
    {
        int copies = Copies(dimension);
        var list = new List<int[]>(copies);
        for (int j = 0; j < copies; j++)
        {
            var e = new int[dimension];
            int rest = j;
            for (int i = 0; i < dimension; i++) { e[i] = rest % 3 - 1; rest /= 3; }
            list.Add(e);
        }
        return list;
    }
}
