// Errata for the lecture notes on Telgarsky's sawtooth and Yarotsky's square (seed S4) and the slides on Daniely's depth
// separation (seed S3): every seed statement of the claims catalogue (§7) not already checked in telgarsky.csx.
//
// Each statement appears as the seed writes it (statement = the seed's text; expected Refuted with an exact witness,
// or Proved where the seed is right), and beside it the corrected statement (id …/part=corrected…, statement = the
// correct form), proved. The texts come from SeedStatements; the numbers are measured here through the kernel.

const string S4 = "Seed S4, lecture notes (triangle map, sawtooth, x²)";
const string S3 = "Seed S3, slides on Daniely's depth separation";
const string Fix = "claims catalogue §7 (correction)";

SeedStatement Seed(string id) => SeedStatements.Get(id);

// A claim as the seed writes it: the seed's words, then where they were checked. Expected Refuted, unless the seed is
// right (or, for a clause the seed gets right, `right: true`).
RCNetProofs.Scripting.ClaimBuilder AsWritten(string id, SeedStatement s, string instance, string? clause = null, bool right = false,
    [System.Runtime.CompilerServices.CallerLineNumber] int line = 0) =>
    Claim(id, source: s.Seed == "S4" ? S4 : S3, statement: $"{clause ?? s.SeedSays} — checked: {instance}", line: line)
        .Expect(s.SeedIsCorrect || right ? Proved : Refuted);

// The corrected statement beside it, in the correct form, then where it was checked.
RCNetProofs.Scripting.ClaimBuilder Corrected(string id, SeedStatement s, string instance, string? clause = null,
    [System.Runtime.CompilerServices.CallerLineNumber] int line = 0) =>
    Claim(id, source: Fix, statement: $"{clause ?? s.Corrected} — checked: {instance}", line: line);

// The interpolant of x² at the points k/2^i, piece by piece: the chord (2k + 1)x/2^i − k(k + 1)/4^i on [k, k + 1]/2^i.
PiecewisePolynomial Interpolant(int i)
{
    var step = Pow2(-i);
    return new PiecewisePolynomial(Enumerable.Range(0, 1 << i).Select(k => new PolynomialPiece(k * step, (k + 1) * step,
        Polynomial.FromCoefficients(-k * (k + 1) * step * step, (2 * k + 1) * step))));
}

// x − Σ_j c_j Δ^∘j(x) from the sawtooth networks, valid on [0, 1] where every term is ≥ 0.
Network XMinus(IEnumerable<(Rational Coefficient, int Depth)> terms) =>
    NetworkCalculus.LinearCombination([(1, NetworkCalculus.Identity(1)), .. terms.Select(t => (-t.Coefficient, Sawtooth.Build(t.Depth)))], IdentityMode.NonNegative);

// ---- SEED-HI: the formula for h_i and its increments ---------------------------------------------------------------
var hi = Seed("SEED-HI");
foreach (var i in new[] { 1, 2, 3, 6 })
{
    AsWritten($"SEED-HI/i={i}", hi, $"h_{i} = x − Σ_(j=0..{i - 1}) Δ^∘j/4^(j+1) against the interpolant of x² at k/2^{i}, on [0, 1]",
            clause: "h_i = x − Σ_{j=0}^{i−1} Δ^{∘j}(x)/4^{j+1} (with Δ^{∘0} = id), the interpolant of x² at the points k/2^i")
        .Network(SeedNetworks.SquareInterpolant(i))
        .Distance(() => Interpolant(i), $"the chords of x² at k/2^{i}", on: (0, 1))
        .AtMost(0);
    Corrected($"SEED-HI/i={i},part=corrected", hi, $"h_{i} = x − Σ_(j=1..{i}) Δ^∘j/4^j against the interpolant of x² at k/2^{i}, on [0, 1]",
            clause: "h_i = x − Σ_{j=1}^{i} Δ^{∘j}(x)/4^j is the interpolant of x² at the points k/2^i")
        .Network(XMinus(Enumerable.Range(1, i).Select(j => (Rational.Pow(4, -j), j))))
        .Distance(() => Interpolant(i), $"the chords of x² at k/2^{i}", on: (0, 1))
        .AtMost(0);
}

