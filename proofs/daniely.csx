// Daniely's depth separation (COLT 2017; the body of the paper is unconfirmed, so the statements follow seed S3 and the
// catalogue's derivations): DAN-LIP, DAN-IP, DAN-D3, DAN-GEG and DAN-EX of the claims catalogue (§6).
//
// Depth is counted as Daniely counts it, in affine layers: "depth 2" is one hidden layer. Targets are written here,
// independently of the constructions: as expression text for the exact 1-D distances, as closed forms for the sampled
// checks on the sphere. Checks on S^{d−1} × S^{d−1} are Sampled, on rational points of the sphere (exactly on it).

const string Seed = "Daniely 2017 as in seed S3 (catalogue DAN-*)";
const string Catalogue = "claims catalogue DAN-EX (derived; the paper's constants are unconfirmed)";

// The exact enclosure of a one-hidden-layer network's kinks, widened by 1: outside it N is affine, so what is measured
// on it holds on all of R.
(Rational From, Rational To) BeyondKinks(Network n)
{
    var layer = n.Layers[0];
    var kinks = Enumerable.Range(0, layer.OutputSize).Where(i => !layer.Weight(i, 0).IsZero).Select(i => -layer.Bias[i] / layer.Weight(i, 0)).ToList();
    return (kinks.Min() - 1, kinks.Max() + 1);
}

// ---- DAN-LIP: N(x) = f(0) + Σ γ_i σ(α_i x + β_i), α_i = ±1, |β_i| ≤ R, |γ_i| ≤ 2L, ‖f − N‖ ≤ ε, N L-Lipschitz on R --
var lipschitzCases = new (string Name, string Text, LipschitzTarget F, Rational R, Rational Epsilon)[]
{
    ("x^2", "x^2", new LipschitzTarget("x^2 on [-2,2]", x => x * x, 4), 2, Q(1, 10)),
    ("x^2", "x^2", new LipschitzTarget("x^2 on [-2,2]", x => x * x, 4), 2, Q(1, 100)),
    ("abs(x-1/3)", "abs(x - 1/3)", new LipschitzTarget("|x - 1/3|", x => Rational.Abs(x - Q(1, 3)), 1), 1, Q(1, 20)),
    ("x^3-x", "x^3 - x", new LipschitzTarget("x^3 - x on [-1,1]", x => x * x * x - x, 2), 1, Q(1, 50)),
    ("clip(3x)", "min(1, max(-1, 3*x))", new LipschitzTarget("clip(3x)", x => Rational.Min(1, Rational.Max(-1, 3 * x)), 3), 2, Q(1, 8)),
};
foreach (var (name, text, f, R, epsilon) in lipschitzCases)
{
    var n = LipschitzApprox.Build(f, R, epsilon);
    var L = f.LipschitzConstant;
    string id = $"DAN-LIP/f={name},R={R},eps={epsilon}";
    var width = (2 * R * L / epsilon).FloorToInteger();
    Claim(id, source: Seed, statement: $"sup over [−{R}, {R}] of |f − N| ≤ ε = {epsilon} for f = {text} (L = {L})")
        .Network(n)
        .Distance(text, on: (-R, R))
        .AtMost(epsilon);
    Claim($"{id},part=width", source: Seed, statement: $"N has m ≤ 2RL/ε = {2 * R * L / epsilon} hidden units in one hidden layer (depth 2)")
        .Convention(DepthConvention.AffineLayers)
        .Network(n)
        .InClass(width: (int)width, depth: 2);
    Claim($"{id},part=alpha", source: Seed, statement: "every α_i ∈ {−1, +1}")
        .Network(n)
        .Count("hidden units whose input weight is not ±1",
            n => Enumerable.Range(0, n.Layers[0].OutputSize).Count(i => Rational.Abs(n.Layers[0].Weight(i, 0)) != 1))
        .Exactly(0);
    Claim($"{id},part=beta", source: Seed, statement: $"every |β_i| ≤ R = {R}")
        .Network(n)
        .Count($"hidden units with |β_i| > {R}", n => Enumerable.Range(0, n.Layers[0].OutputSize).Count(i => Rational.Abs(n.Layers[0].Bias[i]) > R))
        .Exactly(0);
    Claim($"{id},part=gamma", source: Seed, statement: $"every |γ_i| ≤ 2L = {2 * L}")
        .Network(n)
        .Count($"output weights with |γ_i| > {2 * L}", n => Enumerable.Range(0, n.Layers[0].OutputSize).Count(i => Rational.Abs(n.Layers[^1].Weight(0, i)) > 2 * L))
        .Exactly(0);
    // ⌈1000·Lip(N)⌉ ≤ 1000·L proves Lip(N) ≤ L; the measured count shows the constant to three decimals.
    Claim($"{id},part=lipschitz", source: Seed, statement: $"N is L-Lipschitz on all of R, L = {L}")
        .Network(n)
        .Count("⌈1000·Lip(N)⌉ on R (exact, from every piece)", n =>
        {
            var (a, b) = BeyondKinks(n);
            var profile = ScalarFunctionals.Analyse(n, a, b);
            if (!profile.Enumeration.Complete) throw new InvalidOperationException("piece budget reached");
            return (1000 * profile.Lipschitz).CeilingToInteger();
        })
        .AtMost((1000 * L).CeilingToInteger());
}

