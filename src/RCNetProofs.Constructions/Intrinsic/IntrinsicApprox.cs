using System.Globalization;
using System.Numerics;
using RCNetProofs.Constructions.BitExtraction;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Intrinsic;

/// <summary>
/// Approximation with n + 2 intrinsic parameters (Shen–Yang–Zhang, Theorem 2.1 and its auxiliary Theorem A.1; catalogue
/// ids INT-T2.1, INT-TA1): s·(ϕ2∘L∘ϕ1) + b with ϕ1, ϕ2 independent of f and L(t) = (a_1 t, …, a_n t).
/// </summary>
/// <remarks>
/// K = 2^n cubes per axis, gap δ ∈ (0, 1/(3K)]. ϕ1(x) = h(ϱ(g(x_1), …, g(x_d))) = 4^{ϱ(β)} on Q_β, with g the step
/// function (g(k/K) = g((k + 1)/K − δ) = k, g(1) = K − 1), ϱ(y) = 1 + Σ_i y_i K^{i−1} and h the interpolant of j ↦ 4^j.
/// The ℓ-th binary digit θ_{ϱ(β),ℓ} of f̃(x_β) truncated to n digits is stored as the ϱ(β)-th base-4 digit of
/// a_ℓ = Σ_j θ_{j,ℓ}4^{−j} ∈ [0, 1/3), so 2^m a_ℓ ∈ N with m = 2^{dn+1}; ϕ2(y) = Σ_ℓ 2^{−ℓ}·<see cref="Base4Digits"/>(y_ℓ)
/// reads the digits back. On Q_β, ϕ2∘L∘ϕ1 = Σ_ℓ 2^{−ℓ}θ_{ϱ(β),ℓ} = f̃(x_β) truncated, within ω_f̃(√d·2^{−n}) + 2^{−n} of
/// f̃ on the cube. For f ∈ C([0,1]^d): f̃ = (f − b)/s with s = 2ω_f(√d), b = f(0) − ω_f(√d).
/// </remarks>
public static class IntrinsicApprox
{
    /// <summary>
    /// Builds ϕ1: R^d → R, equal to 4^{ϱ(β)} on every cube Q_β of Ω([0,1]^d, 2^n, δ)'s complement.
    /// </summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="n">n ≥ 1 (K = 2^n).</param>
    /// <param name="delta">δ ∈ (0, 1/(3K)].</param>
    /// <remarks>
    /// Hidden layers: 2d(K − 1) ramps σ((x_i − k/K + δ)/δ), σ((x_i − k/K)/δ) (g as a sum of unit ramps); one neuron
    /// σ(ϱ(g(x))) (ϱ ≥ 1 on [0,1]^d, so this is ϱ itself — a bottleneck that keeps the dense parameter count near the
    /// paper's); K^d − 1 neurons σ(t − j) of h. Depth 3. Metadata: construction = INT-TA1/phi1, d, n, delta.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1, n &lt; 1 or δ ∉ (0, 1/(3K)].</exception>
    public static Network BuildPhi1(int dimension, int n, Rational delta)
    {
        int k = Grid(dimension, n, delta);
        int cells = (int)BigInteger.Pow(k, dimension);
        var inv = Rational.One / delta;
        var rampRows = new List<IReadOnlyList<(int, Rational)>>(); var rampBias = new List<Rational>();
        var rho = new List<(int, Rational)>();
        for (int i = 0; i < dimension; i++)
        {
            var weight = Rational.Pow(k, i);
            for (int s = 1; s < k; s++)
            {
                rho.Add((rampRows.Count, weight)); rampRows.Add([(i, inv)]); rampBias.Add(1 - Rational.Create(s, k) * inv);
                rho.Add((rampRows.Count, -weight)); rampRows.Add([(i, inv)]); rampBias.Add(-Rational.Create(s, k) * inv);
            }
        }
        var ramps = AffineLayer.Sparse(dimension, rampRows, rampBias, Activation.Relu);
        var bottleneck = AffineLayer.Sparse(rampRows.Count, [rho], [Rational.One], Activation.Relu);
        var steps = AffineLayer.Sparse(1, Enumerable.Range(1, cells - 1).Select(j => (IReadOnlyList<(int, Rational)>)[(0, Rational.One)]).ToArray(),
            Enumerable.Range(1, cells - 1).Select(j => (Rational)(-j)).ToArray(), Activation.Relu);
        // h(t) = 4 + 12σ(t − 1) + Σ_{j=2}^{K^d−1} 9·4^{j−1}σ(t − j): slope 3·4^j on [j, j + 1]
        var hRow = Enumerable.Range(1, cells - 1).Select(j => (j - 1, j == 1 ? (Rational)12 : 9 * Rational.Pow(4, j - 1))).ToArray();
        var output = AffineLayer.Sparse(cells - 1, [hRow], [(Rational)4], Activation.Identity);
        return new Network(dimension, [ramps, bottleneck, steps, output], Meta("INT-TA1/phi1", dimension, n, delta));
    }

