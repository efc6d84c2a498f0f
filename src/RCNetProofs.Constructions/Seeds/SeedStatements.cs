using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Seeds;

/// <summary>
/// The seed statements of the Telgarsky lecture notes (seed S4) and the slides on Daniely's separation (seed S3),
/// each with its correction and exact data (catalogue section "Seed claims").
/// </summary>
/// <remarks>
/// Data only: a proof script checks every datum through the kernel (seed side with <see cref="SeedNetworks"/>,
/// true side with the constructions), so nothing here is taken on trust.
/// </remarks>
public static class SeedStatements
{
    private static readonly Dictionary<string, int> None = [];

    private static SeedDatum At(string quantity, Dictionary<string, int> parameters, Rational[] point, Rational? seed, Rational truth) =>
        new(quantity, parameters, point, seed, truth);

    private static Rational Q(long p, long q = 1) => Rational.Create(p, q);

    /// <summary>The statements of seed S4 (triangle map, sawtooth, x², parity, symmetric copies).</summary>
    public static IReadOnlyList<SeedStatement> Telgarsky { get; } =
    [
        new("SEED-DELTA", "S4",
            "Δ(x) = 2σ(x) − 4σ(x − 1/2) + σ(x), i.e. 3σ(x) − 4σ(x − 1/2)",
            "Δ(x) = 2σ(x) − 4σ(x − 1/2) + 2σ(x − 1)",
            false,
            [
                At("Δ(x)", None, [Q(1, 4)], Q(3, 4), Q(1, 2)),
                At("Δ(x)", None, [Q(1, 2)], Q(3, 2), Q(1)),
                At("Δ(x)", None, [Q(3, 4)], Q(5, 4), Q(1, 2)),
                At("Δ(x)", None, [Q(1)], Q(1), Q(0)),
            ],
            "TEL-DELTA: the seed's own piecewise definition (2x on [0,1/2), 2(1 − x) on [1/2,1), 0 elsewhere)"),
        new("SEED-FRAC", "S4",
            "Δ^{∘L}(x) = Δ(⟨2^L x⟩) on [0,1], base case L = 1 included",
            "Δ^{∘L}(x) = Δ(⟨2^{L−1} x⟩) on [0,1] (x = 1 included)",
            false,
            [
                At("Δ^{∘L}(x)", new() { ["L"] = 1 }, [Q(1, 4)], Q(1), Q(1, 2)),
                At("Δ^{∘L}(x)", new() { ["L"] = 2 }, [Q(1, 8)], Q(1), Q(1, 2)),
            ],
            "TEL-FRAC: exponent L − 1 checked exactly for L = 1..10; the exponent L fails already at L = 1"),
        new("SEED-HI", "S4",
            "h_i = x − Σ_{j=0}^{i−1} Δ^{∘j}(x)/4^{j+1}; increment h_{j+1} − h_j = −Δ^{∘j}/4^{j+1}; telescoping Σ_{j=1}^{i}(h_{j+1} − h_j)",
            "h_i = x − Σ_{j=1}^{i} Δ^{∘j}(x)/4^j; increment h_{j+1} − h_j = −Δ^{∘(j+1)}/4^{j+1}; telescoping Σ_{j=0}^{i−1}",
            false,
            [
                At("h_i(x)", new() { ["i"] = 1 }, [Q(1, 2)], Q(3, 8), Q(1, 4)),
                At("h_i(x)", new() { ["i"] = 2 }, [Q(1, 4)], Q(5, 32), Q(1, 16)),
                At("h_{j+1}(x) − h_j(x)", new() { ["j"] = 0 }, [Q(1, 2)], Q(-1, 8), Q(-1, 4)),
            ],
            "YAR-SQ: h_i is the interpolant of x² at k/2^i; h_i(k/2^i) = (k/2^i)²"),
        new("SEED-HI-SIZE", "S4",
            "h_i is a network with S_i nodes in 2^i layers; x² and xy to accuracy ε need 1/ε² nodes and layers",
            "h_i ∈ NN{3, i} on [0,1]: 3i ReLUs in i hidden layers; accuracy ε needs i = max(0, ⌈log₄(1/ε)⌉ − 1) levels, "
            + "O(log(1/ε)); the notes' later remark ⌈ln(1/ε)⌉ is a valid, looser choice",
            false,
            [
                At("hidden layers of h_i", new() { ["i"] = 4 }, [], Q(16), Q(4)),
                At("hidden ReLUs of h_i", new() { ["i"] = 4 }, [], Q(17), Q(12)),
                At("levels for accuracy ε = 4^{−5}", None, [], Q(1L << 20), Q(4)),
            ],
            "YAR-SQ: SquareApprox.Build(i) measured width 3, depth i; |S_i| = 2^i + 1 grid points"),
        new("SEED-X2-ERR", "S4",
            "sup_{x∈[0,1]} |h_i(x) − x²| = 1/4^{i+1}",
            "correct as written; attained at every midpoint (2k + 1)/2^{i+1}",
            true,
            [.. Enumerable.Range(1, 8).Select(i => At("sup |h_i − x²| on [0,1]", new() { ["i"] = i }, [], Rational.Pow(4, -(i + 1)), Rational.Pow(4, -(i + 1))))],
            "YAR-SQ: exact sup by piece enumeration, i ≤ 8 in the catalogue, i ≤ 12 in the tests"),
        new("SEED-PAR", "S4",
            "for x ∈ {±1}^d, d = 2^L: Π x_i = Δ^{∘L}((d + Σ x_i)/(2d))",
            "Π x_i = 1 − 2Δ^{∘L}((d + Σ x_i)/(2d)); for bits b, XOR(b) = Δ^{∘L}(Σ b_i/2^L)",
            false,
            [
                At("Π x_i", new() { ["L"] = 1, ["d"] = 2 }, [Q(1), Q(1)], Q(0), Q(1)),
                At("Π x_i", new() { ["L"] = 1, ["d"] = 2 }, [Q(1), Q(-1)], Q(1), Q(-1)),
                At("Π x_i", new() { ["L"] = 1, ["d"] = 2 }, [Q(-1), Q(-1)], Q(0), Q(1)),
            ],
            "TEL-PAR: exhaustive for d = 2, 4, 8, 16"),
        new("SEED-SYM", "S4",
            "if f(z) = f(1 − z) on [0,1] then f(Δ^{∘L}(x)) = f(Δ(⟨2^L x⟩)): 2^{L+1} copies of f",
            "f(Δ^{∘L}(x)) = f(⟨2^L x⟩) on [0,1]: 2^L copies of f",
            false,
            [
                At("f(Δ^{∘L}(x)), f(z) = z(1 − z)", new() { ["L"] = 1 }, [Q(1, 4)], Q(0), Q(1, 4)),
                At("copies of f on [0,1]", new() { ["L"] = 1 }, [], Q(4), Q(2)),
            ],
            "TEL-SYM: checked exactly on grids and random rationals"),
        new("SEED-MISC-S4", "S4",
            "the triangle map Δ: R → R^n",
            "Δ: R → R",
            false,
            [At("output dimension of Δ", None, [], null, Q(1))],
            "TEL-DELTA"),
    ];

