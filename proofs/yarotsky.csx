// Yarotsky's square, products, monomials and polynomials: claims YAR-SQ and YAR-MUL of the claims catalogue (§5), and
// the monomial and polynomial networks derived from them (YAR-POW, YAR-POLY: our own derivation, docs/divergences.md).
//
// Every target is written here, independently of the construction: x², xy, x^k and p(x) as expression text, and the
// interpolant of x² piece by piece from its closed form. The sup distances are exact (every piece enumerated); the
// product on the square [0, 1]² is exact on 1-D slices (lines through the square) and sampled on a grid.
//
// Not in the default run: h_24 (2^24 pieces, over the default piece budget and about half a minute); it is in
// proofs/slow/yarotsky-large.csx, to be run with --budget 20000000.

const string Yarotsky = "Yarotsky 2017, Prop. 2 (construction derived, catalogue YAR-SQ)";
const string YarotskyMul = "Yarotsky 2017, Prop. 3 (polarization, catalogue YAR-MUL)";
const string Derived = "derived from YAR-SQ and YAR-MUL (docs/divergences.md)";

string Text(Rational q) => $"({q})";

// ---- YAR-SQ: h_m(x) = x − Σ_{s=1}^{m} Δ^∘s(x)/4^s, sup_[0,1] |h_m − x²| = 4^−(m+1) -----------------------------
foreach (var m in Enumerable.Range(1, 20))
{
    var h = SquareApprox.Build(m);
    var error = Rational.Pow(4, -(m + 1));
    Claim($"YAR-SQ/m={m}", source: Yarotsky, statement: $"sup over [0, 1] of |h_{m}(x) − x²| = 4^−{m + 1} = {error}")
        .Network(h)
        .Distance("x^2", on: (0, 1))
        .AtMost(error);
    Claim($"YAR-SQ/m={m},part=size", source: Yarotsky, statement: $"h_{m} ∈ NN{{3, {m}}}: width 3, {m} hidden layers")
        .Network(h)
        .InClass(width: 3, depth: m);
    Claim($"YAR-SQ/m={m},part=neurons", source: Yarotsky, statement: $"h_{m} has 3m = {3 * m} ReLUs")
        .Network(h)
        .Neurons()
        .Exactly(3 * m);
}

// The supremum is attained: h_m − x² = 4^−(m+1) at each of the 2^m midpoints (2k + 1)/2^(m+1), and h_m ≥ x².
foreach (var m in Enumerable.Range(1, 12))
{
    var error = Rational.Pow(4, -(m + 1));
    var midpoints = Enumerable.Range(0, 1 << m).Select(k => (2 * k + 1) * Pow2(-(m + 1)));
    Claim($"YAR-SQ/m={m},part=attained", source: Yarotsky, statement: $"h_{m}(x) − x² = {error} at every midpoint (2k + 1)/2^{m + 1}, k = 0..{(1 << m) - 1}")
        .Network(SquareApprox.Build(m))
        .MatchesEverywhere(x => x * x + error, on: midpoints);
}

// h_m is the piecewise-linear interpolant of x² at k/2^m: on [k, k + 1]/2^m the chord (2k + 1)x/2^m − k(k + 1)/4^m.
PiecewisePolynomial Interpolant(int m)
{
    var step = Pow2(-m);
    return new PiecewisePolynomial(Enumerable.Range(0, 1 << m).Select(k => new PolynomialPiece(k * step, (k + 1) * step,
        Polynomial.FromCoefficients(-k * (k + 1) * step * step, (2 * k + 1) * step))));
}

foreach (var m in Enumerable.Range(1, 12))
    Claim($"YAR-SQ/m={m},part=interpolant", source: Yarotsky, statement: $"h_{m} is the piecewise-linear interpolant of x² at the points k/2^{m}")
        .Network(SquareApprox.Build(m))
        .Distance(() => Interpolant(m), $"the chords of x² at k/2^{m}", on: (0, 1))
        .AtMost(0);

// Each level subtracts one sawtooth: h_s − h_(s−1) = −Δ^∘s/4^s on [0, 1], decided on the pieces of the difference.
foreach (var s in Enumerable.Range(1, 12))
    Claim($"YAR-SQ/s={s},part=increment", source: Yarotsky, statement: $"h_{s} − h_{s - 1} = −Δ^∘{s}/4^{s} on [0, 1]")
        .Network(NetworkCalculus.LinearCombination([(1, SquareApprox.Build(s)), (-1, SquareApprox.Build(s - 1))]))
        .EqualsNetwork(NetworkCalculus.Scale(-Rational.Pow(4, -s), Sawtooth.Build(s)), on: (0, 1));

// Accuracy ε needs m = max(0, ⌈log₄(1/ε)⌉ − 1) levels, i.e. depth O(log 1/ε).
foreach (var k in Enumerable.Range(1, 6))
{
    var epsilon = Rational.Pow(10, -k);
    int m = SquareApprox.LevelsFor(epsilon);
    Claim($"YAR-SQ/eps=1e-{k}", source: Yarotsky, statement: $"x² to accuracy ε = 10^−{k} on [0, 1] with m = ⌈log₄(1/ε)⌉ − 1 = {m} levels (depth {m})")
        .Quantity("levels", m)
        .Network(SquareApprox.Build(m))
        .Distance("x^2", on: (0, 1))
        .AtMost(epsilon);
}

