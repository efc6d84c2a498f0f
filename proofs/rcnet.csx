// Repeated-composition networks of Zhang–Lu–Zhao: claims RC-DEF, RC-LC1/P3.1, RC-LD1/P3.2, RC-LE1/LE2/P3.3,
// RC-CLIP/MID, RC-TA1, RC-T1.1, RC-TA2 (mid-smoothing) and RC-T1.3 (L^∞) of the claims catalogue (§2).
//
// Targets and moduli are written here, independently of the constructions: f as expression text (the kernel encloses
// it exactly on each cube) and as a closed form for the sampled grids, ω_f(t) by a
// hand-derived rational lower bound (|x − 1/3|: min(t, 2/3); x²: 2t − t²; max(x1, x2): t/√2·√2 = s with s = 1/√r;
// x1·x2: 2u − u², u ≤ s/√2), √2 by 1414/1000 from below. Each bound is then 5√d·ω (outside Ω) or 6√d·ω (L^p).
//
// What runs where: sizes, composition counts (kernel) and the cube-by-cube check outside Ω (kernel: fixed activation
// pattern, constant, within the bound by its own exact enclosure of f) at every r up to 256; the exact L^p distance for
// d = 1 at r ≤ 16; a sampled grid for d = 2. Larger r: proofs/slow/rcnet-large.csx (L^p at r = 64) and
// proofs/slow/rcnet-1024.csx.

const string Paper = "Zhang–Lu–Zhao, Deep network approximation: beyond ReLU to diverse activations / repeated compositions";
string Src(string where) => $"Zhang–Lu–Zhao (RCNet), {where}";

// ---- RC-DEF: Ω, the cubes Q_β and their representatives ----------------------------------------------------------
foreach (var (d, k, delta) in new[] { (1, 4, Q(1, 12)), (2, 3, Q(1, 10)), (2, 4, Q(1, 100)), (3, 2, Q(1, 7)) })
{
    var omega = new TriflingRegion(d, k, delta);
    // |Ω| by inclusion–exclusion over the d strip families, each of measure (K−1)δ, written here term by term.
    var ie = Enumerable.Range(1, d).Aggregate(Rational.Zero, (acc, j) =>
        acc + (j % 2 == 1 ? 1 : -1) * (int)BigInteger.Divide(Enumerable.Range(1, d).Aggregate(BigInteger.One, (x, i) => x * i),
            Enumerable.Range(1, j).Aggregate(BigInteger.One, (x, i) => x * i) * Enumerable.Range(1, d - j).Aggregate(BigInteger.One, (x, i) => x * i)) * Rational.Pow((k - 1) * delta, j));
    Claim($"RC-DEF/d={d},K={k},delta={delta},part=measure", source: Src("Def. of Ω"), statement: $"|Ω| = Σ_j (−1)^(j+1) C(d, j)((K−1)δ)^j = {ie} exactly")
        .Count("numerator of |Ω| − inclusion–exclusion", () => (omega.Measure - ie).Numerator).Exactly(0);
    Claim($"RC-DEF/d={d},K={k},delta={delta},part=measure-bound", source: Src("Def. of Ω"), statement: $"|Ω| ≤ d(K−1)δ ≤ dKδ = {d * k * delta}")
        .Count("sign of dKδ − |Ω|", () => (d * k * delta - ie).Sign).AtLeast(0);
    // Membership on a grid finer than δ: every point is in Ω or in exactly the cube CubeIndexOf names, whose box holds it.
    var step = delta / 4;
    var axis = Enumerable.Range(0, (int)(Rational.One / step).FloorToInteger() + 1).Select(i => i * step).Where(t => t <= 1).ToArray();
    IEnumerable<Rational[]> Grid(int dim) => dim == 0 ? [[]] : Grid(dim - 1).SelectMany(p => axis.Select(t => p.Append(t).ToArray()));
    Claim($"RC-DEF/d={d},K={k},delta={delta},part=cover", source: Src("Def. of Ω, Q_β"), statement: "[0,1]^d = (∪Q_β) ∪ Ω, on the grid of step δ/4: each grid point lies in Ω (by the strips) or in the cube Q_β it is assigned")
        .Count("grid points in neither Ω nor their cube", () => Grid(d).Count(x =>
        {
            var beta = omega.CubeIndexOf(x);
            bool inStrip = Enumerable.Range(0, d).Any(i => Enumerable.Range(1, k - 1).Any(j => x[i] > Rational.Create(j, k) - delta && x[i] < Rational.Create(j, k)));
            if (beta is null) return !inStrip || !omega.Contains(x);
            var cube = omega.Cube(beta);
            return inStrip || Enumerable.Range(0, d).Any(i => x[i] < cube.Lower[i] || x[i] > cube.Upper[i]);
        })).Exactly(0);
}

