// The heavier RC-T1.1 checks, not in the default run (proofs/rcnet.csx holds the rest): the cube-by-cube check outside
// Ω at r = 256 (d = 1 and d = 2), the exact L^p distances for d = 1 at r = 64, and sizes and composition counts at
// r = 1024. Targets and moduli as in proofs/rcnet.csx (written independently of the constructions). The cube check at
// r = 1024 (d = 1) is in proofs/slow/rcnet-1024.csx.

string Src(string where) => $"Zhang–Lu–Zhao (RCNet), {where}";

// ---- RC-TA1 and RC-T1.1 --------------------------------------------------------------------------------------------
ApproximationTarget TargetOf(string f) => f switch
{
    "abs(x-1/3)" => ApproximationTarget.AbsDistance(Q(1, 3)),
    "x^2" => ApproximationTarget.Square(),
    "max(x1,x2)" => ApproximationTarget.Max2(),
    _ => ApproximationTarget.Product2(),
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

foreach (var (f, d, r, cubes, lp) in new[]
{
    ("abs(x-1/3)", 1, 64, false, true), ("x^2", 1, 64, false, true),
    ("abs(x-1/3)", 1, 256, true, false), ("x^2", 1, 256, true, false),
    ("max(x1,x2)", 2, 256, true, false), ("x1*x2", 2, 256, true, false),
    ("abs(x-1/3)", 1, 1024, false, false), ("max(x1,x2)", 2, 1024, false, false),
})
{
    const int p = 2;
    var timer = System.Diagnostics.Stopwatch.StartNew();
    var net = CompositionApprox.Build(TargetOf(f), r, p);
    var flat = net.Flatten();
    long buildMs = timer.ElapsedMilliseconds;   // build and flatten
    var id = $"RC-T1.1/d={d},r={r},f={f}";
    var delta = Rational.Parse(net.Meta["delta"]);
    if (r == 1024)
    {
        Claim(id + ",part=size", source: Src("Thm 1.1"), statement: $"g ∈ NN{{69d + 48, 5; R^(5d+5)}} = NN{{{69 * d + 48}, 5; R^{5 * d + 5}}}")
            .Quantity("build ms", buildMs)
            .Network(net.G).InClass(width: 69 * d + 48, depth: 5, inputs: 5 * d + 5, outputs: 5 * d + 5);
        Claim(id + ",part=compositions", source: Src("Thm 1.1"), statement: $"exactly 3r + 1 = {3 * r + 1} compositions")
            .Network(flat).Compositions(net.L1, net.G, net.L2, 3 * r + 1);
    }
    if (cubes)
    {
        var bound = 5 * SqrtDLower(d) * OmegaLower(f, d, r);
        Claim(id + ",part=outside-omega", source: Src("Thm 1.1, proof (Thm A.1 + clip)"), statement: $"|φ − f| ≤ 5√d·ω_f(r^(−1/d)) ≥ {bound} on every cube Q_β outside Ω (δ = {delta}), where φ is constant")
            .Quantity("build ms", buildMs)
            .Network(flat)
            .ConstantOn(() => Cubes(d, r, delta), f, bound);
    }
    if (lp)
    {
        var six = 6 * SqrtDLower(d) * OmegaLower(f, d, r);
        foreach (var (norm, pp) in new[] { (Norm.L1, 1), (Norm.L2, 2) })
            Claim(id + $",p={pp}", source: Src("Thm 1.1"), statement: $"‖φ − f‖_(L^{pp}[0,1])^{pp} ≤ (6√d·ω_f(r^(−1/d)))^{pp} = {Rational.Pow(six, pp)} (exact)")
                .Network(flat)
                .Distance(f, on: (0, 1), norm).AtMost(Rational.Pow(six, pp));
    }
}
