using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Seeds;

/// <summary>
/// The seed statements about repeated-composition networks (talk slides S0, student report S2) and intrinsic
/// parameters (talk slides S1), each with its correction and exact data (catalogue section "Seed claims", ids SEED-RC-*
/// and SEED-INT-*).
/// </summary>
/// <remarks>
/// The catalogue's SEED-RC-L∞ and SEED-INT-L∞ are spelled SEED-RC-LINF and SEED-INT-LINF, so that they are valid claim
/// families.
/// Data only: a test re-derives every true value from the constructions through the kernel (composition counts, sizes,
/// parameter counts of networks with the stated architecture) or by exact arithmetic, and every seed value from the
/// seed's own formula.
/// </remarks>
public static class SeedStatementsRc
{
    private static readonly Dictionary<string, int> None = [];

    private static SeedDatum At(string quantity, Dictionary<string, int> parameters, Rational? seed, Rational truth) =>
        new(quantity, parameters, [], seed, truth);

    private static Rational Q(long p, long q = 1) => Rational.Create(p, q);

    /// <summary>Parameters of L1, g and L2 claimed by the student report: 2[d(d + 5) + (d + 5)(69d + 48) + (69d + 48)²].</summary>
    public static long StudentParameterFormula(int d)
    {
        long n = 69L * d + 48;
        return 2 * (d * (d + 5L) + (d + 5L) * n + n * n);
    }

    /// <summary>
    /// Parameters of g ∈ NN{N, 5; R^{5d+5}} with all five hidden layers of width N = 69d + 48, plus L1: R^d → R^{5d+5} and
    /// L2: R^{5d+5} → R (dense count Σ n_i n_{i+1} + n_{i+1}).
    /// </summary>
    public static long RcParameterFormula(int d)
    {
        long n = 69L * d + 48, s = 5L * d + 5;
        return s * n + n + 4 * (n * n + n) + n * s + s + (d * s + s) + (s + 1);
    }

    /// <summary>The least r with 6√d·r^{−1/d} ≤ ε, i.e. r = ⌈(6√d/ε)^d⌉, computed exactly (√d enclosed when irrational).</summary>
    public static BigInteger CompositionsParameterFor(Rational epsilon, int d)
    {
        // (6√d/ε)^d = (36d/ε²)^{d/2}: an integer power for even d, times √(36d/ε²) for odd d
        var square = 36 * d / (epsilon * epsilon);
        var whole = Rational.Pow(square, d / 2);
        if (d % 2 == 0) return whole.CeilingToInteger();
        // ⌈whole·√square⌉ = ⌈√(whole²·square)⌉, by integer square root of a rational made integral
        var t = whole * whole * square;
        var root = IntegerRoot.FloorSqrt(t.CeilingToInteger());
        while (root * root < t) root++;
        while (root > 0 && (root - 1) * (root - 1) >= t) root--;
        return root;
    }