// ---- RC-LC1 and RC-P3.1: floor and step functions by composition ---------------------------------------------------
foreach (var (n, delta) in new[] { (2, Q(1, 3)), (5, Q(1, 4)), (12, Q(1, 10)) })
{
    var floor = StepBlock.Build(delta, n);
    Claim($"RC-LC1/n={n},delta={delta},part=size", source: Src("Lemma C.1"), statement: "g ∈ NN{9, 1; R^5 → R^5}")
        .Network(floor.G).InClass(width: 9, depth: 1, inputs: 5, outputs: 5);
    Claim($"RC-LC1/n={n},delta={delta},part=compositions", source: Src("Lemma C.1"), statement: $"L2∘g^{{∘(n−1)}}∘L1: n − 1 = {n - 1} compositions")
        .Network(floor.Flatten()).Compositions(floor.L1, floor.G, floor.L2, n - 1);
    // ⌊x⌋ on each [ℓ, ℓ + 1 − δ]: the network is constant there, so the box check covers the intervals entirely.
    Claim($"RC-LC1/n={n},delta={delta}", source: Src("Lemma C.1"), statement: $"L2∘g^{{∘{n - 1}}}∘L1(x) = ⌊x⌋ on ∪_(ℓ<{n}) [ℓ, ℓ + 1 − δ]")
        .Network(floor.Flatten())
        .ConstantOn(() => Enumerable.Range(0, n).Select(l => Box.Cube(1, l, l + 1 - delta)), "floor(x)", 0);
}
foreach (var (n, m, delta) in new[] { (1, 3, Q(1, 2)), (4, 4, Q(1, 5)), (7, 20, Q(1, 8)), (25, 25, Q(1, 3)) })
{
    var step = StepFunction.Build(delta, n, m);
    Claim($"RC-P3.1/n={n},m={m},delta={delta},part=size", source: Src("Prop. 3.1"), statement: "g ∈ NN{9, 1; R^5}")
        .Network(step.G).InClass(width: 9, depth: 1, inputs: 5, outputs: 5);
    Claim($"RC-P3.1/n={n},m={m},delta={delta},part=compositions", source: Src("Prop. 3.1"), statement: $"m − 1 = {m - 1} compositions")
        .Network(step.Flatten()).Compositions(step.L1, step.G, step.L2, m - 1);
    Claim($"RC-P3.1/n={n},m={m},delta={delta}", source: Src("Prop. 3.1"), statement: "= k on [k, k + 1 − δ·1{k ≤ n − 2}], k = 0..n−1 (the last closed at n)")
        .Network(step.Flatten())
        .ConstantOn(() => Enumerable.Range(0, n).Select(k => Box.Cube(1, k, k <= n - 2 ? k + 1 - delta : k + 1)),
            $"min(floor(x), {n - 1})", 0);
}

// ---- RC-LD1: bit sums, every pattern for r ≤ 12 --------------------------------------------------------------------
// Σ_(ℓ≤k) θ_ℓ read from v = bin 0.θ1…θr by exact doubling: θ_ℓ = ⌊2^ℓ v⌋ mod 2.
Rational BitPrefixSum(Rational k, Rational v)
{
    int sum = 0; var t = v;
    for (int l = 1; l <= (int)k.FloorToInteger(); l++) { t *= 2; if (t >= 1) { sum++; t -= 1; } }
    return sum;
}
foreach (var r in new[] { 1, 2, 3, 5, 8, 10, 12 })
{
    var net = BitSum.Build(r);
    Claim($"RC-LD1/r={r},part=size", source: Src("Lemma D.1"), statement: "g ∈ NN{8, 2; R^3 → R^3}")
        .Network(net.G).InClass(width: 8, depth: 2, inputs: 3, outputs: 3);
    Claim($"RC-LD1/r={r},part=compositions", source: Src("Lemma D.1"), statement: $"r = {r} compositions")
        .Network(net.Flatten()).Compositions(net.L1, net.G, net.L2, r);
    var scale = Pow2(-r);
    Claim($"RC-LD1/r={r}", source: Src("Lemma D.1"), statement: $"L2∘g^{{∘{r}}}∘L1(k, bin 0.θ1…θ{r}) = Σ_(ℓ≤k) θ_ℓ for k = 0..{r} and all {1 << r} patterns θ")
        .Network(net.Flatten())
        .MatchesEverywhere(p => BitPrefixSum(p[0], p[1]),
            on: Enumerable.Range(0, 1 << r).SelectMany(j => Enumerable.Range(0, r + 1).Select(k => (IReadOnlyList<Rational>)new Rational[] { k, j * scale })));
}

