// Telgarsky's triangle map Δ and sawtooth Δ^∘L: claims TEL-DELTA, TEL-FRAC, TEL-SYM, TEL-PAR and TEL-SHALLOW of the
// claims catalogue (§5), and the seed statements about them that are wrong (SEED-DELTA, SEED-FRAC, SEED-SYM,
// SEED-PAR), which must come out refuted.
//
// Every target below is written here, independently of the construction it is checked against: Δ is the tent map
// by cases, never the ReLU formula Triangle.Build uses.

const string Notes = "Telgarsky, deep-learning-theory notes (TEL-N), re-derived";
const string Seed = "Seed S4, lecture transcription";

// Δ(x) = 2x on [0, 1/2], 2 − 2x on [1/2, 1], 0 elsewhere.
Rational Delta(Rational x) => x < 0 || x > 1 ? 0 : x <= Q(1, 2) ? 2 * x : 2 - 2 * x;

// A symmetric function on [0, 1], f(z) = f(1 − z), as a network: |z − 1/2| = σ(z − 1/2) + σ(1/2 − z).
var distanceToHalf = NetworkCalculus.OneHiddenLayer([(1, Q(-1, 2), 1), (-1, Q(1, 2), 1)], 0);

// Sample points for the pointwise claims: the dyadic grid k/2^12 and every fraction with denominator ≤ 60.
var samples = DyadicGrid(0, 1, 12).Concat(Farey(60)).Distinct().ToArray();

// ---- TEL-DELTA: the triangle map ----------------------------------------------------------------------------
Claim("TEL-DELTA", source: Notes,
        statement: "Δ(x) = 2σ(x) − 4σ(x − ½) + 2σ(x − 1) is 2x on [0, ½], 2 − 2x on [½, 1] and 0 elsewhere (checked on [−1, 2])")
    .Network(Triangle.Build())
    .Distance("max(0, min(2*x, 2 - 2*x))", on: (-1, 2))
    .AtMost(0);

Claim("TEL-DELTA/part=size", source: Notes, statement: "Δ ∈ NN{3, 1}: 3 ReLUs in one hidden layer")
    .Network(Triangle.Build())
    .InClass(width: 3, depth: 1);

Claim("SEED-DELTA", source: Seed, statement: "Δ = 2σ(x) − 4σ(x − ½) + σ(x), i.e. 3σ(x) − 4σ(x − ½), is the triangle map on [0, 1]")
    .Expect(Refuted)
    .Network(NetworkCalculus.OneHiddenLayer([(1, 0, 3), (1, Q(-1, 2), -4)], 0))
    .Distance("max(0, min(2*x, 2 - 2*x))", on: (0, 1))
    .AtMost(0);

// ---- TEL-FRAC: Δ^∘L(x) = Δ(⟨2^(L−1) x⟩) on [0, 1] -----------------------------------------------------------
// The right-hand side written out from the closed form, piece by piece: on [j, j + 1]/2^L it is 2^L·x − j on a rising
// half (j even) and j + 1 − 2^L·x on a falling one. Built only when its claim is checked (2^20 pieces at L = 20).
PiecewisePolynomial FractionalTent(int L)
{
    var scale = Pow2(L);
    return new PiecewisePolynomial(Enumerable.Range(0, 1 << L).Select(j => new PolynomialPiece(j / scale, (j + 1) / scale,
        j % 2 == 0 ? Polynomial.FromCoefficients(-j, scale) : Polynomial.FromCoefficients(j + 1, -scale))));
}

// Proved by enumerating every piece of Δ^∘L on [0, 1] against the 2^L pieces of the closed form.
foreach (var L in Enumerable.Range(1, 20))
    Claim($"TEL-FRAC/L={L}", source: Notes, statement: $"Δ^∘{L}(x) = Δ(⟨2^{L - 1}·x⟩) for every x ∈ [0, 1]")
        .Network(Sawtooth.Build(L))
        .Distance(() => FractionalTent(L), $"Δ(⟨2^{L - 1}·x⟩) ({BigInteger.Pow(2, L)} pieces)", on: (0, 1))
        .AtMost(0);

// Beyond piece enumeration (2^L pieces), exact at every sample point, for depths where float64 is long wrong (L ≥ 46).
foreach (var L in new[] { 24, 32, 46, 60 })
    Claim($"TEL-FRAC/L={L}", source: Notes, statement: $"Δ^∘{L}(x) = Δ(⟨2^{L - 1}·x⟩) for x ∈ [0, 1]")
        .Expect(Sampled)
        .Network(Sawtooth.Build(L))
        .Matches(x => Delta(Frac(Pow2(L - 1) * x)), at: samples);