// ---- DAN-IP: N(x, x′) = ½ Σ_i N_sq(x_i + x′_i) − 1 ≈ ⟨x, x′⟩ on the sphere pair, width 8d²/η ---------------------------
// Rational points exactly on S^{d−1}: the inverse stereographic projection x = (2u, |u|² − 1)/(|u|² + 1) of u ∈ Q^{d−1}.
Rational[] SpherePoint(Random random, int d)
{
    var u = Enumerable.Range(0, d - 1).Select(_ => Q(random.Next(-12, 13), random.Next(1, 7))).ToArray();
    var s = u.Aggregate(Rational.Zero, (a, v) => a + v * v);
    return [.. u.Select(v => 2 * v / (s + 1)), (s - 1) / (s + 1)];
}

// Pairs (x, x′) as one point of R^{2d}; with seed fixed, the sample is the same on every run.
IReadOnlyList<Rational>[] SpherePairs(int d, int count, int seed)
{
    var random = new Random(seed);
    return [.. Enumerable.Range(0, count).Select(_ => (IReadOnlyList<Rational>)[.. SpherePoint(random, d), .. SpherePoint(random, d)])];
}

Rational Inner(IReadOnlyList<Rational> p)
{
    int d = p.Count / 2;
    var s = Rational.Zero;
    for (int i = 0; i < d; i++) s += p[i] * p[d + i];
    return s;
}

foreach (var (d, eta) in new[] { (2, Q(1, 2)), (3, Q(1, 4)), (5, Q(1, 2)), (8, Q(1)) })
{
    var n = InnerProductApprox.Build(d, eta);
    string id = $"DAN-IP/d={d},eta={eta}";
    Claim($"{id},part=width", source: Seed, statement: $"N has width 8d²/η = {8 * d * d / eta} in one hidden layer (depth 2), R^{2 * d} → R")
        .Convention(DepthConvention.AffineLayers)
        .Network(n)
        .InClass(width: (int)(8 * d * d / eta).FloorToInteger(), depth: 2, inputs: 2 * d);
    Claim($"{id},part=neurons", source: Seed, statement: $"N has exactly 8d²/η = {8 * d * d / eta} hidden units (4d/η is an integer here)")
        .Network(n)
        .Neurons()
        .Exactly((8 * d * d / eta).FloorToInteger());
    // Along x = x′ = (t/2)·e_i every other coordinate sum is 0, so N = ½N_sq(t) − 1 there: t²/2 − 1 within η/(2d).
    foreach (var i in new[] { 0, d - 1 })
    {
        var direction = new Rational[2 * d, 1];
        direction[i, 0] = Rational.Half;
        direction[d + i, 0] = Rational.Half;
        Claim($"{id},slice=e{i + 1}", source: Seed, statement: $"along x = x′ = (t/2)·e_{i + 1}, |N − (t²/2 − 1)| ≤ η/(2d) = {eta / (2 * d)} for t ∈ [−2, 2]")
            .Network(NetworkCalculus.PreMap(n, direction))
            .Distance("x^2/2 - 1", on: (-2, 2))
            .AtMost(eta / (2 * d));
    }
    Claim($"{id},part=sphere", source: Seed, statement: $"|N(x, x′) − ⟨x, x′⟩| ≤ η = {eta} for x, x′ ∈ S^{d - 1}")
        .Expect(Sampled)
        .Quantity("sample", "200 pairs, inverse stereographic images of u with coordinates p/q, |p| ≤ 12, q ≤ 6, System.Random seed 17")
        .Network(n)
        .Matches(Inner, at: SpherePairs(d, 200, 17), within: eta);
}

