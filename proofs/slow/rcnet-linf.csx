// The heavier L^∞ checks, not in the default run (proofs/rcnet.csx and proofs/intrinsic.csx hold the rest): RC-T1.3
// with the exact sup over [0, 1] at d = 1, r = 16 and points meeting every strip of Ω at d = 2, r = 9 and 16; INT-T2.2
// with the exact sup over [0, 1] at d = 1, n = 3 (about 80 000 pieces) and points at d = 2, n = 3. Targets and moduli
// are written here, independently of the constructions (as in proofs/rcnet.csx).

string Src(string where) => $"Zhang–Lu–Zhao (RCNet), {where}";
string SrcInt(string where) => $"Shen–Yang–Zhang (intrinsic parameters), {where}";
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
// ω_f(r^{−1/d}) from below (r a perfect square when d = 2): min(t, 2/3), 2t − t², s, 2u − u² with u = 0.707·s ≤ s/√2.
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
// Points of [0,1] meeting every strip (k/K − δ, k/K) twice, its ends, and a Farey set.
IEnumerable<Rational> StripAxis(int k, Rational delta, int farey) =>
    Enumerable.Range(1, k - 1).SelectMany(j => new[] { Q(j, k) - delta, Q(j, k) - delta * Q(2, 3), Q(j, k) - delta / 5, Q(j, k) })
        .Concat(Farey(farey)).Where(t => t.Sign >= 0 && t <= 1).Distinct().OrderBy(t => t);

// ---- RC-T1.3 ---------------------------------------------------------------------------------------------------------
foreach (var (f, d, r) in new[] { ("abs(x-1/3)", 1, 16), ("x^2", 1, 16), ("max(x1,x2)", 2, 9), ("x1*x2", 2, 16) })
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
    Claim(id + ",part=compositions", source: Src("Thm 1.3"), statement: $"exactly 3r + 2d − 1 = {3 * r + 2 * d - 1} compositions")
        .Network(flat).Compositions(net.L1, net.G, net.L2, 3 * r + 2 * d - 1);
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

// ---- INT-T2.2 --------------------------------------------------------------------------------------------------------
// ω_f(√d·2^−n) + 2^(−n+2)·ω_f(√d) from below: |x − 1/3|: 2^−n + 2^(−n+2)·2/3; max(x1, x2): 1.414·2^−n + 2^(−n+2).
foreach (var (f, d, n) in new[] { ("abs(x-1/3)", 1, 3), ("max(x1,x2)", 2, 3) })
{
    var target = TargetOf(f);
    var delta = UniformIntrinsicApprox.Gap(target, n);
    var net = UniformIntrinsicApprox.Build(target, n, delta);
    var h = Pow2(-n);
    var bound = f == "abs(x-1/3)" ? h + 4 * h * Q(2, 3) : Q(1414, 1000) * h + 4 * h;
    var id = $"INT-T2.2/d={d},n={n},f={f}";
    if (d == 1)
        Claim(id + ",part=sup", source: SrcInt("Thm 2.2"), statement: $"|s·ϕ2∘L∘ϕ1 + b − f| ≤ ω_f(√d·2^−n) + 2^(−n+2)ω_f(√d) ≥ {bound} on all of [0, 1] (exact sup; δ = {delta})")
            .Network(net).Distance(f, on: (0, 1)).AtMost(bound);
    else
    {
        var axis = StripAxis(1 << n, delta, 3).ToArray();
        Claim(id + ",part=points", source: SrcInt("Thm 2.2"), statement: $"|s·ϕ2∘L∘ϕ1 + b − f| ≤ {bound} on [0,1]² ({axis.Length}² points meeting every strip of Ω; δ = {delta})")
            .Expect(Sampled)
            .Network(net).Matches(x => F(f, x), at: axis.SelectMany(a => axis.Select(b => (IReadOnlyList<Rational>)new[] { a, b })), within: bound);
    }
}