// ---- RC-P3.2: point fitting --------------------------------------------------------------------------------------
foreach (var (name, ys, epsilon, m) in new (string, Rational[], Rational, int)[]
{
    ("zigzag", [Q(1, 2), Q(3, 4), Q(1, 2), Q(1, 4), Q(1, 2), Q(3, 4), 1], Q(1, 4), 9),
    ("thirds", [0, Q(1, 3), Q(2, 3), Q(1, 2), Q(1, 6), 0, Q(1, 3)], Q(1, 3), 7),
    ("ramp", Enumerable.Range(0, 16).Select(i => Q(i * i % 7, 20) + Q(i, 10)).ToArray(), Q(2, 5), 20),
})
{
    var fit = PointFitting.Build(ys, epsilon, m);
    Claim($"RC-P3.2/y={name},m={m},part=size", source: Src("Prop. 3.2"), statement: "g ∈ NN{16, 2; R^6}")
        .Network(fit.G).InClass(width: 16, depth: 2, inputs: 6, outputs: 6);
    Claim($"RC-P3.2/y={name},m={m},part=compositions", source: Src("Prop. 3.2"), statement: $"m − 1 = {m - 1} compositions")
        .Network(fit.Flatten()).Compositions(fit.L1, fit.G, fit.L2, m - 1);
    // |N(k) − y_k| ≤ ε at every k < n; stated as |N(k) − (y_k − ε/2)| ≤ ε/2, i.e. N(k) ∈ [y_k − ε, y_k].
    Claim($"RC-P3.2/y={name},m={m}", source: Src("Prop. 3.2"), statement: $"L2∘g^{{∘{m - 1}}}∘L1(k) ∈ [y_k − ε, y_k] (so |· − y_k| ≤ ε = {epsilon}), k = 0..{ys.Length - 1}")
        .Network(fit.Flatten())
        .MatchesEverywhere(x => ys[(int)x.FloorToInteger()] - epsilon / 2, on: Enumerable.Range(0, ys.Length).Select(k => (Rational)k), within: epsilon / 2);
}