// ---- YAR-MUL on [0, 1]²: N_m(x, y) = ½(4h_m((x + y)/2) − h_m(x) − h_m(y)), N_m − xy ∈ [−δ, 2δ], δ = 4^−(m+1) ------
// N restricted to the line t ↦ p + t·v, as a network R → R.
Network Slice(Network n, Rational px, Rational py, Rational vx, Rational vy) =>
    NetworkCalculus.PreMap(n, new Rational[,] { { vx }, { vy } }, [px, py]);

IEnumerable<IReadOnlyList<Rational>> SquareGrid(int bits) =>
    DyadicGrid(0, 1, bits).SelectMany(x => DyadicGrid(0, 1, bits).Select(y => (IReadOnlyList<Rational>)new[] { x, y }));

foreach (var m in Enumerable.Range(1, 10))
{
    var product = Product.BuildUnit(m);
    var delta = Rational.Pow(4, -(m + 1));
    Claim($"YAR-MUL/m={m},part=size", source: YarotskyMul, statement: $"N_{m} ∈ NN{{9, {m}; R² → R}}")
        .Network(product)
        .InClass(width: 9, depth: m, inputs: 2);
    // On the diagonal N_m(x, x) = h_m(x): the error is h_m − x², in [0, δ].
    Claim($"YAR-MUL/m={m},line=diagonal", source: YarotskyMul, statement: $"on the diagonal, N_{m}(t, t) − t² ∈ [0, {delta}] for t ∈ [0, 1]")
        .Network(Slice(product, 0, 0, 1, 1))
        .Distance($"x^2 + {Text(delta / 2)}", on: (0, 1))
        .AtMost(delta / 2);
    // On horizontal lines, the anti-diagonal and the edges: N_m − xy ∈ [−δ, 2δ] ⟺ |N_m − (xy + δ/2)| ≤ 3δ/2, exactly.
    foreach (var c in new[] { Rational.Zero, Q(1, 3), Q(1, 2), Q(5, 7), Rational.One })
        Claim($"YAR-MUL/m={m},y={c}", source: YarotskyMul, statement: $"N_{m}(t, {c}) − {c}·t ∈ [−{delta}, {2 * delta}] for t ∈ [0, 1]")
            .Network(Slice(product, 0, c, 1, 0))
            .Distance($"{Text(c)}*x + {Text(delta / 2)}", on: (0, 1))
            .AtMost(3 * delta / 2);
    Claim($"YAR-MUL/m={m},line=anti-diagonal", source: YarotskyMul, statement: $"N_{m}(t, 1 − t) − t(1 − t) ∈ [−{delta}, {2 * delta}] for t ∈ [0, 1]")
        .Network(Slice(product, 0, 1, 1, -1))
        .Distance($"x - x^2 + {Text(delta / 2)}", on: (0, 1))
        .AtMost(3 * delta / 2);
    // Both ends of the range are attained.
    Claim($"YAR-MUL/m={m},part=min", source: YarotskyMul, statement: $"N_{m} − xy = −{delta} at (x, y) = (1/2^{m + 1}, 3/2^{m + 1})")
        .Network(product)
        .MatchesEverywhere(p => p[0] * p[1] - delta, on: [[Pow2(-(m + 1)), 3 * Pow2(-(m + 1))]]);
    Claim($"YAR-MUL/m={m},part=max", source: YarotskyMul, statement: $"N_{m} − xy = {2 * delta} at (x, y) = (0, 1/2^{m})")
        .Network(product)
        .MatchesEverywhere(p => p[0] * p[1] + 2 * delta, on: [[0, Pow2(-m)]]);
    // The whole square: exact at every point of a dyadic grid finer than the breakpoints, and at Farey points.
    var farey = Farey(12).ToArray();
    Claim($"YAR-MUL/m={m},part=square", source: YarotskyMul, statement: $"N_{m}(x, y) − xy ∈ [−{delta}, {2 * delta}] on [0, 1]²")
        .Expect(Sampled)
        .Quantity("sample", $"grid k/2^{Math.Min(m + 2, 7)} and Farey F_12 squared")
        .Network(product)
        .Matches(p => p[0] * p[1] + delta / 2,
            at: SquareGrid(Math.Min(m + 2, 7)).Concat(farey.SelectMany(x => farey.Select(y => (IReadOnlyList<Rational>)new[] { x, y }))),
            within: 3 * delta / 2);
}