    /// <summary>The statements of seed S3 (slides on Daniely's depth separation).</summary>
    public static IReadOnlyList<SeedStatement> Daniely { get; } =
    [
        new("SEED-DAN-EQ", "S3",
            "‖F − Σ_j g_j‖² = ‖P_nF‖(‖P_nF‖ − 2Σ_j‖g_j‖/√N_{d,n})",
            "‖F − Σ_j g_j‖² ≥ ‖P_nF‖(‖P_nF‖ − 2Σ_j‖g_j‖/√N_{d,n}) (an inequality; the slide's own proof derives ≥)",
            false,
            [At("‖F − Σg_j‖² for g_j ≡ 0, F = h_0 + h_n", new() { ["d"] = 3, ["n"] = 2 }, [], Q(1), Q(2))],
            "DAN-MAIN; ‖h_0 + h_n‖² = 2 and ‖P_n(h_0 + h_n)‖² = 1 by exact orthonormality (DAN-GEG)"),
        new("SEED-DAN-PNF", "S3",
            "P_nF ≥ 1/(5eπ)",
            "‖P_nF‖² ≥ (1 − d^{−1/2} + d^{−5/2})/(4eπ) ≥ 1/(5eπ) for d ≥ 25 (n = d², d a perfect square), hence ‖P_nF‖ ≥ 1/(5eπ)",
            false,
            [
                At("(m − k)/m = 1 − d^{−1/2} + d^{−5/2}", new() { ["d"] = 25 }, [], null, Q(2501, 3125)),
                At("(m − k)/m = 1 − d^{−1/2} + d^{−5/2} (below 4/5)", new() { ["d"] = 16 }, [], null, Q(769, 1024)),
            ],
            "DAN-EX, DAN-SIN (derived)"),
        new("SEED-DAN-WIDTH", "S3",
            "width ≥ √N_{d,d²}/(20eπ·2^{2d}(1 + √(4d)) + 2^{d+1}) = 2^{Ω(d log d)}",
            "width r > (√N_{d,d²}/(20eπ) − 2^d)/(4^d(1 + 2√d)) (derived); the asymptotics 2^{Ω(d log d)} are right",
            false,
            [At("N_{d,d²}", new() { ["d"] = 25 }, [], null, BigInteger.Parse("2373691576484634291301675412620036755064376", System.Globalization.CultureInfo.InvariantCulture))],
            "DAN-EX (the paper's exact constants are unconfirmed)"),
        new("SEED-DAN-NOTATION", "S3",
            "N_{n,d} in one place and N_{d,n} elsewhere; width m ≤ 2RL/ε with knots every ε/L",
            "N_{d,n} throughout; with knots every ε/L the width is m = 2⌈RL/ε⌉ (= 2RL/ε only when RL/ε is an integer); "
            + "knots every 2ε/L give m = 2⌈RL/(2ε)⌉ ≤ 2RL/ε whenever RL ≥ ε",
            false,
            [At("width m, knots every ε/L", new() { ["R"] = 1, ["L"] = 1 }, [Q(2, 3)], Q(3), Q(4))],
            "DAN-LIP; the point is ε"),
        new("SEED-DAN-REC", "S3",
            "P_0 = 1, P_1 = x, P_n = ((2n + d − 4)/(n + d − 3)) x P_{n−1} − ((n − 1)/(n + d − 3)) P_{n−2}; "
            + "N_{d,n} = C(d + n − 1, d − 1) − C(d + n − 3, d − 1); dμ_d = c_d(1 − x²)^{(d−3)/2}dx; widths 16d²L/ε, 4L/ε, 16πd⁵/ε",
            "correct as written",
            true,
            [
                At("P_n(x)", new() { ["d"] = 3, ["n"] = 2 }, [Q(1, 2)], Q(-1, 8), Q(-1, 8)),
                At("P_n(x)", new() { ["d"] = 2, ["n"] = 3 }, [Q(1, 2)], Q(-1), Q(-1)),
                At("N_{d,n}", new() { ["d"] = 3, ["n"] = 2 }, [], Q(5), Q(5)),
            ],
            "DAN-GEG: orthonormality exact for d = 2..9, n ≤ 10"),
    ];

    /// <summary>All statements, S4 first.</summary>
    public static IReadOnlyList<SeedStatement> All { get; } = [.. Telgarsky, .. Daniely];

    /// <summary>The statement with the given id.</summary>
    /// <exception cref="KeyNotFoundException">For an unknown id.</exception>
    public static SeedStatement Get(string id) =>
        All.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"no seed statement with id '{id}'");
}