    /// <summary>The RCNet statements of the talk slides (S0) and the student report (S2).</summary>
    public static IReadOnlyList<SeedStatement> Rc { get; } =
    [
        new("SEED-RC-SLIDE", "S0",
            "for 1-Lipschitz f there are g ∈ NN{69d+48, 5; R^{5d+5}}, L1, L2 with ‖L2∘g^{∘r}∘L1 − f‖_p ≤ 6√d·r^{−1/d}",
            "3r + 1 compositions: ‖L2∘g^{∘(3r+1)}∘L1 − f‖_p ≤ 6√d·ω_f(r^{−1/d}); for 1-Lipschitz f and R = 3r + 1 actual compositions "
            + "the bound reads 6√d((R − 1)/3)^{−1/d}; whether r compositions suffice is not proven",
            false,
            [
                At("compositions of g", new() { ["d"] = 1, ["r"] = 4 }, Q(4), Q(13)),
                At("compositions of g", new() { ["d"] = 2, ["r"] = 4 }, Q(4), Q(13)),
                At("bound for R = 13 compositions, 1-Lipschitz f", new() { ["d"] = 1, ["R"] = 13 }, Q(6, 13), Q(3, 2)),
            ],
            "RC-T1.1 in all three stored versions of the paper; CompositionApprox, composition count measured by the kernel"),
        new("SEED-RC-LINF", "S0",
            "L^p → L^∞ with larger constants",
            "not only constants: g ∈ NN{4^{d+5}·d, 3 + 2d; R^{3^d(5d+4)−1}} (width exponential in d) and 3r + 2d − 1 compositions",
            false,
            [
                At("width of g", new() { ["d"] = 1 }, null, Q(4096)),
                At("width of g", new() { ["d"] = 2 }, null, Q(32768)),
                At("state dimension", new() { ["d"] = 2 }, Q(15), Q(125)),
                At("compositions", new() { ["d"] = 2, ["r"] = 4 }, Q(13), Q(15)),
            ],
            "RC-T1.3: UniformCompositionApprox, state dimension and composition count measured from the built network (the kernel "
            + "counts the compositions), width the theorem's class (the built g has width 133 at d = 1, 726 at d = 2); seed values "
            + "are the L^p network's (RC-T1.1)"),
        new("SEED-RC-STUDENT-T1.1", "S2",
            "Theorem 1.1 with g^{∘(3r+1)}, g ∈ NN{69d+48, 5; R^{5d+5}} and error 6√d·ω_f(r^{−1/d})",
            "correct as written",
            true,
            [
                At("compositions of g", new() { ["d"] = 1, ["r"] = 4 }, Q(13), Q(13)),
                At("depth of g (hidden layers)", new() { ["d"] = 1 }, Q(5), Q(5)),
                At("state dimension", new() { ["d"] = 2 }, Q(15), Q(15)),
            ],
            "RC-T1.1: CompositionApprox measured by the kernel (width 44 ≤ 117 at d = 1, 58 ≤ 186 at d = 2)"),
        new("SEED-RC-T13", "S2",
            "Theorem 1.3: g ∈ NN{4^{d+5}, 3 + 2d; R^{d̃}}, d̃ = 3^d(5d + 4) − 1, 3r + 2d − 1 compositions",
            "the width is 4^{d+5}·d (a factor d is missing); the rest is right",
            false,
            [
                At("width of g", new() { ["d"] = 1 }, Q(4096), Q(4096)),
                At("width of g", new() { ["d"] = 2 }, Q(16384), Q(32768)),
                At("width of g", new() { ["d"] = 3 }, Q(65536), Q(196608)),
                At("state dimension", new() { ["d"] = 2 }, Q(125), Q(125)),
                At("compositions", new() { ["d"] = 2, ["r"] = 4 }, Q(15), Q(15)),
            ],
            "RC-T1.3 statement and proof (N_d = 4^{d+5}·d)"),
        new("SEED-RC-PARAMS", "S2",
            "parameters = 2[d(d + 5) + (d + 5)(69d + 48) + (69d + 48)²] with \"3 hidden layers\"; table 28,794 / 71,824 / 134,178 / 215,856 / 316,858 (d = 1..5)",
            "g has 5 hidden layers and state dimension 5d + 5: g has (5d+5)N + N + 4(N² + N) + N(5d+5) + (5d+5) parameters, N = 69d + 48, "
            + "plus L1 (d(5d+5) + 5d+5) and L2 (5d + 6): 57,722 / 144,970 / 271,696 / 437,900 / 643,582",
            false,
            [
                .. Enumerable.Range(1, 5).Select(d => At("parameters of L1, g, L2 at full width", new() { ["d"] = d }, StudentParameterFormula(d), RcParameterFormula(d))),
                At("hidden layers of g", None, Q(3), Q(5)),
            ],
            "dense parameter count of a network with the stated architecture, measured from its layers; the student's table "
            + "reproduces the student's formula, so it is internally consistent but wrong"),
        new("SEED-RC-TABLE-LOGIC", "S2",
            "the RCNet parameter count \"needed for error 10^{−4}\" grows slowly with d (≈ 10^5–10^6) while plain ReLU networks need ≈ 10^{2d}",
            "the parameter count does not depend on the accuracy: the accuracy comes from the composition count, "
            + "r ≥ (6√d·10^4)^d, i.e. 3r + 1 ≈ 1.8·10^5 (d = 1), 2.2·10^10 (d = 2), 3.4·10^15 (d = 3); the 10^{2d} column drops all constants",
            false,
            [
                At("parameters needed for error 10^{−4}", new() { ["d"] = 1 }, StudentParameterFormula(1), RcParameterFormula(1)),
                .. Enumerable.Range(1, 3).Select(d => At("compositions 3r + 1 needed for error 10^{−4}", new() { ["d"] = d }, null,
                    3 * (Rational)CompositionsParameterFor(Q(1, 10000), d) + 1)),
            ],
            "RC-T1.1 (exact arithmetic)"),
        new("SEED-RC-EXP", "S2",
            "in Table 1, raising r from 1 to 4 lowers the MSE by about 10^3, and n from 100 to 200 by about 10×",
            "nearest powers of ten of the MSE ratios: r = 1 → 4 gives ×961 (10^3) at n = 100 but ×8036 (10^4) at n = 200; "
            + "n = 100 → 200 gives ×1.37 (10^0) at r = 1, ×4.39, ×9.86, ×11.4 (10^1) at r = 2, 3, 4",
            false,
            [
                At("nearest power of ten of MSE(r=1)/MSE(r=4)", new() { ["n"] = 100 }, Q(3), Q(3)),
                At("nearest power of ten of MSE(r=1)/MSE(r=4)", new() { ["n"] = 200 }, Q(3), Q(4)),
                At("nearest power of ten of MSE(n=100)/MSE(n=200)", new() { ["r"] = 1 }, Q(1), Q(0)),
                At("nearest power of ten of MSE(n=100)/MSE(n=200)", new() { ["r"] = 2 }, Q(1), Q(1)),
                At("nearest power of ten of MSE(n=100)/MSE(n=200)", new() { ["r"] = 4 }, Q(1), Q(1)),
            ],
            "RC-EXP1, Table 1 (camera-ready version): MSE 1.22e-2, 2.02e-4, 3.46e-5, 1.27e-5 (n = 100) and 8.92e-3, 4.60e-5, 3.51e-6, 1.11e-6 (n = 200)"),
        new("SEED-RC-MISC", "S2",
            "\"RESNets\"; the MSE and MAX numbers are called a table inside \"Figure 3\"",
            "RCNets; the numbers are Table 1 and the curves Figure 3",
            false,
            [At("number of the table of MSE and MAX results", None, Q(3), Q(1))],
            "RC-EXP1"),
    ];

