// The heavier RC-T1.1 check not in the default run (proofs/rcnet.csx holds the rest, cube checks to r = 256 included):
// the exact L^p distances for d = 1 at r = 64. Targets and moduli as in proofs/rcnet.csx (written independently of the
// constructions): ω_f(1/r) from below is 1/r for |x − 1/3| and 2/r − 1/r² for x². Everything at r = 1024 is in
// proofs/slow/rcnet-1024.csx.

string Src(string where) => $"Zhang–Lu–Zhao (RCNet), {where}";

const int r = 64;
foreach (var f in new[] { "abs(x-1/3)", "x^2" })
{
    var target = f == "x^2" ? ApproximationTarget.Square() : ApproximationTarget.AbsDistance(Q(1, 3));
    var t = Q(1, r);
    var omega = f == "x^2" ? 2 * t - t * t : t;
    var timer = System.Diagnostics.Stopwatch.StartNew();
    var flat = CompositionApprox.Build(target, r, 2).Flatten();
    long buildMs = timer.ElapsedMilliseconds;   // build and flatten
    var six = 6 * omega;
    foreach (var (norm, pp) in new[] { (Norm.L1, 1), (Norm.L2, 2) })
        Claim($"RC-T1.1/d=1,r={r},f={f},p={pp}", source: Src("Thm 1.1"), statement: $"‖φ − f‖_(L^{pp}[0,1])^{pp} ≤ (6√d·ω_f(r^(−1/d)))^{pp} = {Rational.Pow(six, pp)} (exact)")
            .Quantity("build ms", buildMs)
            .Network(flat)
            .Distance(f, on: (0, 1), norm).AtMost(Rational.Pow(six, pp));
}