// The increments, for the true h_j (the interpolants; the YAR-SQ network, proved equal to them in yarotsky.csx).
foreach (var j in new[] { 0, 1, 4 })
{
    var increment = NetworkCalculus.LinearCombination([(1, SquareApprox.Build(j + 1)), (-1, SquareApprox.Build(j))]);
    var seedSide = j == 0 ? NetworkCalculus.Affine(new Rational[,] { { Q(-1, 4) } }) : NetworkCalculus.Scale(-Rational.Pow(4, -(j + 1)), Sawtooth.Build(j));
    AsWritten($"SEED-HI/j={j},part=increment", hi, $"j = {j}, on [0, 1]", clause: "increment h_{j+1} − h_j = −Δ^{∘j}/4^{j+1} (Δ^{∘0} = id)")
        .Network(increment)
        .EqualsNetwork(seedSide, on: (0, 1));
    Corrected($"SEED-HI/j={j},part=corrected-increment", hi, $"j = {j}, on [0, 1]", clause: "increment h_{j+1} − h_j = −Δ^{∘(j+1)}/4^{j+1}")
        .Network(increment)
        .EqualsNetwork(NetworkCalculus.Scale(-Rational.Pow(4, -(j + 1)), Sawtooth.Build(j + 1)), on: (0, 1));
}

// The telescoping sum: h_i = h_0 + Σ_{j=1}^{i}(h_{j+1} − h_j) as printed, against Σ_{j=0}^{i−1}.
foreach (var i in new[] { 2, 5 })
{
    Network H(int m) => SquareApprox.Build(m);
    AsWritten($"SEED-HI/i={i},part=telescoping", hi, $"i = {i}, on [0, 1]", clause: "telescoping h_i = h_0 + Σ_{j=1}^{i}(h_{j+1} − h_j)")
        .Network(NetworkCalculus.LinearCombination([(1, H(0)), .. Enumerable.Range(1, i).SelectMany(j => new (Rational, Network)[] { (1, H(j + 1)), (-1, H(j)) })]))
        .EqualsNetwork(H(i), on: (0, 1));
    Corrected($"SEED-HI/i={i},part=corrected-telescoping", hi, $"i = {i}, on [0, 1]", clause: "telescoping h_i = h_0 + Σ_{j=0}^{i−1}(h_{j+1} − h_j)")
        .Network(NetworkCalculus.LinearCombination([(1, H(0)), .. Enumerable.Range(0, i).SelectMany(j => new (Rational, Network)[] { (1, H(j + 1)), (-1, H(j)) })]))
        .EqualsNetwork(H(i), on: (0, 1));
}

// ---- SEED-HI-SIZE: sizes of h_i and the depth needed for accuracy ε ------------------------------------------------
var size = Seed("SEED-HI-SIZE");
AsWritten("SEED-HI-SIZE/i=4,part=layers", size, "h_4: 2^4 = 16 layers")
    .Network(SquareApprox.Build(4))
    .Count("hidden layers", n => n.HiddenLayerCount)
    .Exactly(16);
AsWritten("SEED-HI-SIZE/i=4,part=nodes", size, "h_4: |S_4| = 2^4 + 1 = 17 nodes")
    .Network(SquareApprox.Build(4))
    .Neurons()
    .Exactly(17);
foreach (var i in new[] { 4, 10 })
{
    Corrected($"SEED-HI-SIZE/i={i},part=corrected", size, $"h_{i} ∈ NN{{3, {i}}}")
        .Network(SquareApprox.Build(i))
        .InClass(width: 3, depth: i);
    Corrected($"SEED-HI-SIZE/i={i},part=corrected-nodes", size, $"h_{i} has 3i = {3 * i} ReLUs")
        .Network(SquareApprox.Build(i))
        .Neurons()
        .Exactly(3 * i);
}
// Accuracy ε = 4^−5: the seed's 1/ε² = 2^20 layers against h_4, which reaches it with 4, while h_3 does not.
var eps = Rational.Pow(4, -5);
AsWritten("SEED-HI-SIZE/eps=4^-5,part=layers", size, "x² to accuracy ε = 4^−5 needs 1/ε² = 2^20 layers; h_4 (below) reaches ε with 4")
    .Network(SquareApprox.Build(4))
    .Count("hidden layers of h_4", n => n.HiddenLayerCount)
    .AtLeast(BigInteger.One << 20);