    /// <summary>
    /// Builds ϕ2: R^n → R, ϕ2(y) = Σ_{ℓ=1}^{n} 2^{−ℓ}ϕ_{2,ℓ}(y_ℓ) with ϕ_{2,ℓ} = <see cref="Base4Digits"/> for J = K^d digits:
    /// width 2n, depth 2K^d + 2.
    /// </summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="n">n ≥ 1.</param>
    /// <remarks>Metadata: construction = INT-TA1/phi2, d, n.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1 or n &lt; 1.</exception>
    public static Network BuildPhi2(int dimension, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        int cells = (int)BigInteger.Pow(BigInteger.One << n, dimension);
        var digit = Base4Digits.Build(cells);
        var side = NetworkCalculus.ParallelSeparate(Enumerable.Repeat(digit, n).ToArray());
        var weights = new Rational[1, n];
        for (int l = 0; l < n; l++) weights[0, l] = Rational.Pow(2, -(l + 1));
        var meta = Meta("INT-TA1/phi2", dimension, n, null);
        return NetworkCalculus.PostMap(side, weights).WithMeta(meta);
    }

    /// <summary>
    /// The intrinsic parameters a_1..a_n for f̃: [0,1]^d → [0,1] (only its values at the grid points β/2^n are read).
    /// </summary>
    /// <param name="target">f̃, with values in [0, 1] at the grid points.</param>
    /// <param name="n">n ≥ 1.</param>
    /// <exception cref="ArgumentException">When some f̃(β/K) lies outside [0, 1].</exception>
    public static Rational[] Parameters(ApproximationTarget target, int n) => Parameters(target.Dimension, n, x => target.Value(x));

    /// <summary>
    /// Builds ϕ2∘L∘ϕ1 for f̃ with values in [0, 1] (Theorem A.1): within ω_f̃(√d·2^{−n}) + 2^{−n} of f̃ outside Ω, and in
    /// [0, 1] everywhere.
    /// </summary>
    /// <param name="target">f̃ with values in [0, 1].</param>
    /// <param name="n">n ≥ 1.</param>
    /// <param name="delta">δ ∈ (0, 1/(3·2^n)].</param>
    /// <remarks>Metadata: construction = INT-TA1, d, n, delta, and a1..an.</remarks>
    /// <exception cref="ArgumentException">When some f̃(β/K) lies outside [0, 1].</exception>
    public static Network BuildAuxiliary(ApproximationTarget target, int n, Rational delta)
    {
        ArgumentNullException.ThrowIfNull(target);
        var a = Parameters(target, n);
        return Assemble(target.Dimension, n, delta, a, Rational.One, Rational.Zero, "INT-TA1", target.Name);
    }