    /// <summary>MSE values of Table 1 (RC-EXP1), by n (100, 200) and r (1..4), as exact decimals.</summary>
    public static IReadOnlyDictionary<(int N, int R), Rational> TableOneMse { get; } = new Dictionary<(int, int), Rational>
    {
        [(100, 1)] = Rational.Parse("0.0122"), [(100, 2)] = Rational.Parse("0.000202"), [(100, 3)] = Rational.Parse("0.0000346"), [(100, 4)] = Rational.Parse("0.0000127"),
        [(200, 1)] = Rational.Parse("0.00892"), [(200, 2)] = Rational.Parse("0.000046"), [(200, 3)] = Rational.Parse("0.00000351"), [(200, 4)] = Rational.Parse("0.00000111"),
    };

    /// <summary>The statements of the intrinsic-parameter slides (S1).</summary>
    public static IReadOnlyList<SeedStatement> Intrinsic { get; } =
    [
        new("SEED-INT-CONST", "S1",
            "n + 2 intrinsic parameters give ‖φ − f‖_p ≤ 5√d·2^{−n} for 1-Lipschitz f",
            "correct as written: ω_f(√d·2^{−n}) + 2^{−n+2}ω_f(√d) ≤ √d·2^{−n} + 4·2^{−n}√d",
            true,
            [
                At("bound", new() { ["d"] = 1, ["n"] = 2 }, Q(5, 4), Q(5, 4)),
                At("bound", new() { ["d"] = 1, ["n"] = 3 }, Q(5, 8), Q(5, 8)),
                At("intrinsic parameters", new() { ["d"] = 2, ["n"] = 3 }, Q(5), Q(5)),
            ],
            "INT-T2.1; IntrinsicApprox, L^1 error proved by the kernel for d = 1, n ≤ 2"),
        new("SEED-INT-LINF", "S1",
            "L^p → L^∞ with an additional O(n) intrinsic parameters",
            "3^d·n + 2 intrinsic parameters in all (n + 2 if a fixed network copies the a_i): the O(n) hides a factor 3^d",
            false,
            [
                At("intrinsic parameters of the L^∞ version", new() { ["d"] = 1, ["n"] = 3 }, null, Q(11)),
                At("intrinsic parameters of the L^∞ version", new() { ["d"] = 2, ["n"] = 3 }, null, Q(29)),
            ],
            "INT-T2.2: UniformIntrinsicApprox, the 3^d·n weights of L counted from the construction"),
        new("SEED-INT-3P", "S1",
            "∀ε > 0 ∃φ ∀f ∈ F_Lip ∃s, v, b: |sφ(x, v) + b − f(x)| ≤ ε on [0,1]^d; high precision is required for v",
            "correct (the α = λ = 1 case of Theorem 2.3), with s ≥ 0 and v ∈ [0, 1); v holds n·2^{dn+1} bits",
            true,
            [
                At("bits of v", new() { ["d"] = 1, ["eps_inverse"] = 100 }, null, Q(20480)),
                At("bits of v", new() { ["d"] = 2, ["eps_inverse"] = 2 }, null, Q(10240)),
            ],
            "INT-T2.3; ThreeParameters, v unpacked exactly by INT-LA3"),
    ];

    /// <summary>All statements, RCNets first.</summary>
    public static IReadOnlyList<SeedStatement> All { get; } = [.. Rc, .. Intrinsic];

    /// <summary>The statement with the given id.</summary>
    /// <exception cref="KeyNotFoundException">For an unknown id.</exception>
    public static SeedStatement Get(string id) =>
        All.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"no seed statement with id '{id}'");
}