Corrected("SEED-HI-SIZE/eps=4^-5,part=corrected", size, "i = ⌈log₄(1/ε)⌉ − 1 = 4 levels reach ε = 4^−5")
    .Network(SquareApprox.Build(4))
    .Distance("x^2", on: (0, 1))
    .AtMost(eps);
Corrected("SEED-HI-SIZE/eps=4^-5,part=corrected-minimal", size, "3 levels do not reach ε = 4^−5: h_3(1/16) − (1/16)² = 4^−4")
    .Network(SquareApprox.Build(3))
    .MatchesEverywhere(x => x * x + Rational.Pow(4, -4), on: [Q(1, 16)]);
// The notes' later choice ⌈ln(1/ε)⌉ levels, with ln 10 enclosed in [2.302585092, 2.302585093] (no level count is near an integer).
foreach (var k in Enumerable.Range(1, 6))
{
    var low = k * Q("2.302585092"); var high = k * Q("2.302585093");
    if (low.CeilingToInteger() != high.CeilingToInteger()) throw new InvalidOperationException($"⌈{k}·ln 10⌉ is not fixed by the enclosure");
    int m = (int)low.CeilingToInteger();
    AsWritten($"SEED-HI-SIZE/eps=1e-{k},part=ln", size, $"ε = 10^−{k}, ⌈ln(1/ε)⌉ = {m} levels", clause: "accuracy ε with ⌈ln(1/ε)⌉ levels (the notes' later remark)", right: true)
        .Network(SquareApprox.Build(m))
        .Distance("x^2", on: (0, 1))
        .AtMost(Rational.Pow(10, -k));
}

// ---- SEED-X2-ERR: sup |h_i − x²| = 1/4^{i+1}, right as written ---------------------------------------------------
var err = Seed("SEED-X2-ERR");
foreach (var i in Enumerable.Range(1, 10))
    AsWritten($"SEED-X2-ERR/i={i}", err, $"i = {i}: 1/4^{i + 1} = {Rational.Pow(4, -(i + 1))}")
        .Network(XMinus(Enumerable.Range(1, i).Select(j => (Rational.Pow(4, -j), j))))
        .Distance("x^2", on: (0, 1))
        .AtMost(Rational.Pow(4, -(i + 1)));

// ---- SEED-MISC-S4: "Δ: R → R^n" --------------------------------------------------------------------------------------
var misc = Seed("SEED-MISC-S4");
AsWritten("SEED-MISC-S4", misc, "an output dimension n ≥ 2")
    .Network(Triangle.Build())
    .Count("outputs", n => n.OutputDimension)
    .AtLeast(2);
Corrected("SEED-MISC-S4/part=corrected", misc, "Triangle.Build() maps R^1 → R^1")
    .Network(Triangle.Build())
    .InClass(width: 3, depth: 1, inputs: 1, outputs: 1);

// ---- SEED-DAN-EQ: the main inequality printed as an equation ------------------------------------------------------
// With g_j ≡ 0 and F = h_0 + h_n (h_i = √N_{d,i} P_i(⟨x, x′⟩)): ‖F‖² = 1 + 2√N ∫P_n dμ_d + N ∫P_n² dμ_d, and the
// right-hand side is ‖P_nF‖² = ‖h_n‖² = N ∫P_n² dμ_d; both are exact rationals (∫P_n dμ_d = 0 is checked).
BigInteger Integer(Rational q) => q.IsInteger ? q.Numerator : throw new InvalidOperationException($"{q} is not an integer");
Rational NormOfProjection(int d, int n) => HarmonicDimension.Of(d, n) * SphereMarginal.InnerProduct(d, Gegenbauer.Build(d, n), Gegenbauer.Build(d, n));
BigInteger NormOfF(int d, int n)
{
    var p = Gegenbauer.Build(d, n);
    if (!SphereMarginal.Integrate(d, p).IsZero) throw new InvalidOperationException("∫P_n dμ_d ≠ 0");
    return Integer(1 + HarmonicDimension.Of(d, n) * SphereMarginal.InnerProduct(d, p, p));
}

