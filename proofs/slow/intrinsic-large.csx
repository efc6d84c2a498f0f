// The INT-T2.3 network s·ϕ(x, v) + b for d = 1 at larger n than proofs/intrinsic.csx (n = 3, 4, 5, i.e. ε = 2, 1, 1/2 for a
// 1-Lipschitz target; at ε = 1/2 v holds the catalogue's 320 bits): which weights depend on f, v as a weight, the unpacking
// network against INT-LA3, and the error against |x − 1/3| (closed form) at rational points.

string Src(string where) => $"Shen–Yang–Zhang (intrinsic parameters), {where}";

var kink = ApproximationTarget.AbsDistance(Q(1, 3));
var halfSquare = new ApproximationTarget("x^2/2", 1, x => x[0] * x[0] / 2, _ => 0, Q(1, 2), Q(1, 2));
var rng = new Random(20261204);
foreach (var (eps, n) in new[] { (Q(2), 3), (Q(1), 4), (Q(1, 2), 5) })
{
    var timer = System.Diagnostics.Stopwatch.StartNew();
    var net = ThreeParameters.BuildNetwork(kink, eps, 1);
    long buildMs = timer.ElapsedMilliseconds;
    var other = ThreeParameters.BuildNetwork(halfSquare, eps, 1);
    var v = Rational.Parse(net.Meta["v"]);
    var vOther = Rational.Parse(other.Meta["v"]);
    int m = IntrinsicApprox.DigitBits(1, n);
    var sizes = NetworkSizes.Measure(net);
    var id = $"INT-T2.3/d=1,eps={eps},f=abs(x-1/3)";
    Claim(id + ",part=intrinsic", source: Src("Thm 2.3"), statement: $"ϕ is independent of f: the networks for |x − 1/3| and x²/2 (n = {n}) differ in at most 3 weights (s, v, b)")
        .Quantity("build ms", buildMs).Quantity("width", sizes.Width).Quantity("depth", sizes.Depth).Quantity("parameters", sizes.Parameters)
        .Count("weights and biases that differ", () =>
        {
            if (net.Layers.Length != other.Layers.Length) return -1;
            int differing = 0;
            for (int l = 0; l < net.Layers.Length; l++)
            {
                var (a, b) = (net.Layers[l], other.Layers[l]);
                if (a.InputSize != b.InputSize || a.OutputSize != b.OutputSize) return -1;
                for (int r = 0; r < a.OutputSize; r++)
                {
                    for (int c = 0; c < a.InputSize; c++) if (a.Weight(r, c) != b.Weight(r, c)) differing++;
                    if (a.Bias[r] != b.Bias[r]) differing++;
                }
            }
            return differing;
        }).AtMost(3);
    Claim(id + ",part=v-in-weights", source: Src("Thm 2.3"), statement: $"v (m·n = {m * n} bits) is a weight: a bias equals v here and the other target's v at the same place")
        .Network(net).Count("biases holding v", nw => Enumerable.Range(0, nw.Layers.Length).Sum(l =>
            Enumerable.Range(0, nw.Layers[l].OutputSize).Count(r => nw.Layers[l].Bias[r] == v && other.Layers[l].Bias[r] == vOther))).AtLeast(1);
    // INT-LA3 through the network, at v itself, the largest packed value and 40 random packed values.
    var unpack = Packing.BuildUnpacker(m, n);
    var scale = BigInteger.One << (m * n);
    var values = Enumerable.Range(0, 40).Select(_ => Rational.Create(new BigInteger(Enumerable.Range(0, (m * n + 7) / 8).Select(_ => (byte)rng.Next(256)).Append((byte)0).ToArray()) % scale, scale))
        .Append(v).Append(1 - Pow2(-m * n)).ToArray();
    for (int i = 1; i <= n; i++)
    {
        int ii = i;
        var row = new Rational[1, n]; row[0, i - 1] = 1;
        Claim($"INT-LA3/m={m},n={n},i={i},part=network", source: Src("Lemma A.3"), statement: $"the unpacking network's a_{i}(v) = ⌊2^(mi)v⌋/2^m − ⌊2^(m(i−1))v⌋ at {values.Length} v ∈ 2^−{m * n}·N ∩ [0, 1)")
            .Expect(Sampled)
            .Network(NetworkCalculus.PostMap(unpack, row))
            .Matches(w => (Pow2(m * ii) * w).FloorToInteger() / Pow2(m) - (Pow2(m * (ii - 1)) * w).FloorToInteger(), at: values);
    }
    var points = DyadicGrid(0, 1, 8).Concat(Farey(24)).Distinct().ToArray();
    Claim(id + ",part=error", source: Src("Thm 2.3"), statement: $"|s·ϕ(x, v) + b − |x − 1/3|| ≤ ε = {eps} at {points.Length} rational points of [0, 1] (grid k/256 and Farey(24), crossing Ω)")
        .Expect(Sampled)
        .Network(net)
        .Matches(x => Rational.Abs(x - Q(1, 3)), at: points, within: eps);
}