// ---- DAN-D3: N_F = N_f ∘ N_i approximates F(x, x′) = f(⟨x, x′⟩) within ε; widths 16d²L/ε and 4L/ε --------------------
var depthThreeCases = new (string Name, LipschitzTarget F, int D, Rational Epsilon)[]
{
    ("abs", new LipschitzTarget("|t|", t => Rational.Abs(t), 1), 3, Q(1, 2)),
    ("t^3", new LipschitzTarget("t^3", t => t * t * t, 3), 2, Q(1, 2)),
    ("tent4", new LipschitzTarget("max(0, 1 − |4t|)", t => Rational.Max(0, 1 - Rational.Abs(4 * t)), 4), 4, Q(1)),
};
foreach (var (name, f, d, epsilon) in depthThreeCases)
{
    var n = DepthThree.Build(d, f, epsilon);
    var L = f.LipschitzConstant;
    string id = $"DAN-D3/f={name},d={d},eps={epsilon}";
    var inner = 16 * d * d * L / epsilon;
    var outer = 4 * L / epsilon;
    Claim($"{id},part=width", source: Seed, statement: $"N_F has two hidden layers (depth 3) of widths 16d²L/ε = {inner} and 4L/ε = {outer}")
        .Convention(DepthConvention.AffineLayers)
        .Network(n)
        .InClass(width: (int)Rational.Max(inner, outer).FloorToInteger(), depth: 3, inputs: 2 * d);
    Claim($"{id},part=inner-width", source: Seed, statement: $"the first hidden layer (N_i) has 16d²L/ε = {inner} units")
        .Network(n)
        .Count("units in hidden layer 1", n => n.Layers[0].OutputSize)
        .Exactly(inner.FloorToInteger());
    Claim($"{id},part=outer-width", source: Seed, statement: $"the second hidden layer (N_f) has 4L/ε = {outer} units")
        .Network(n)
        .Count("units in hidden layer 2", n => n.Layers[1].OutputSize)
        .Exactly(outer.FloorToInteger());
    Claim($"{id},part=sphere", source: Seed, statement: $"|N_F(x, x′) − f(⟨x, x′⟩)| ≤ ε = {epsilon} for x, x′ ∈ S^{d - 1}, f = {f.Name}")
        .Expect(Sampled)
        .Quantity("sample", "200 pairs, inverse stereographic images of u with coordinates p/q, |p| ≤ 12, q ≤ 6, System.Random seed 23")
        .Network(n)
        .Matches(p => f.Evaluate(Inner(p)), at: SpherePairs(d, 200, 23), within: epsilon);
}

// ---- DAN-GEG: Gegenbauer polynomials, N_{d,n}, the measure μ_d -------------------------------------------------------
// Orthonormality ∫P_n P_k dμ_d = δ_nk/N_{d,n}: recurrence, binomial formula and moments must agree exactly.
foreach (var d in Enumerable.Range(2, 19))
    Claim($"DAN-GEG/d={d},part=orthonormal", source: Seed, statement: $"∫P_n P_k dμ_{d} = δ_nk/N_{{{d},n}} for all 0 ≤ k ≤ n ≤ 30")
        .Count("pairs (n, k) where the identity fails", () =>
        {
            var p = Gegenbauer.BuildAll(d, 30);
            int bad = 0;
            for (int a = 0; a <= 30; a++)
                for (int b = 0; b <= a; b++)
                    if (SphereMarginal.InnerProduct(d, p[a], p[b]) != (a == b ? Rational.Create(1, HarmonicDimension.Of(d, a)) : Rational.Zero)) bad++;
            return bad;
        })
        .Exactly(0);