var eq = Seed("SEED-DAN-EQ");
foreach (var (d, n) in new[] { (3, 2), (5, 4), (10, 3) })
{
    var rhs = Integer(NormOfProjection(d, n));
    AsWritten($"SEED-DAN-EQ/d={d},n={n}", eq, $"g_j ≡ 0, F = h_0 + h_{n}, d = {d}: right-hand side ‖P_nF‖² = {rhs}")
        .Count("‖F − Σ_j g_j‖², exactly from the moments of μ_d", () => NormOfF(d, n))
        .Exactly(rhs);
    Corrected($"SEED-DAN-EQ/d={d},n={n},part=corrected", eq, $"g_j ≡ 0, F = h_0 + h_{n}, d = {d}: right-hand side ‖P_nF‖² = {rhs}")
        .Count("‖F − Σ_j g_j‖², exactly from the moments of μ_d", () => NormOfF(d, n))
        .AtLeast(rhs);
}

// With g ≠ 0 as well: F = h_4 = 3P_4(⟨x, x′⟩) (N_{3,4} = 9) and one separable g = 3 = √N·L_0 ⊗ L_0. Every square root in the
// right side is rational (‖P_4F‖ = 1, ‖g‖ = 3, √N = 3), so it is exactly 1·(1 − 2·3/3) = −1, while ‖F − g‖² = 1 + 9 = 10
// is integrated exactly over the sphere pair (MainInequality, no identity of the proof used).
Rational ExactSqrt(Rational q)
{
    var (low, high) = RCNetProofs.Constructions.RCNets.RationalSqrt.Enclose(q);
    return low == high ? low : throw new InvalidOperationException($"√{q} is not rational");
}
var constantG = new Rational[25];
constantG[0] = 3;
var withG = new LowerBoundInstance(3, 4, [0, 0, 0, 0, 3], [([1, 0, 0], [1, 0, 0], constantG)]);
var projectionNorm = ExactSqrt(MainInequality.ProjectionNormSquared(withG));
var rhsWithG = projectionNorm * (projectionNorm - 2 * ExactSqrt(MainInequality.NormSquared(withG, 0)) / ExactSqrt(HarmonicDimension.Of(3, 4)));
AsWritten("SEED-DAN-EQ/d=3,n=4,part=separable", eq, $"F = h_4, g_1 = 3 = √N_{{3,4}}·L_0 ⊗ L_0, d = 3: right-hand side ‖P_nF‖(‖P_nF‖ − 2‖g‖/√N) = {rhsWithG}")
    .Value("‖F − g‖², exactly from the moments of the uniform sphere", () => MainInequality.DistanceSquared(withG))
    .Exactly(rhsWithG);
Corrected("SEED-DAN-EQ/d=3,n=4,part=separable-corrected", eq, $"F = h_4, g_1 = 3 = √N_{{3,4}}·L_0 ⊗ L_0, d = 3: right-hand side = {rhsWithG}")
    .Value("‖F − g‖², exactly from the moments of the uniform sphere", () => MainInequality.DistanceSquared(withG))
    .AtLeast(rhsWithG);