// ---- RC-LE2, RC-LE1, RC-P3.3: selector and merges ----------------------------------------------------------------
// The 1 × n matrix picking coordinate j.
Rational[,] Row(int n, int j) { var m = new Rational[1, n]; for (int i = 0; i < n; i++) m[0, i] = i == j ? 1 : 0; return m; }
foreach (var (d, bound) in new[] { (1, Q(3)), (2, Q(5, 2)) })
{
    var psi = Selector.Build(d, bound);
    Claim($"RC-LE2/d={d},M={bound},part=size", source: Src("Lemma E.2"), statement: $"ψ ∈ NN{{2d + 2, 1; R^(2d+1) → R^(d+1)}} = NN{{{2 * d + 2}, 1}}")
        .Network(psi).InClass(width: 2 * d + 2, depth: 1, inputs: 2 * d + 1, outputs: d + 1);
    var vals = new[] { -bound, Q(-1, 3), 0, Q(7, 5), bound };
    var ts = new[] { Q(1), Q(5, 2), bound * 3, Q(-1), Q(-9, 4) };
    IEnumerable<Rational[]> Vectors(int n) => n == 0 ? [[]] : Vectors(n - 1).SelectMany(p => vals.Select(v => p.Append(v).ToArray()));
    for (int j = 0; j < d; j++)
    {
        int jj = j;
        Claim($"RC-LE2/d={d},M={bound},j={j + 1}", source: Src("Lemma E.2"), statement: "z_j = u_j if t ≥ 1, v_j if t ≤ −1 (u, v ∈ [−M, M]^d)")
            .Expect(Sampled)
            .Network(NetworkCalculus.PostMap(psi, Row(d + 1, j)))
            .Matches(p => p[2 * d] >= 1 ? p[jj] : p[d + jj],
                at: Vectors(2 * d).SelectMany(uv => ts.Select(t => (IReadOnlyList<Rational>)uv.Append(t).ToArray())));
    }
}
// RC-LE1 and RC-P3.3 in use: the merged floor-then-fit network equals the two RCNets applied one after the other.
{
    var inner = StepFunction.Build(Q(1, 4), 4, 4);
    var outer = PointFitting.Build([Q(1, 2), Q(3, 4), 1, Q(3, 4)], Q(1, 4), 4);
    var merged = RCNetMerge.Build(inner, outer, Box.Cube(1, 0, 4));
    var (n1, n2) = (NetworkSizes.Measure(inner.G).Width, NetworkSizes.Measure(outer.G).Width);
    int dd = Math.Max(inner.StateDimension, outer.StateDimension);
    Claim("RC-P3.3/inner=step4,outer=fit4,part=size", source: Src("Prop. 3.3"), statement: $"g ∈ NN{{N1 + N2 + 6D + 2, max(L1 + 2, L2 + 1); R^(D+2)}} = NN{{{n1 + n2 + 6 * dd + 2}, 4; R^{dd + 2}}}")
        .Network(merged.G).InClass(width: n1 + n2 + 6 * dd + 2, depth: 4, inputs: dd + 2, outputs: dd + 2);
    Claim("RC-P3.3/inner=step4,outer=fit4,part=compositions", source: Src("Prop. 3.3"), statement: "r1 + r2 + 1 = 3 + 3 + 1 = 7 compositions")
        .Network(merged.Flatten()).Compositions(merged.L1, merged.G, merged.L2, 7);
    var sample = DyadicGrid(0, 4, 5).Concat(Farey(11).Select(x => 4 * x)).Distinct().ToArray();
    var plain = NetworkCalculus.Compose(outer.Flatten(), inner.Flatten());
    Claim("RC-P3.3/inner=step4,outer=fit4", source: Src("Prop. 3.3 with Lemma E.1"), statement: "L2∘g^{∘7}∘L1 = outer∘inner on [0, 4] (exact at grid and Farey points)")
        .Expect(Sampled)
        .Network(merged.Flatten())
        .Matches(x => plain.Evaluate(x)[0], at: sample);
    Claim("RC-LE1/inner=step4,outer=fit4,part=size", source: Src("Lemma E.1"), statement: "the inner merge Φ ∈ NN{N1 + N2 + 2d, max(L1, L2) + 1}, here its measured depth ≤ 4")
        .Network(merged.G).InClass(width: n1 + n2 + 6 * dd + 2, depth: 4, inputs: dd + 2, outputs: dd + 2);
}

// ---- RC-CLIP and RC-MID --------------------------------------------------------------------------------------------
foreach (var m in new[] { Q(1), Q(5, 3), Q(100) })
{
    Claim($"RC-CLIP/M={m},part=size", source: Src("proof of Thm 1.1"), statement: "g2 ∈ NN{4, 2; R → R}")
        .Network(Clip.Build(m)).InClass(width: 4, depth: 2);
    Claim($"RC-CLIP/M={m}", source: Src("proof of Thm 1.1"), statement: $"g2(x) = max(−M, min(x, M)) on [−3M, 3M]")
        .Network(Clip.Build(m))
        .Distance($"max(-({m}), min(x, {m}))", on: (-3 * m, 3 * m)).AtMost(0);
}
Claim("RC-MID/part=size", source: "Lu–Shen–Yang–Zhang, Lemma 3.1 (cited); catalogue RC-MID", statement: "mid ∈ NN{14, 2; R^3 → R} (measured: NN{8, 2})")
    .Network(Mid.Build()).InClass(width: 14, depth: 2, inputs: 3);
{
    var grid = new[] { Q(-2), Q(-1, 2), 0, Q(1, 3), Q(1), Q(7, 3) };
    Claim("RC-MID", source: "Lu–Shen–Yang–Zhang, Lemma 3.1 (cited); catalogue RC-MID", statement: "mid(x1, x2, x3) = the median")
        .Expect(Sampled)
        .Network(Mid.Build())
        .Matches(p => p.OrderBy(t => t).ElementAt(1), at: grid.SelectMany(a => grid.SelectMany(b => grid.Select(c => (IReadOnlyList<Rational>)new[] { a, b, c }))));
}