// The moments of μ_d from its density c_d(1 − t²)^((d−3)/2), for odd d where the density is a polynomial:
// ∫t^(2k)(1 − t²)^((d−3)/2) dt / ∫(1 − t²)^((d−3)/2) dt = Π_{j<k}(2j + 1)/(d + 2j).
foreach (var d in new[] { 3, 5, 7, 9, 11, 15, 19 })
    Claim($"DAN-GEG/d={d},part=moments", source: Seed, statement: $"E[x₁^(2k)] = Π_{{j<k}}(2j + 1)/({d} + 2j) for x uniform on S^{d - 1}, k ≤ 30 (from the density, exactly)")
        .Count("k ≤ 30 where the moment from the density differs", () =>
        {
            var density = Polynomial.FromCoefficients(1, 0, -1).Pow((d - 3) / 2);
            var mass = density.Integrate(-1, 1);
            return Enumerable.Range(0, 31).Count(k =>
            {
                var product = Enumerable.Range(0, k).Aggregate(Rational.One, (m, j) => m * Rational.Create(2 * j + 1, d + 2 * j));
                return (Polynomial.Monomial(1, 2 * k) * density).Integrate(-1, 1) / mass != product;
            });
        })
        .Exactly(0);

// Special cases: d = 3 gives Legendre (Rodrigues' formula), d = 2 Chebyshev (explicit sum); P_n(1) = 1.
Claim("DAN-GEG/d=3,part=legendre", source: Seed, statement: "P_n for d = 3 is the Legendre polynomial (1/(2^n n!)) dⁿ/dxⁿ (x² − 1)ⁿ, n ≤ 30")
    .Count("n ≤ 30 where they differ", () => Enumerable.Range(0, 31).Count(n =>
    {
        var r = Polynomial.FromCoefficients(-1, 0, 1).Pow(n);
        for (int i = 0; i < n; i++) r = r.Derivative();
        var factorial = Enumerable.Range(1, n).Aggregate(BigInteger.One, (f, i) => f * i);
        return r / Rational.Create(BigInteger.One << n, 1) / (Rational)factorial != Gegenbauer.Build(3, n);
    }))
    .Exactly(0);
Claim("DAN-GEG/d=2,part=chebyshev", source: Seed,
        statement: "P_n for d = 2 is the Chebyshev polynomial T_n = (n/2) Σ_k (−1)^k (n − k − 1)!/(k!(n − 2k)!) (2x)^(n−2k), 1 ≤ n ≤ 30")
    .Count("n ≤ 30 where they differ", () => Enumerable.Range(1, 30).Count(n =>
    {
        BigInteger F(int m) => Enumerable.Range(1, m).Aggregate(BigInteger.One, (f, i) => f * i);
        var t = Polynomial.Zero;
        for (int k = 0; 2 * k <= n; k++)
            t += Polynomial.Monomial(Rational.Create(n, 2) * ((k % 2 == 0 ? 1 : -1) * Rational.Create(F(n - k - 1), F(k) * F(n - 2 * k))) * Pow2(n - 2 * k), n - 2 * k);
        return t != Gegenbauer.Build(2, n);
    }))
    .Exactly(0);
Claim("DAN-GEG/part=normalised", source: Seed, statement: "P_n(1) = 1 for 2 ≤ d ≤ 20, n ≤ 30")
    .Count("(d, n) with P_n(1) ≠ 1", () => Enumerable.Range(2, 19).Sum(d => Gegenbauer.BuildAll(d, 30).Count(p => p.Evaluate(1) != 1)))
    .Exactly(0);