// ---- SEED-DAN-PNF: "P_nF ≥ 1/(5eπ)" -------------------------------------------------------------------------------
// The derivation gives ‖P_nF‖² ≥ (m − k)/(4eπm); that is ≥ 1/(5eπ) exactly when (m − k)/m ≥ 4/5.
var pnf = Seed("SEED-DAN-PNF");
AsWritten("SEED-DAN-PNF", pnf, "every perfect square d = r², 2 ≤ r ≤ 100 (n = d², m = d^(5/2), k = n − 1)")
    .Count("perfect squares d ≤ 10^4 with (m − k)/m < 4/5", () => Enumerable.Range(2, 99).Count(r => SinExample.ProjectionFactor(r * r) < Q(4, 5)))
    .Exactly(0);
Corrected("SEED-DAN-PNF/part=corrected", pnf, "perfect squares 25 ≤ d ≤ 10^4")
    .Count("perfect squares 25 ≤ d ≤ 10^4 with (m − k)/m < 4/5", () => Enumerable.Range(5, 96).Count(r => SinExample.ProjectionFactor(r * r) < Q(4, 5)))
    .Exactly(0);

// ---- SEED-DAN-WIDTH: the width bound as printed, against the one derived ------------------------------------------
// Exact enclosures with e, π (from their series) and √N to 2^−256 (√d exact: d is a perfect square); the two
// expressions differ only in the 11th significant digit at d = 25 and in the 34th at d = 100.
const int widthBits = 256;
var (eLow, eHigh) = ConstantEnclosures.E(widthBits);
var (piLow, piHigh) = ConstantEnclosures.Pi(widthBits);
(Rational Low, Rational High) SqrtN(int d) => RCNetProofs.Constructions.RCNets.RationalSqrt.Enclose(HarmonicDimension.Of(d, d * d), widthBits);
// The slide: √N/(20eπ·2^(2d)(1 + √(4d)) + 2^(d+1)).   The derivation: (√N/(20eπ) − 2^d)/(4^d(1 + 2√d)).
(Rational Low, Rational High) Printed(int d, int root)
{
    var (sLow, sHigh) = SqrtN(d);
    var core = Rational.Pow(4, d) * (1 + 2 * root);
    return (sLow / (20 * eHigh * piHigh * core + Rational.Pow(2, d + 1)), sHigh / (20 * eLow * piLow * core + Rational.Pow(2, d + 1)));
}
(Rational Low, Rational High) Derived(int d, int root)
{
    var (sLow, sHigh) = SqrtN(d);
    var core = Rational.Pow(4, d) * (1 + 2 * root);
    return ((sLow / (20 * eHigh * piHigh) - Rational.Pow(2, d)) / core, (sHigh / (20 * eLow * piLow) - Rational.Pow(2, d)) / core);
}

var width = Seed("SEED-DAN-WIDTH");
AsWritten("SEED-DAN-WIDTH", width, "the printed expression lies below the derived bound for d = 25, 36, …, 100, so 'width ≥ it' follows from the derivation", right: true)
    .Count("perfect squares 25 ≤ d ≤ 100 where the printed expression is not certainly below the derived bound",
        () => Enumerable.Range(5, 6).Count(r => !(Printed(r * r, r).High < Derived(r * r, r).Low)))
    .Exactly(0);
Corrected("SEED-DAN-WIDTH/part=corrected", width, "2^Ω(d log d) seen on a finite range: log₂ W(d) ≥ (d log₂ d)/8, i.e. W(d)^8 ≥ d^d, for 36 ≤ d ≤ 200")
    .Count("d in [36, 200] with W(d)^8 < d^d (lower end of the exact enclosure)",
        () => Enumerable.Range(36, 165).Count(d => Rational.Pow(SinExample.WidthBound(d).Low, 8) < Rational.Pow(d, d)))
    .Exactly(0);

// ---- SEED-DAN-NOTATION: m ≤ 2RL/ε with knots every ε/L -------------------------------------------------------------
var notation = Seed("SEED-DAN-NOTATION");
var oneLipschitz = new LipschitzTarget("|x − 1/3|", x => Rational.Abs(x - Q(1, 3)), 1);
var epsilon = Q(2, 3);
AsWritten("SEED-DAN-NOTATION", notation, "R = L = 1, ε = 2/3, knots every ε/L: 2RL/ε = 3")
    .Network(LipschitzApprox.BuildSeed(oneLipschitz, 1, epsilon))
    .Neurons()
    .AtMost(3);
