// RC-T1.1 at r = 1024 (d = 1): build time, sizes, the 3r + 1 = 3073 compositions, and the cube-by-cube check outside Ω
// (1024 cubes through a network of 15,365 hidden layers, weights of up to ~2,400 bits). The cube check alone took 29 min
// of CPU and 20 min of wall time on 2 shared cores (boxes analysed two at a time). Targets and moduli as in
// proofs/rcnet.csx, written independently of the construction. Not in the default run.

string Src(string where) => $"Zhang–Lu–Zhao (RCNet), {where}";
IEnumerable<Box> Cubes(int r, Rational delta)
{
    var omega = new TriflingRegion(1, TriflingRegion.GridSize(r, 1), delta);
    return omega.Indices().Select(omega.Cube);
}

const int r = 1024;
var timer = System.Diagnostics.Stopwatch.StartNew();
var net = CompositionApprox.Build(ApproximationTarget.AbsDistance(Q(1, 3)), r, 2);
long buildMs = timer.ElapsedMilliseconds;
var flat = net.Flatten();
long flattenMs = timer.ElapsedMilliseconds - buildMs;
var delta = Rational.Parse(net.Meta["delta"]);
var id = $"RC-T1.1/d=1,r={r},f=abs(x-1/3)";
Claim(id + ",part=size", source: Src("Thm 1.1"), statement: "g ∈ NN{69d + 48, 5; R^(5d+5)} = NN{117, 5; R^10}")
    .Quantity("build ms", buildMs).Quantity("flatten ms", flattenMs)
    .Network(net.G).InClass(width: 117, depth: 5, inputs: 10, outputs: 10);
Claim(id + ",part=compositions", source: Src("Thm 1.1"), statement: $"φ = L2∘g^{{∘(3r+1)}}∘L1 with exactly 3r + 1 = {3 * r + 1} compositions")
    .Network(flat).Compositions(net.L1, net.G, net.L2, 3 * r + 1);
// ω_f(1/r) = 1/r for |x − 1/3| (r ≥ 2), so the bound is 5/r.
Claim(id + ",part=outside-omega", source: Src("Thm 1.1, proof (Thm A.1 + clip)"), statement: $"|φ − f| ≤ 5·ω_f(1/r) = {Q(5, r)} on every cube Q_β outside Ω (δ = {delta}), where φ is constant")
    .Network(flat)
    .ConstantOn(() => Cubes(r, delta), "abs(x-1/3)", Q(5, r));