// ---- YAR-MUL on [−M, M]²: ×̃(x, y) = 2M²(h_m(|x + y|/2M) − h_m(|x|/2M) − h_m(|y|/2M)), |×̃ − xy| ≤ M²·4^−m -------
foreach (var (m, M) in new[] { (4, Q(1)), (6, Q(2)), (8, Q(4)), (10, Q(3, 2)) })
{
    var times = Product.BuildSymmetric(m, M);
    var bound = M * M * Rational.Pow(4, -m);
    Claim($"YAR-MUL/m={m},M={M},part=size", source: YarotskyMul, statement: $"×̃ ∈ NN{{9, {m + 1}; R² → R}} (|t| = σ(t) + σ(−t) adds one layer)")
        .Network(times)
        .InClass(width: 9, depth: m + 1, inputs: 2);
    Claim($"YAR-MUL/m={m},M={M},y=0", source: YarotskyMul, statement: $"×̃(t, 0) = 0 exactly for t ∈ [−{M}, {M}]")
        .Network(Slice(times, 0, 0, 1, 0))
        .Distance("0", on: (-M, M))
        .AtMost(0);
    foreach (var c in new[] { M / 3, -M / 2, M })
        Claim($"YAR-MUL/m={m},M={M},y={c}", source: YarotskyMul, statement: $"|×̃(t, {c}) − {c}·t| ≤ M²·4^−{m} = {bound} for t ∈ [−{M}, {M}]")
            .Network(Slice(times, 0, c, 1, 0))
            .Distance($"{Text(c)}*x", on: (-M, M))
            .AtMost(bound);
    Claim($"YAR-MUL/m={m},M={M},line=diagonal", source: YarotskyMul, statement: $"|×̃(t, t) − t²| ≤ {bound} for t ∈ [−{M}, {M}]")
        .Network(Slice(times, 0, 0, 1, 1))
        .Distance("x^2", on: (-M, M))
        .AtMost(bound);
    var grid = DyadicGrid(-M, M, 4).Concat(Farey(9).SelectMany(x => new[] { M * x, -M * x })).Distinct().ToArray();
    Claim($"YAR-MUL/m={m},M={M},part=square", source: YarotskyMul, statement: $"|×̃(x, y) − xy| ≤ {bound} on [−{M}, {M}]²")
        .Expect(Sampled)
        .Quantity("sample", "(grid k/16 and ±M·F_9) squared")
        .Network(times)
        .Matches(p => p[0] * p[1], at: grid.SelectMany(x => grid.Select(y => (IReadOnlyList<Rational>)new[] { x, y })), within: bound);
}

// ---- YAR-POW: x^k on [0, 1] by a chain of products, |P_k − x^k| ≤ (2k − 3)·4^−(m+1) --------------------------
foreach (var (k, m) in new[] { (2, 6), (3, 4), (3, 8), (4, 5), (5, 4), (6, 4), (6, 6), (8, 5) })
{
    var power = Monomial.Build(k, m);
    var bound = (2 * k - 3) * Rational.Pow(4, -(m + 1));
    int width = k == 2 ? 3 : k == 3 ? 9 : 10;
    int depth = k == 2 ? m : 2 * m + (k - 3) * (m + 1);
    Claim($"YAR-POW/k={k},m={m}", source: Derived, statement: $"sup over [0, 1] of |P_{k}(x) − x^{k}| ≤ (2k − 3)·4^−{m + 1} = {bound}")
        .Network(power)
        .Distance($"x^{k}", on: (0, 1))
        .AtMost(bound);
    Claim($"YAR-POW/k={k},m={m},part=size", source: Derived, statement: $"P_{k} with m = {m} lies in NN{{{width}, {depth}}}")
        .Network(power)
        .InClass(width: width, depth: depth);
}

// ---- YAR-POLY: p on [−1, 1] by Horner's scheme with ×̃, |Q − p| ≤ (n − 1)·M²·4^−m -------------------------------
var polynomials = new (string Name, Rational[] Coefficients, int Levels)[]
{
    ("T3", [0, -3, 0, 4], 8),
    ("T4", [1, 0, -8, 0, 8], 10),
    ("p5", [Q(-1, 4), Q(1, 2), Q(-3, 4), Q(1, 4), Q(1, 2)], 8),
    ("q2", [Q(1, 3), Q(-2, 3), 1], 6),
};
foreach (var (name, a, m) in polynomials)
{
    var q = PolynomialApprox.Build(a, m);
    int n = a.Length - 1;
    var M = PolynomialApprox.ProductRange(a);
    var bound = (n - 1) * M * M * Rational.Pow(4, -m);
    var text = string.Join(" + ", a.Select((c, i) => $"{Text(c)}*x^{i}"));
    Claim($"YAR-POLY/p={name},m={m}", source: Derived, statement: $"sup over [−1, 1] of |Q(x) − p(x)| ≤ (n − 1)·M²·4^−{m} = {bound} for p = {text}, M = {M}")
        .Network(q)
        .Distance(text, on: (-1, 1))
        .AtMost(bound);
    Claim($"YAR-POLY/p={name},m={m},part=size", source: Derived, statement: $"Q lies in NN{{{(n == 2 ? 9 : 11)}, {(n - 1) * (m + 1)}}} (degree {n})")
        .Network(q)
        .InClass(width: n == 2 ? 9 : 11, depth: (n - 1) * (m + 1));
}