// ---- RC-TA1 and RC-T1.1 --------------------------------------------------------------------------------------------
ApproximationTarget TargetOf(string f) => f switch
{
    "abs(x-1/3)" => ApproximationTarget.AbsDistance(Q(1, 3)),
    "x^2" => ApproximationTarget.Square(),
    "max(x1,x2)" => ApproximationTarget.Max2(),
    _ => ApproximationTarget.Product2(),
};
Rational F(string f, IReadOnlyList<Rational> x) => f switch
{
    "abs(x-1/3)" => Rational.Abs(x[0] - Q(1, 3)),
    "x^2" => x[0] * x[0],
    "max(x1,x2)" => Rational.Max(x[0], x[1]),
    _ => x[0] * x[1],
};
// ω_f(r^{−1/d}) from below (r a perfect square when d = 2).
Rational OmegaLower(string f, int d, int r)
{
    if (d == 1) { var t = Q(1, r); return f == "x^2" ? 2 * t - t * t : Rational.Min(t, Q(2, 3)); }
    int root = (int)IntegerRoot.FloorSqrt(r);
    if (root * root != r) throw new ArgumentException($"r = {r} must be a perfect square when d = 2");
    var s = Q(1, root);
    if (f == "max(x1,x2)") return s;
    var u = s * Q(707, 1000);
    return 2 * u - u * u;
}
Rational SqrtDLower(int d) => d == 1 ? 1 : Q(1414, 1000);
IEnumerable<Box> Cubes(int d, int r, Rational delta)
{
    var omega = new TriflingRegion(d, TriflingRegion.GridSize(r, d), delta);
    return omega.Indices().Select(omega.Cube);
}

foreach (var (f, d, r) in new[] { ("abs(x-1/3)", 1, 1), ("abs(x-1/3)", 1, 4), ("abs(x-1/3)", 1, 10), ("x^2", 1, 7), ("max(x1,x2)", 2, 4), ("x1*x2", 2, 16) })
{
    int k = TriflingRegion.GridSize(r, d);
    var delta = Q(1, 3 * k);
    var aux = AuxiliaryApprox.Build(TargetOf(f), r, delta);
    var flat = aux.Flatten();
    var id = $"RC-TA1/d={d},r={r},f={f}";
    Claim(id + ",part=size", source: Src("Thm A.1"), statement: $"g ∈ NN{{39d + 24, 3; R^(5d+3)}} = NN{{{39 * d + 24}, 3; R^{5 * d + 3}}}")
        .Network(aux.G).InClass(width: 39 * d + 24, depth: 3, inputs: 5 * d + 3, outputs: 5 * d + 3);
    Claim(id + ",part=compositions", source: Src("Thm A.1"), statement: $"3r − 1 = {3 * r - 1} compositions")
        .Network(flat).Compositions(aux.L1, aux.G, aux.L2, 3 * r - 1);
    var bound = 5 * SqrtDLower(d) * OmegaLower(f, d, r);
    Claim(id, source: Src("Thm A.1"), statement: $"|L2∘g^{{∘(3r−1)}}∘L1 − f| ≤ 5√d·ω_f(r^(−1/d)) ≥ {bound} on [0,1]^d \\ Ω(K = {k}, δ = {delta}), cube by cube")
        .Quantity("delta", delta)
        .Network(flat)
        .ConstantOn(() => Cubes(d, r, delta), f, bound);
}