Claim("DAN-GEG/part=harmonic-dimension", source: Seed,
        statement: "N_{d,0} = 1, N_{d,1} = d, N_{3,n} = 2n + 1, N_{2,n} = 2 (n ≥ 1), and N_{d,n} is non-decreasing in n (2 ≤ d ≤ 20, n ≤ 30)")
    .Count("violations", () =>
        Enumerable.Range(2, 19).Sum(d =>
            (HarmonicDimension.Of(d, 0) != 1 ? 1 : 0) + (HarmonicDimension.Of(d, 1) != d ? 1 : 0)
            + Enumerable.Range(1, 30).Count(n => HarmonicDimension.Of(d, n) < HarmonicDimension.Of(d, n - 1)))
        + Enumerable.Range(1, 30).Count(n => HarmonicDimension.Of(3, n) != 2 * n + 1 || HarmonicDimension.Of(2, n) != 2))
    .Exactly(0);

// ---- DAN-EX: sin(πd³t); the catalogue's table of base-2 logarithms, to its one decimal ------------------------------
// round(10·log₂ r) for a rational r > 0, exactly: k with 2^(2k−1) ≤ r^20 < 2^(2k+1).
long Log2Floor(Rational r)
{
    BigInteger p = r.Numerator, q = r.Denominator;
    long j = (long)p.GetBitLength() - (long)q.GetBitLength();
    bool AtMost(long e) => e >= 0 ? q << (int)e <= p : q <= p << (int)-e;
    while (!AtMost(j)) j--;
    while (AtMost(j + 1)) j++;
    return j;
}
long Round10Log2(Rational r) => (Log2Floor(Rational.Pow(r, 20)) + 1) >> 1;
long Round10Log2Enclosed((Rational Low, Rational High) r)
{
    long low = Round10Log2(r.Low), high = Round10Log2(r.High);
    if (low != high) throw new InvalidOperationException($"the enclosure [{r.Low}, {r.High}] does not fix the first decimal");
    return low;
}
long Tenths(Rational printed) => (long)(10 * printed).FloorToInteger();

foreach (var (d, log2SqrtN, log2Denominator, log2Width) in SinExample.CatalogueTable)
{
    if (log2SqrtN is Rational s)
        Claim($"DAN-EX/d={d},part=log2-sqrt-N", source: Catalogue, statement: $"log₂ √N_{{{d},{d * d}}} = {s} to one decimal")
            // (√N)^20 = N^10, so no square root is taken.
            .Count("round(10·log₂ √N_{d,d²}), exact", () => (Log2Floor(Rational.Pow(HarmonicDimension.Of(d, d * d), 10)) + 1) >> 1)
            .Exactly(Tenths(s));
    if (log2Denominator is Rational den)
        Claim($"DAN-EX/d={d},part=log2-denominator", source: Catalogue, statement: $"log₂(4^d(1 + 2√d)) = {den} to one decimal (d = {d} is a perfect square)")
            .Count("round(10·log₂(4^d(1 + 2√d))), exact", () =>
            {
                var root = (int)IntegerRoot.FloorSqrt(d);
                if (root * root != d) throw new InvalidOperationException("d must be a perfect square");
                return Round10Log2(Rational.Pow(4, d) * (1 + 2 * root));
            })
            .Exactly(Tenths(den));
    if (log2Width is Rational w)
        Claim($"DAN-EX/d={d},part=log2-width", source: Catalogue, statement: $"log₂ of the width bound (√N_{{d,d²}}/(20eπ) − 2^d)/(4^d(1 + 2√d)) = {w} to one decimal")
            .Count("round(10·log₂ W(d)), from an exact enclosure (e, π from their series)", () => Round10Log2Enclosed(SinExample.WidthBound(d)))
            .Exactly(Tenths(w));
    else
        Claim($"DAN-EX/d={d},part=vacuous", source: Catalogue, statement: $"at d = {d} the width bound is vacuous (W(d) < 1)")
            .Count("⌊log₂ W(d)⌋ at the enclosure's upper end", () => SinExample.WidthBound(d).High.IsZero ? -1 : Log2Floor(SinExample.WidthBound(d).High))
            .AtMost(-1);
}