foreach (var L in Enumerable.Range(1, 14))
    Claim($"TEL-FRAC/L={L},part=pieces", source: Notes, statement: $"Δ^∘{L} has 2^{L} = {BigInteger.Pow(2, L)} linear pieces on [0, 1]")
        .Network(Sawtooth.Build(L))
        .Pieces(on: (0, 1))
        .Exactly(BigInteger.Pow(2, L));

Claim("SEED-FRAC", source: Seed, statement: "Δ^L(x) = Δ(⟨2^L x⟩), including the base case L = 1")
    .Expect(Refuted)
    .Network(Sawtooth.Build(1))
    .Matches(x => Delta(Frac(2 * x)), at: samples);

// ---- TEL-SYM: f(Δ^∘L(x)) = f(⟨2^L x⟩) for symmetric f, here f(z) = |z − ½| ------------------------------------
foreach (var L in new[] { 1, 2, 3, 5, 8, 12 })
    Claim($"TEL-SYM/L={L},f=abs(x-1/2)", source: Notes, statement: $"f(Δ^∘{L}(x)) = f(⟨2^{L}·x⟩) on [0, 1] for f(z) = |z − ½|, which has f(z) = f(1 − z)")
        .Expect(Sampled)
        .Network(NetworkCalculus.Compose(distanceToHalf, Sawtooth.Build(L)))
        .Matches(x => Rational.Abs(Frac(Pow2(L) * x) - Q(1, 2)), at: samples);

Claim("SEED-SYM", source: Seed, statement: "f symmetric ⇒ f(Δ^L(x)) = f(Δ(⟨2^L x⟩)); refuted with f(z) = |z − ½|, L = 1")
    .Expect(Refuted)
    .Network(NetworkCalculus.Compose(distanceToHalf, Sawtooth.Build(1)))
    .Matches(x => Rational.Abs(Delta(Frac(2 * x)) - Q(1, 2)), at: samples);

// ---- TEL-PAR: parity of d = 2^L signs, Πxᵢ = 1 − 2Δ^∘L((d + Σxᵢ)/(2d)), on all of {±1}^d ----------------------
IEnumerable<Rational[]> SignVectors(int d) =>
    Enumerable.Range(0, 1 << d).Select(mask => Enumerable.Range(0, d).Select(i => (Rational)((mask >> i & 1) == 0 ? 1 : -1)).ToArray());

Rational Product(IReadOnlyList<Rational> x) => x.Aggregate(Rational.One, (p, xi) => p * xi);

// x ↦ Δ^∘L((d + Σxᵢ)/(2d)), as the sawtooth behind an affine pre-map.
Network ParityInput(int L)
{
    int d = 1 << L;
    var average = new Rational[1, d];
    for (int i = 0; i < d; i++) average[0, i] = Q(1, 2 * d);
    return NetworkCalculus.PreMap(Sawtooth.Build(L), average, [Q(1, 2)]);
}

foreach (var L in Enumerable.Range(1, 4))
    Claim($"TEL-PAR/d={1 << L}", source: Notes, statement: $"Πxᵢ = 1 − 2Δ^∘{L}((d + Σxᵢ)/(2d)) for every x ∈ {{±1}}^d, d = {1 << L}")
        .Network(NetworkCalculus.PostMap(ParityInput(L), new Rational[,] { { -2 } }, [1]))
        .MatchesEverywhere(Product, on: SignVectors(1 << L));

Claim("SEED-PAR", source: Seed, statement: "Πxᵢ = Δ^L((d + Σxᵢ)/(2d)), d = 2^L; refuted at d = 2")
    .Expect(Refuted)
    .Network(ParityInput(1))
    .MatchesEverywhere(Product, on: SignVectors(2));

// ---- TEL-SHALLOW: depth k with 3 ReLUs per layer suffices; one hidden layer needs ≥ 2^k + 1 --------------------
foreach (var k in Enumerable.Range(1, 20))
{
    var sawtooth = Sawtooth.Build(k);
    Claim($"TEL-SHALLOW/k={k},part=size", source: Notes, statement: $"Δ^∘{k} ∈ NN{{3, {k}}}: width 3, depth {k}")
        .Network(sawtooth)
        .InClass(width: 3, depth: k);
    Claim($"TEL-SHALLOW/k={k},part=neurons", source: Notes, statement: $"3k = {3 * k} ReLUs suffice in depth k = {k}")
        .Network(sawtooth)
        .Neurons()
        .Exactly(3 * k);
    // Δ^∘k vanishes outside [0, 1], so its breakpoints on R are those inside (−1, 2).
    Claim($"TEL-SHALLOW/k={k},part=breakpoints", source: Notes,
            statement: $"Δ^∘{k} has 2^{k} + 1 = {BigInteger.Pow(2, k) + 1} breakpoints on R, so one hidden layer needs ≥ that many ReLUs")
        .Network(sawtooth)
        .Breakpoints(on: (-1, 2))
        .Exactly(BigInteger.Pow(2, k) + 1);
}