const int CubeLimit = 256;
const int LpLimit = 16;
// RC-T1.1: (d, r, which checks) — cube check and L^p at r ≤ 16; sizes and counts everywhere.
var mainCases = new List<(string F, int D, int R)>();
foreach (var f in new[] { "abs(x-1/3)", "x^2" }) foreach (var r in new[] { 1, 4, 16, 64, 256 }) mainCases.Add((f, 1, r));
foreach (var f in new[] { "max(x1,x2)", "x1*x2" }) foreach (var r in new[] { 4, 16, 64, 256 }) mainCases.Add((f, 2, r));
foreach (var (f, d, r) in mainCases)
{
    var timer = System.Diagnostics.Stopwatch.StartNew();
    const int p = 2;   // δ is chosen for p = 2; the L^1 bound then follows as well (checked below).
    var net = CompositionApprox.Build(TargetOf(f), r, p);
    var flat = net.Flatten();
    var id = $"RC-T1.1/d={d},r={r},f={f}";
    var delta = Rational.Parse(net.Meta["delta"]);
    Claim(id + ",part=size", source: Src("Thm 1.1"), statement: $"g ∈ NN{{69d + 48, 5; R^(5d+5)}} = NN{{{69 * d + 48}, 5; R^{5 * d + 5}}}")
        .Quantity("build ms", timer.ElapsedMilliseconds)
        .Network(net.G).InClass(width: 69 * d + 48, depth: 5, inputs: 5 * d + 5, outputs: 5 * d + 5);
    Claim(id + ",part=compositions", source: Src("Thm 1.1"), statement: $"φ = L2∘g^{{∘(3r+1)}}∘L1 with exactly 3r + 1 = {3 * r + 1} compositions")
        .Network(flat).Compositions(net.L1, net.G, net.L2, 3 * r + 1);
    Claim(id + ",part=affine", source: Src("Thm 1.1"), statement: "L1 and L2 are affine (no hidden layer)")
        .Count("hidden layers of L1 and L2", () => net.L1.HiddenLayerCount + net.L2.HiddenLayerCount).Exactly(0);
    if (r > CubeLimit) continue;
    var bound = 5 * SqrtDLower(d) * OmegaLower(f, d, r);
    Claim(id + ",part=outside-omega", source: Src("Thm 1.1, proof (Thm A.1 + clip)"), statement: $"|φ − f| ≤ 5√d·ω_f(r^(−1/d)) ≥ {bound} on every cube Q_β outside Ω (δ = {delta}), where φ is constant")
        .Network(flat)
        .ConstantOn(() => Cubes(d, r, delta), f, bound);
    var six = 6 * SqrtDLower(d) * OmegaLower(f, d, r);
    if (d == 1 && r <= LpLimit)
    {
        foreach (var (norm, pp) in new[] { (Norm.L1, 1), (Norm.L2, 2) })
            Claim(id + $",p={pp}", source: Src("Thm 1.1"), statement: $"‖φ − f‖_(L^{pp}[0,1])^{pp} ≤ (6√d·ω_f(r^(−1/d)))^{pp} = {Rational.Pow(six, pp)} (exact)")
                .Network(flat)
                .Distance(f, on: (0, 1), norm).AtMost(Rational.Pow(six, pp));
    }
    else if (d == 2 && r <= 16)
    {
        var grid = DyadicGrid(0, 1, 4).ToArray();
        var clipM = Rational.Parse(net.Meta["clip"]);
        Claim(id + ",part=everywhere", source: Src("Thm 1.1, proof"), statement: $"|φ − f| ≤ 2·max(M, ‖f‖_∞) = {2 * Rational.Max(clipM, 1)} on [0,1]² (grid k/16, crossing Ω)")
            .Expect(Sampled)
            .Network(flat)
            .Matches(x => F(f, x), at: grid.SelectMany(a => grid.Select(b => (IReadOnlyList<Rational>)new[] { a, b })), within: 2 * Rational.Max(clipM, 1));
    }
}