Claim("DAN-EX/part=projection", source: Catalogue,
        statement: "‖P_nF‖² ≥ (1 − d^(−1/2) + d^(−5/2))/(4eπ) ≥ 1/(5eπ) for every perfect square 25 ≤ d ≤ 10^4 (n = d², m = d^(5/2))")
    .Count("perfect squares d in [25, 10^4] with (m − k)/m < 4/5", () => Enumerable.Range(5, 96).Count(r => SinExample.ProjectionFactor(r * r) < Q(4, 5)))
    .Exactly(0);

// ---- DAN-SEP: ⟨h_i, L_i^v ⊗ L_i^v′⟩ = P_i(⟨v, v′⟩)/√N_{d,i} ----------------------------------------------------------
// Read as an identity for all unit v, v′: multiplied by N^(3/2) it is N²·E_{x,x′}[P_i(⟨x, x′⟩)P_i(⟨v, x⟩)P_i(⟨v′, x′⟩)]
// = P_i(⟨v, v′⟩), with no square root. The expectation is integrated exactly with the moments of the uniform sphere, v
// and v′ left symbolic; the difference of the two sides, reduced modulo |v|² = 1 and |v′|² = 1, must be the zero
// polynomial (which is the same as vanishing on S^{d−1} × S^{d−1}).
foreach (var (d, i) in new[] { (2, 1), (2, 4), (3, 1), (3, 2), (3, 3), (4, 2), (5, 2) })
    Claim($"DAN-SEP/d={d},i={i}", source: Seed,
            statement: $"⟨h_{i}, L_{i}^v ⊗ L_{i}^v′⟩ = P_{i}(⟨v, v′⟩)/√N_{{{d},{i}}} for all v, v′ ∈ S^{d - 1}, i.e. N²·E[P_i(⟨x, x′⟩)P_i(⟨v, x⟩)P_i(⟨v′, x′⟩)] = P_i(⟨v, v′⟩)")
        .Count("non-zero terms of the difference, v and v′ symbolic, reduced on S^{d−1} × S^{d−1}", () => SeparableBasis.Defect(d, i, i, i).TermCount)
        .Exactly(0);
// The proof of DAN-MAIN also drops the off-diagonal components: ⟨h_i, L_j^v ⊗ L_k^v′⟩ = 0 unless i = j = k.
foreach (var d in new[] { 2, 3 })
    Claim($"DAN-SEP/d={d},part=off-diagonal", source: Seed, statement: $"⟨h_i, L_j^v ⊗ L_k^v′⟩ = 0 for all v, v′ ∈ S^{d - 1} and all i, j, k ≤ 2 not all equal")
        .Count("(i, j, k) whose reduced pairing is not the zero polynomial", () =>
            (from i in Enumerable.Range(0, 3) from j in Enumerable.Range(0, 3) from k in Enumerable.Range(0, 3)
             where !(i == j && j == k) select SeparableBasis.Defect(d, i, j, k)).Count(p => !p.IsZero))
        .Exactly(0);

// ---- DAN-MAIN: ‖F − Σ_j g_j‖² ≥ ‖P_nF‖(‖P_nF‖ − 2Σ_j‖g_j‖/√N_{d,n}) (the seed's "=" is SEED-DAN-EQ in seeds-lectures.csx)
// Sampled: F = Σ_{i≤M} a_i P_i(⟨x, x′⟩) and g_j = Σ b^j_ab P_a(⟨v_j, x⟩)P_b(⟨v′_j, x′⟩) with rational data and rational unit
// vectors. The left side is integrated exactly over the sphere pair (without the identities of the proof); the right side
// is replaced by a rational upper end (√ enclosed to 64 bits), so each sample that passes satisfies the inequality.
foreach (var (d, n, M, r, seed) in new[] { (2, 1, 2, 2, 31), (3, 1, 2, 1, 37), (3, 2, 3, 1, 41), (4, 1, 2, 2, 43) })
{
    var samples = Enumerable.Range(0, 8).Select(s => LowerBoundInstance.Random(new Random(seed * 100 + s), d, n, M, r).ToVector()).ToList();
    Claim($"DAN-MAIN/d={d},n={n}", source: Seed,
            statement: $"‖F − Σ_j g_j‖² ≥ ‖P_nF‖(‖P_nF‖ − 2Σ_j‖g_j‖/√N_{{{d},{n}}}) for F an inner-product function and g_1..g_r separable (r = {r}, degrees ≤ {M})")
        .Expect(Sampled)
        .Quantity("sample", $"8 instances LowerBoundInstance.Random(new Random({seed}·100 + s), d = {d}, n = {n}, M = {M}, r = {r}), s = 0..7: a_i = p/q (|p| ≤ 3, q ≤ 3; in about half a_i = 0 for i < n), b_ab = p/(8q) or a_i·s (s = p/8) on the diagonal, v_j, v′_j inverse stereographic images of p/q (|p| ≤ 3, q ≤ 3)")
        .AtSamples("‖F − Σg_j‖² (exact) vs an upper end of the right side", samples,
            v => MainInequality.DistanceSquared(LowerBoundInstance.FromVector(d, n, M, v)),
            v => MainInequality.RightSideUpper(LowerBoundInstance.FromVector(d, n, M, v)))
        .AtLeast();
}

