// RC-T1.1 at r = 1024, d = 1 and d = 2: build time, sizes, the 3r + 1 = 3073 compositions, and the cube-by-cube check
// outside Ω (1024 cubes each, through a network of 15,365 hidden layers with weights of up to ~4,700 bits). Targets
// and moduli as in proofs/rcnet.csx, written independently of the construction. Not in the default run: the two cube
// checks take 3 and 5 minutes on 2 cores (timings in proofs/README.md).

string Src(string where) => $"Zhang–Lu–Zhao (RCNet), {where}";
IEnumerable<Box> Cubes(int d, int r, Rational delta)
{
    var omega = new TriflingRegion(d, TriflingRegion.GridSize(r, d), delta);
    return omega.Indices().Select(omega.Cube);
}

const int r = 1024;
// f, d, ω_f(r^(−1/d)) from below (|x − 1/3|: 1/r; max(x1, x2) with r = 32²: 1/32), √d from below.
foreach (var (f, d, omega, sqrtD) in new[]
{
    ("abs(x-1/3)", 1, Q(1, r), Q(1, 1)),
    ("max(x1,x2)", 2, Q(1, 32), Q(1414, 1000)),
})
{
    var target = d == 1 ? ApproximationTarget.AbsDistance(Q(1, 3)) : ApproximationTarget.Max2();
    var timer = System.Diagnostics.Stopwatch.StartNew();
    var net = CompositionApprox.Build(target, r, 2);
    long buildMs = timer.ElapsedMilliseconds;
    var flat = net.Flatten();
    long flattenMs = timer.ElapsedMilliseconds - buildMs;
    var delta = Rational.Parse(net.Meta["delta"]);
    var id = $"RC-T1.1/d={d},r={r},f={f}";
    Claim(id + ",part=size", source: Src("Thm 1.1"), statement: $"g ∈ NN{{69d + 48, 5; R^(5d+5)}} = NN{{{69 * d + 48}, 5; R^{5 * d + 5}}}")
        .Quantity("build ms", buildMs).Quantity("flatten ms", flattenMs)
        .Network(net.G).InClass(width: 69 * d + 48, depth: 5, inputs: 5 * d + 5, outputs: 5 * d + 5);
    Claim(id + ",part=compositions", source: Src("Thm 1.1"), statement: $"φ = L2∘g^{{∘(3r+1)}}∘L1 with exactly 3r + 1 = {3 * r + 1} compositions")
        .Network(flat).Compositions(net.L1, net.G, net.L2, 3 * r + 1);
    var bound = 5 * sqrtD * omega;
    Claim(id + ",part=outside-omega", source: Src("Thm 1.1, proof (Thm A.1 + clip)"), statement: $"|φ − f| ≤ 5√d·ω_f(r^(−1/d)) ≥ {bound} on every cube Q_β outside Ω (δ = {delta}), where φ is constant")
        .Network(flat)
        .ConstantOn(() => Cubes(d, r, delta), f, bound);
}