// ---- RC-TA2: mid-smoothing removes the error on Ω -------------------------------------------------------------------
// φ is the RC-TA1 network plus hats of height 4 on every strip of Ω (the lemma allows any φ; on Ω the RC-TA1 network alone
// stays within the bound for these targets, so the hats make the smoothing necessary). ε is φ's largest error on the
// cubes, computed here from its values at the representatives (the hypothesis claim has the kernel confirm that φ is
// constant and within ε on every closed cube). The conclusion bound is ε + d·ω_f(δ), ω_f(δ) from below (δ for the
// 1-Lipschitz targets, 2δ − δ² for x²).
// Σ_j Σ_k 4·hat_k(x_j), hat_k = 0 outside (k/K − δ, k/K) and 1 at its midpoint: three ReLUs per strip.
Network Hats(int d, int k, Rational delta)
{
    var rows = new List<IReadOnlyList<(int, Rational)>>(); var bias = new List<Rational>(); var output = new List<(int, Rational)>();
    for (int j = 0; j < d; j++)
        for (int s = 1; s < k; s++)
        {
            var a = Q(s, k) - delta;
            foreach (var (at, w) in new[] { (a, Q(1)), (a + delta / 2, Q(-2)), (a + delta, Q(1)) })
            {
                output.Add((rows.Count, 4 * w / (delta / 2)));
                rows.Add([(j, Q(1))]); bias.Add(-at);
            }
        }
    if (rows.Count == 0) { rows.Add([(0, Q(0))]); bias.Add(0); }
    return new Network(d, [AffineLayer.Sparse(d, rows, bias, Activation.Relu), AffineLayer.Sparse(rows.Count, [output], [Q(0)], Activation.Identity)]);
}
Rational OmegaAt(string f, Rational t) => f == "x^2" ? 2 * t - t * t : f == "x1*x2" ? 2 * (t * Q(707, 1000)) - (t * Q(707, 1000)) * (t * Q(707, 1000)) : t;
// Points of [0,1] meeting every strip (k/K − δ, k/K) twice, its ends, the cube ends and a Farey set.
IEnumerable<Rational> StripAxis(int k, Rational delta, int farey) =>
    Enumerable.Range(1, k - 1).SelectMany(j => new[] { Q(j, k) - delta, Q(j, k) - delta * Q(2, 3), Q(j, k) - delta / 5, Q(j, k) })
        .Concat(Farey(farey)).Where(t => t.Sign >= 0 && t <= 1).Distinct().OrderBy(t => t);
foreach (var (f, d, r) in new[] { ("abs(x-1/3)", 1, 4), ("x^2", 1, 7), ("max(x1,x2)", 2, 4) })
{
    int k = TriflingRegion.GridSize(r, d);
    var delta = Q(1, 3 * k);
    var phi = NetworkCalculus.Sum(AuxiliaryApprox.Build(TargetOf(f), r, delta).Flatten(), Hats(d, k, delta));
    var omega = new TriflingRegion(d, k, delta);
    // ε: the largest gap between φ's value on a cube (at its corner) and the range of f there, from the target's exact
    // enclosure on the cube; the kernel then re-derives both on every cube.
    var target = TargetParser.Parse(f);
    var epsilon = omega.Indices().Select(omega.Cube).Aggregate(Rational.Zero, (acc, b) =>
    {
        var c = phi.Evaluate(b.Lower.ToArray())[0];
        var range = target.Enclose(b);
        return Rational.Max(acc, Rational.Max(c - range.Lower, range.Upper - c));
    });
    var smooth = MidSmoothing.Build(phi, delta);
    var bound = epsilon + d * OmegaAt(f, delta);
    var id = $"RC-TA2/d={d},r={r},f={f}";
    var (n0, l0) = (Sizes(phi).Width, Sizes(phi).Depth);
    Claim(id + ",part=hypothesis", source: "Lu–Shen–Yang–Zhang, Lemma 3.4 (cited by Zhang–Lu–Zhao)", statement: $"|φ − f| ≤ ε = {epsilon} on [0,1]^d \\ Ω(K = {k}, δ = {delta}) for φ = the RC-TA1 network + hats of height 4 on Ω, cube by cube")
        .Network(phi)
        .ConstantOn(() => omega.Indices().Select(omega.Cube), target, epsilon);
    int pow = (int)BigInteger.Pow(3, d);
    Claim(id + ",part=size", source: "Lu–Shen–Yang–Zhang, Lemma 3.4 with mid ∈ NN{8, 2}", statement: $"φ_d ∈ NN{{3^d·N, L + 2d}} = NN{{{pow * n0}, {l0 + 2 * d}}} for φ ∈ NN{{{n0}, {l0}}}")
        .Network(smooth).InClass(width: pow * n0, depth: l0 + 2 * d, inputs: d);
    if (d == 1)
    {
        Claim(id, source: "Lu–Shen–Yang–Zhang, Lemma 3.4 (cited by Zhang–Lu–Zhao)", statement: $"|φ_d − f| ≤ ε + d·ω_f(δ) ≥ {bound} on all of [0, 1] (exact sup)")
            .Quantity("delta", delta)
            .Network(smooth).Distance(f, on: (0, 1)).AtMost(bound);
        Claim(id + ",part=unsmoothed", source: "Lu–Shen–Yang–Zhang, Lemma 3.4", statement: $"without smoothing, |φ − f| ≤ ε + d·ω_f(δ) = {bound} on all of [0, 1] fails (the hats sit in Ω)")
            .Expect(Refuted)
            .Network(phi).Distance(f, on: (0, 1)).AtMost(bound);
    }
    else
    {
        var axis = StripAxis(k, delta, 5).ToArray();
        Claim(id, source: "Lu–Shen–Yang–Zhang, Lemma 3.4 (cited by Zhang–Lu–Zhao)", statement: $"|φ_d − f| ≤ ε + d·ω_f(δ) ≥ {bound} on [0,1]² ({axis.Length}² points meeting every strip of Ω)")
            .Expect(Sampled)
            .Network(smooth).Matches(x => F(f, x), at: axis.SelectMany(a => axis.Select(b => (IReadOnlyList<Rational>)new[] { a, b })), within: bound);
        Claim(id + ",part=unsmoothed", source: "Lu–Shen–Yang–Zhang, Lemma 3.4", statement: $"without smoothing, |φ − f| ≤ ε + d·ω_f(δ) = {bound} on [0,1]² fails (the hats sit in Ω)")
            .Expect(Refuted)
            .Network(phi).Matches(x => F(f, x), at: axis.SelectMany(a => axis.Select(b => (IReadOnlyList<Rational>)new[] { a, b })), within: bound);
    }
}