// ---- DAN-SIN: ∫(sin(π√d·m·t) − p)² dμ_d ≥ (m − k)/(4eπm) for deg p = k ----------------------------------------------
// sin(π√d·m·t) is replaced by a Taylor polynomial T with a proven uniform error η (π, √d and each coefficient enclosed,
// outward rounding); the right side by an upper end (e, π enclosed by series with remainder bounds). For every p of degree
// ≤ k, ‖s − p‖ ≥ ‖T − ΠT‖ − η with ΠT the exact L²(μ_d) projection (its residual is checked orthogonal to 1, …, t^k): so
// the lower end covers all p at once. A sampled claim beside it evaluates random p directly, without the projection.
foreach (var (d, m, k) in new[] { (2, 1, 0), (2, 3, 2), (3, 2, 1), (3, 3, 0), (4, 3, 2), (9, 2, 1), (25, 1, 0), (2, 8, 7) })
{
    string id = $"DAN-SIN/d={d},m={m},k={k}";
    string statement = $"∫(sin(π√{d}·{m}·t) − p(t))² dμ_{d} ≥ (m − k)/(4eπm) = {m - k}/({4 * m}eπ) for every polynomial p of degree {k}";
    Claim(id, source: Seed, statement: statement)
        .Value("lower end of min over deg p ≤ k of ∫(s − p)² dμ_d (Taylor enclosure, exact projection)", () => SinLowerBound.MinimumLowerBound(d, m, k))
        .AtLeast(SinLowerBound.BoundUpper(m, k));
    // Random p with coefficients p/q, and the projection rounded to 1/64 and perturbed: the near-optimal ones.
    var random = new Random(1000 * d + 10 * m + k);
    var best = SinLowerBound.BestPolynomial(d, m, k);
    var polys = Enumerable.Range(0, 6).Select(_ => (IReadOnlyList<Rational>)Enumerable.Range(0, k + 1).Select(_ => Q(random.Next(-8, 9), random.Next(1, 5))).ToArray())
        .Concat(Enumerable.Range(0, 4).Select(s => (IReadOnlyList<Rational>)Enumerable.Range(0, k + 1)
            .Select(j => ((Rational)((best[j] * 64 + Rational.Half).FloorToInteger() + (s == 0 ? 0 : random.Next(-2, 3)))) / 64).ToArray()))
        .ToList();
    Claim($"{id},part=sampled", source: Seed, statement: statement)
        .Expect(Sampled)
        .Quantity("sample", $"10 polynomials of degree ≤ {k}: 6 with coefficients p/q (|p| ≤ 8, q ≤ 4), 4 the projection rounded to 1/64 (three perturbed by ≤ 2/64), System.Random seed {1000 * d + 10 * m + k}")
        .AtSamples("lower end of ∫(s − p)² dμ_d for the sampled p (Taylor enclosure) vs an upper end of (m − k)/(4eπm)", polys,
            c => SinLowerBound.LowerBound(d, m, Polynomial.FromCoefficients(c)),
            _ => SinLowerBound.BoundUpper(m, k))
        .AtLeast();
}