Corrected("SEED-DAN-NOTATION/part=corrected", notation, "R = L = 1, ε = 2/3, knots every ε/L: m = 2⌈RL/ε⌉ = 4")
    .Network(LipschitzApprox.BuildSeed(oneLipschitz, 1, epsilon))
    .Neurons()
    .Exactly(4);
Corrected("SEED-DAN-NOTATION/part=corrected-spacing", notation, "R = L = 1, ε = 2/3, knots every 2ε/L: m = 2⌈RL/(2ε)⌉ = 2 ≤ 3")
    .Network(LipschitzApprox.Build(oneLipschitz, 1, epsilon))
    .Neurons()
    .AtMost(3);
Corrected("SEED-DAN-NOTATION/part=corrected-accuracy", notation, "R = L = 1, ε = 2/3, knots every 2ε/L: sup over [−1, 1] of |f − N| ≤ ε, f = |x − 1/3|")
    .Network(LipschitzApprox.Build(oneLipschitz, 1, epsilon))
    .Distance("abs(x - 1/3)", on: (-1, 1))
    .AtMost(epsilon);

// ---- SEED-DAN-REC: recurrence, N_{d,n}, density, widths — right as written -----------------------------------------
var rec = Seed("SEED-DAN-REC");
AsWritten("SEED-DAN-REC/part=recurrence", rec, "∫P_n P_k dμ_d = δ_nk/N_{d,n} for 2 ≤ d ≤ 9, 0 ≤ k ≤ n ≤ 10")
    .Count("(d, n, k) where the recurrence, N_{d,n} and the moments of μ_d disagree", () =>
        Enumerable.Range(2, 8).Sum(d =>
        {
            var p = Gegenbauer.BuildAll(d, 10);
            return Enumerable.Range(0, 11).Sum(a => Enumerable.Range(0, a + 1).Count(b =>
                SphereMarginal.InnerProduct(d, p[a], p[b]) != (a == b ? Rational.Create(1, HarmonicDimension.Of(d, a)) : Rational.Zero)));
        }))
    .Exactly(0);
AsWritten("SEED-DAN-REC/part=density", rec, "the moments of c_d(1 − x²)^((d−3)/2) are Π_{j<k}(2j + 1)/(d + 2j), odd d ≤ 9, k ≤ 10")
    .Count("(d, k) where they differ", () => new[] { 3, 5, 7, 9 }.Sum(d =>
    {
        var density = Polynomial.FromCoefficients(1, 0, -1).Pow((d - 3) / 2);
        var mass = density.Integrate(-1, 1);
        return Enumerable.Range(0, 11).Count(k => (Polynomial.Monomial(1, 2 * k) * density).Integrate(-1, 1) / mass != SphereMarginal.Moment(d, 2 * k));
    }))
    .Exactly(0);
foreach (var (d, L, e) in new[] { (3, 1, Q(1, 2)), (2, 4, Q(1)) })
{
    var f = new LipschitzTarget("L·t", t => L * t, L);
    var n = DepthThree.Build(d, f, e);
    AsWritten($"SEED-DAN-REC/d={d},L={L},eps={e},part=inner-width", rec, $"depth-3 network for f(t) = {L}t, d = {d}, ε = {e}: first hidden width 16d²L/ε = {16 * d * d * L / e}")
        .Network(n)
        .Count("units in hidden layer 1", n => n.Layers[0].OutputSize)
        .Exactly((16 * d * d * L / e).FloorToInteger());
    AsWritten($"SEED-DAN-REC/d={d},L={L},eps={e},part=outer-width", rec, $"depth-3 network for f(t) = {L}t, d = {d}, ε = {e}: second hidden width 4L/ε = {4 * L / e}")
        .Network(n)
        .Count("units in hidden layer 2", n => n.Layers[1].OutputSize)
        .Exactly((4 * L / e).FloorToInteger());
}