// ---- RC-T1.3: the L^∞ theorem ---------------------------------------------------------------------------------------
// g ∈ NN{4^(d+5)·d, 3 + 2d; R^(3^d(5d+4)−1)}, 3r + 2d − 1 compositions, |φ − f| ≤ 6√d·ω_f(r^(−1/d)) everywhere: exact sup
// over [0, 1] for d = 1, exact values at points meeting every strip of Ω for d = 2 (sampled). Larger r:
// proofs/slow/rcnet-linf.csx.
foreach (var (f, d, r) in new[] { ("abs(x-1/3)", 1, 1), ("abs(x-1/3)", 1, 4), ("x^2", 1, 4), ("max(x1,x2)", 2, 4) })
{
    var timer = System.Diagnostics.Stopwatch.StartNew();
    var net = UniformCompositionApprox.Build(TargetOf(f), r);
    var flat = net.Flatten();
    var id = $"RC-T1.3/d={d},r={r},f={f}";
    var delta = Rational.Parse(net.Meta["delta"]);
    int width = (int)BigInteger.Pow(4, d + 5) * d, state = (int)BigInteger.Pow(3, d) * (5 * d + 4) - 1;
    Claim(id + ",part=size", source: Src("Thm 1.3"), statement: $"g ∈ NN{{4^(d+5)·d, 3 + 2d; R^(3^d(5d+4)−1)}} = NN{{{width}, {3 + 2 * d}; R^{state}}}")
        .Quantity("build ms", timer.ElapsedMilliseconds)
        .Network(net.G).InClass(width: width, depth: 3 + 2 * d, inputs: state, outputs: state);
    Claim(id + ",part=compositions", source: Src("Thm 1.3"), statement: $"φ = L2∘g^{{∘(3r+2d−1)}}∘L1 with exactly 3r + 2d − 1 = {3 * r + 2 * d - 1} compositions")
        .Network(flat).Compositions(net.L1, net.G, net.L2, 3 * r + 2 * d - 1);
    Claim(id + ",part=affine", source: Src("Thm 1.3"), statement: "L1 and L2 are affine (no hidden layer)")
        .Count("hidden layers of L1 and L2", () => net.L1.HiddenLayerCount + net.L2.HiddenLayerCount).Exactly(0);
    var six = 6 * SqrtDLower(d) * OmegaLower(f, d, r);
    if (d == 1)
        Claim(id, source: Src("Thm 1.3"), statement: $"|φ − f| ≤ 6√d·ω_f(r^(−1/d)) ≥ {six} on all of [0, 1] (exact sup; δ = {delta})")
            .Network(flat).Distance(f, on: (0, 1)).AtMost(six);
    else
    {
        var axis = StripAxis(TriflingRegion.GridSize(r, d), delta, 3).ToArray();
        Claim(id, source: Src("Thm 1.3"), statement: $"|φ − f| ≤ 6√d·ω_f(r^(−1/d)) ≥ {six} on [0,1]² ({axis.Length}² points meeting every strip of Ω; δ = {delta})")
            .Expect(Sampled)
            .Network(flat).Matches(x => F(f, x), at: axis.SelectMany(a => axis.Select(b => (IReadOnlyList<Rational>)new[] { a, b })), within: six);
    }
}