    /// <summary>
    /// Builds s·(ϕ2∘L∘ϕ1) + b for any target (Theorem 2.1), with s = 2Ω_f and b = f(0) − Ω_f, Ω_f the target's
    /// oscillation bound (≥ ω_f(√d)); L^p error ≤ ω_f(√d·2^{−n}) + 2^{−n+2}Ω_f when δ = <see cref="Gap"/>(d, n, p).
    /// </summary>
    /// <param name="target">f on [0,1]^d.</param>
    /// <param name="n">n ≥ 1.</param>
    /// <param name="delta">δ ∈ (0, 1/(3·2^n)].</param>
    /// <remarks>Metadata: construction = INT-T2.1, d, n, delta, s, b, a1..an.</remarks>
    /// <exception cref="ArgumentException">When the oscillation bound is 0 (a constant target needs no network).</exception>
    public static Network Build(ApproximationTarget target, int n, Rational delta)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (s, b) = Scaling(target);
        var a = Parameters(target.Dimension, n, x => (target.Value(x) - b) / s);
        return Assemble(target.Dimension, n, delta, a, s, b, "INT-T2.1", target.Name);
    }

    /// <summary>The affine scaling (s, b) = (2Ω_f, f(0) − Ω_f) with f̃ = (f − b)/s ∈ [0, 1].</summary>
    /// <exception cref="ArgumentException">When the oscillation bound is 0.</exception>
    public static (Rational Scale, Rational Offset) Scaling(ApproximationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Oscillation.IsZero) throw new ArgumentException($"intrinsic parameters: {target.Name} has oscillation 0", nameof(target));
        return (2 * target.Oscillation, target.Value(new Rational[target.Dimension]) - target.Oscillation);
    }

    /// <summary>The parameters of <see cref="Build"/> for f: a_1..a_n of f̃ = (f − b)/s.</summary>
    /// <exception cref="ArgumentException">When the oscillation bound is 0.</exception>
    public static Rational[] ScaledParameters(ApproximationTarget target, int n)
    {
        var (s, b) = Scaling(target);
        return Parameters(target.Dimension, n, x => (target.Value(x) - b) / s);
    }

    /// <summary>The largest δ = 1/(3K·2^j), j ≥ 0, with d·K·δ·2^p ≤ 2^{−pn} (the proof of Theorem 2.1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 1, n &lt; 1 or p &lt; 1.</exception>
    public static Rational Gap(int dimension, int n, int p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        var k = Rational.Pow(2, n);
        var limit = Rational.Pow(2, -p * n) / (dimension * k * Rational.Pow(2, p));
        var delta = Rational.One / (3 * k);
        while (delta > limit) delta /= 2;
        return delta;
    }

    /// <summary>m = 2^{dn+1}: every a_ℓ is an integer multiple of 2^{−m}.</summary>
    public static int DigitBits(int dimension, int n) => checked(2 * (int)BigInteger.Pow(BigInteger.One << n, dimension));

    private static Rational[] Parameters(int dimension, int n, Func<Rational[], Rational> value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        int k = 1 << n;
        int cells = (int)BigInteger.Pow(k, dimension);
        var a = new Rational[n];
        var scale = Rational.Pow(2, n);
        for (int j = 1; j <= cells; j++)
        {
            // ϱ(β) = j ⇔ β is j − 1 written in base K with β_1 least significant
            var x = new Rational[dimension];
            int rest = j - 1;
            for (int i = 0; i < dimension; i++) { x[i] = Rational.Create(rest % k, k); rest /= k; }
            var v = value(x);
            if (v.Sign < 0 || v > 1) throw new ArgumentException($"intrinsic parameters: f̃({string.Join(", ", x)}) = {v} lies outside [0, 1]");
            var q = BigInteger.Min((v * scale).FloorToInteger(), (BigInteger.One << n) - 1);
            var digit = Rational.Pow(4, -j);
            for (int l = 1; l <= n; l++)
                if (!((q >> (n - l)) & 1).IsZero) a[l - 1] += digit;
        }
        return a;
    }

    /// <summary>
    /// s·(ϕ2∘L∘ϕ1) + b from the n + 2 intrinsic parameters alone: ϕ1 and ϕ2 depend only on d, n and δ, and
    /// L(t) = (a_1 t, …, a_n t).
    /// </summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="n">n ≥ 1.</param>
    /// <param name="delta">δ ∈ (0, 1/(3·2^n)].</param>
    /// <param name="parameters">a_1..a_n.</param>
    /// <param name="scale">s.</param>
    /// <param name="offset">b.</param>
    /// <remarks>Depth 2K^d + 5; L is merged into the junction of ϕ1's output and ϕ2's first layer, s and b into the
    /// output layer, so only those two layers carry f. Metadata: construction = INT-T2.1, d, n, delta, s, b, a1..an.</remarks>
    /// <exception cref="ArgumentException">When the number of parameters is not n.</exception>
    public static Network Realize(int dimension, int n, Rational delta, IReadOnlyList<Rational> parameters, Rational scale, Rational offset)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count != n) throw new ArgumentException($"intrinsic parameters: {parameters.Count} values for n = {n}", nameof(parameters));
        return Assemble(dimension, n, delta, parameters, scale, offset, "INT-T2.1", "given parameters");
    }

    private static Network Assemble(int dimension, int n, Rational delta, IReadOnlyList<Rational> a, Rational s, Rational b, string id, string targetName)
    {
        var phi1 = BuildPhi1(dimension, n, delta);
        var phi2 = BuildPhi2(dimension, n);
        var l = new Rational[n, 1];
        for (int i = 0; i < n; i++) l[i, 0] = a[i];
        var net = NetworkCalculus.PostMap(NetworkCalculus.Compose(phi2, NetworkCalculus.Affine(l), phi1), new Rational[,] { { s } }, [b]);
        var meta = Meta(id, dimension, n, delta);
        meta["target"] = targetName;
        meta["s"] = s.ToString();
        meta["b"] = b.ToString();
        for (int i = 0; i < n; i++) meta[$"a{i + 1}"] = a[i].ToString();
        return net.WithMeta(meta);
    }

    private static int Grid(int dimension, int n, Rational delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 15);
        int k = 1 << n;
        if (delta.Sign <= 0 || delta * 3 * k > 1)
            throw new ArgumentOutOfRangeException(nameof(delta), delta, $"intrinsic parameters: δ must lie in (0, 1/(3K)] = (0, 1/{3 * k}]");
        return k;
    }

    /// <summary>The metadata every intrinsic-parameter network carries: construction id, d, n and δ when given.</summary>
    internal static Dictionary<string, string> Meta(string id, int dimension, int n, Rational? delta)
    {
        var meta = new Dictionary<string, string>
        {
            ["construction"] = id,
            ["d"] = dimension.ToString(CultureInfo.InvariantCulture),
            ["n"] = n.ToString(CultureInfo.InvariantCulture),
        };
        if (delta is Rational dl) meta["delta"] = dl.ToString();
        return meta;
    }
}
