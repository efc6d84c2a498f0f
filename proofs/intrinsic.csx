// Intrinsic parameters (Shen–Yang–Zhang): claims INT-PB1, INT-TA1, INT-T2.1, INT-T2.2 (L^∞), INT-T2.3 (bit counts; the
// network for d = 1, n ≤ 2) and INT-LA3 of the claims catalogue (§3).
//
// Targets and moduli are written here, independently of the constructions: f as expression text (enclosed exactly by the
// kernel on each cube) and as a closed form for the sampled grids, and ω_f by a hand-derived
// rational lower bound at the radius √d·2^−n (|x − 1/3|: min(t, 2/3); x²: 2t − t²; max(x1, x2): t ≥ 1414/1000·2^−n;
// x1·x2: 2u − u² with u = t/√2 = 2^−n), and ω_f(√d) (2/3 for |x − 1/3|, 1 for the others). The base-4 digit θ_j of
// a is read from 4^j a as the parity of its integer part.

string Src(string where) => $"Shen–Yang–Zhang (intrinsic parameters), {where}";

// ---- INT-PB1: ϕ(4^j a) = θ_j with width 2, depth 2J + 2, for every digit pattern ----------------------------------
foreach (var J in Enumerable.Range(1, 6))
{
    var phi = Base4Digits.Build(J);
    Claim($"INT-PB1/J={J},part=size", source: Src("Prop. B.1"), statement: $"ϕ ∈ NN{{2, 2J + 2}} = NN{{2, {2 * J + 2}}}")
        .Network(phi).InClass(width: 2, depth: 2 * J + 2);
    var points = Enumerable.Range(0, 1 << J).SelectMany(code =>
    {
        var a = Enumerable.Range(1, J).Aggregate(Rational.Zero, (acc, j) => acc + ((code >> (j - 1)) & 1) * Rational.Pow(4, -j));
        return Enumerable.Range(1, J).Select(j => Rational.Pow(4, j) * a);
    }).Distinct();
    Claim($"INT-PB1/J={J}", source: Src("Prop. B.1 with Lemma B.2"), statement: $"ϕ(4^j a) = θ_j for j = 1..{J} and all {1 << J} patterns θ ∈ {{0,1}}^{J}")
        .Network(phi)
        .MatchesEverywhere(x => x.FloorToInteger() % 2, on: points);
    Claim($"INT-PB1/J={J},part=range", source: Src("Prop. B.1"), statement: $"ϕ(R) ⊆ [0, 1]: |ϕ − 1/2| ≤ 1/2 on [−1, 2·4^{J} + 1] (ϕ is constant beyond)")
        .Network(phi)
        .Distance("1/2", on: (-1, 2 * Rational.Pow(4, J) + 1)).AtMost(Q(1, 2));
}

// ---- INT-TA1 / INT-T2.1 --------------------------------------------------------------------------------------------
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
// A lower bound of the theorem's bound ω_f(√d·2^−n) + 2^(−n+2)·ω_f(√d).
Rational Bound(string f, int n)
{
    var t = Pow2(-n);
    var near = f switch
    {
        "abs(x-1/3)" => Rational.Min(t, Q(2, 3)),
        "x^2" => 2 * t - t * t,
        "max(x1,x2)" => Q(1414, 1000) * t,
        _ => 2 * t - t * t,
    };
    var far = f == "abs(x-1/3)" ? Q(2, 3) : Q(1);
    return near + 4 * t * far;
}

var sized = new HashSet<(int, int)>();
foreach (var (f, d, n) in new[] { ("abs(x-1/3)", 1, 1), ("abs(x-1/3)", 1, 3), ("abs(x-1/3)", 1, 5), ("x^2", 1, 2), ("x^2", 1, 5),
                                  ("max(x1,x2)", 2, 2), ("max(x1,x2)", 2, 3), ("x1*x2", 2, 2), ("x1*x2", 2, 3) })
{
    const int p = 2;
    int k = 1 << n;
    var delta = IntrinsicApprox.Gap(d, n, p);
    var target = TargetOf(f);
    var net = IntrinsicApprox.Build(target, n, delta);
    var a = IntrinsicApprox.ScaledParameters(target, n);
    var id = $"INT-T2.1/d={d},n={n},f={f}";
    var phi1 = IntrinsicApprox.BuildPhi1(d, n, delta);
    var phi2 = IntrinsicApprox.BuildPhi2(d, n);
    // ϕ1 and ϕ2 do not depend on f: their sizes are stated once per (d, n).
    if (sized.Add((d, n)))
    {
    Claim($"INT-TA1/d={d},n={n},part=phi1-parameters", source: Src("Thm A.1 / 2.1"), statement: $"ϕ1 ∈ H_(2^(dn+4)) = H_{1 << (d * n + 4)}: at most that many parameters")
        .Network(phi1).Parameters().AtMost(1 << (d * n + 4));
    Claim($"INT-TA1/d={d},n={n},part=phi2-parameters", source: Src("Thm A.1 / 2.1"), statement: $"ϕ2 ∈ H_(2^(dn+5)·n) = H_{(1 << (d * n + 5)) * n}, counting the weights and biases of its n width-2 blocks (the non-zeros; dense counting of the width-2n parallel network also counts the zeros between blocks and exceeds the bound at d = 1, n = 5)")
        .Network(phi2).NonZeros().AtMost((1 << (d * n + 5)) * n);
    }
    int m = 1 << (d * n + 1);
    Claim($"INT-TA1/d={d},n={n},f={f},part=bits", source: Src("Thm A.1"), statement: $"2^m·a_i ∈ N and a_i ∈ [0, 1/3) with m = 2^(dn+1) = {m}")
        .Count("a_i with 2^m a_i ∉ N or a_i ∉ [0, 1/3)", () => a.Count(ai => !(ai * Pow2(m)).IsInteger || ai.Sign < 0 || ai >= Q(1, 3))).Exactly(0);
    var bound = Bound(f, n);
    var omega = new TriflingRegion(d, k, delta);
    Claim(id + ",part=outside-omega", source: Src("Thm 2.1 (via Thm A.1)"), statement: $"|s·ϕ2∘L∘ϕ1 + b − f| ≤ ω_f(√d·2^−n) + 2^(−n+2)ω_f(√d) ≥ {bound} on every cube outside Ω(K = {k}, δ = {delta}), where it is constant")
        .Network(net)
        .ConstantOn(() => omega.Indices().Select(omega.Cube), f, bound);
    // Exact L^p only for n ≤ 2: on each ramp of width δ between cubes ϕ1 sweeps 4^j..4^(j+1) and the digit sawtooth has
    // about 4^(K^d) teeth there (n = 3: 65,536 per ramp, n = 5: 4^32), beyond any piece enumeration.
    if (d == 1 && n <= 2)
        foreach (var (norm, pp) in new[] { (Norm.L1, 1), (Norm.L2, 2) })
            Claim(id + $",p={pp}", source: Src("Thm 2.1"), statement: $"‖s·ϕ2∘L∘ϕ1 + b − f‖_(L^{pp})^{pp} ≤ {Rational.Pow(bound, pp)} (exact; δ chosen for p = 2)")
                .Network(net)
                .Distance(f, on: (0, 1), norm).AtMost(Rational.Pow(bound, pp));
    else if (d == 2)
    {
        var grid = DyadicGrid(0, 1, 4).ToArray();
        Claim(id + ",part=grid", source: Src("Thm 2.1, proof"), statement: $"|s·ϕ2∘L∘ϕ1 + b − f| ≤ 2·ω_f(√d) + 1 everywhere on [0,1]² (grid k/16 crossing Ω; error 2 on Ω after scaling)")
            .Expect(Sampled)
            .Network(net)
            .Matches(x => F(f, x), at: grid.SelectMany(u => grid.Select(v => (IReadOnlyList<Rational>)new[] { u, v })), within: 2 * IntrinsicApprox.Scaling(target).Scale);
    }
}

// ---- INT-T2.2: the L^∞ version, 3^d·n + 2 intrinsic parameters ----------------------------------------------------
// The n + 2 network mid-smoothed in every coordinate: ϕ1 = the 3^d shifted copies of the INT-TA1 ϕ1, ϕ2 = 3^d copies of
// its ϕ2 and a tree of medians, L = a_1..a_n repeated for every copy. Bound as for INT-T2.1, now on all of [0,1]^d: exact
// sup over [0, 1] for d = 1, n ≤ 2 (n = 3 in proofs/slow/rcnet-linf.csx); exact values at points meeting every strip of
// Ω otherwise (sampled).
foreach (var (f, d, n) in new[] { ("abs(x-1/3)", 1, 1), ("abs(x-1/3)", 1, 2), ("x^2", 1, 2), ("abs(x-1/3)", 1, 3), ("max(x1,x2)", 2, 2) })
{
    int k = 1 << n, copies = (int)BigInteger.Pow(3, d);
    var target = TargetOf(f);
    var delta = UniformIntrinsicApprox.Gap(target, n);
    var net = UniformIntrinsicApprox.Build(target, n, delta);
    var theta = UniformIntrinsicApprox.Parameters(target, n);
    var id = $"INT-T2.2/d={d},n={n},f={f}";
    Claim(id + ",part=phi1-parameters", source: Src("Thm 2.2"), statement: $"ϕ1 ∈ H_(3^d·2^(dn+5)) = H_{copies * (1 << (d * n + 5))}, R^{d} → R^{copies}")
        .Network(UniformIntrinsicApprox.BuildPhi1(d, n, delta)).Parameters().AtMost(copies * (1 << (d * n + 5)));
    Claim(id + ",part=phi2-parameters", source: Src("Thm 2.2"), statement: $"ϕ2 ∈ H_(3^d·2^(dn+8)·n) = H_{copies * (1 << (d * n + 8)) * n}, R^{copies * n} → R")
        .Network(UniformIntrinsicApprox.BuildPhi2(d, n)).Parameters().AtMost(copies * (1 << (d * n + 8)) * n);
    Claim(id + ",part=intrinsic", source: Src("Thm 2.2"), statement: $"3^d·n + 2 = {copies * n + 2} intrinsic parameters: the weights of L (a_1..a_n for each of the {copies} copies), s and b")
        .Count("weights of L + 2", () => theta.Length + 2).Exactly(copies * n + 2);
    Claim(id + ",part=weights", source: Src("Thm 2.2 with Thm A.1"), statement: $"the weights of L are a_1..a_n of the n + 2 construction, repeated {copies} times (a_i ∈ [0, 1/3))")
        .Count("weights differing from a_(i mod n)", () => theta.Select((t, i) => t == IntrinsicApprox.ScaledParameters(target, n)[i % n] && t.Sign >= 0 && t < Q(1, 3) ? 0 : 1).Sum()).Exactly(0);
    // f enters only through L (merged into the junction with ϕ2's first layer) and s, b (the output layer): the network
    // built for another target of the same d differs from this one in exactly those two layers.
    var other = UniformIntrinsicApprox.Build(TargetOf(d == 1 ? (f == "x^2" ? "abs(x-1/3)" : "x^2") : "x1*x2"), n, delta);
    int junction = UniformIntrinsicApprox.BuildPhi1(d, n, delta).Layers.Length - 1;
    Claim(id + ",part=f-dependence", source: Src("Thm 2.2"), statement: $"ϕ1 and ϕ2 do not depend on f: against the network for another target, no layer differs but the one holding L (layer {junction + 1}) and the output layer (s, b)")
        .Count("other layers that differ", () => net.Layers.Zip(other.Layers).Where((p, i) => i != junction && i != net.Layers.Length - 1).Count(p =>
            p.First.InputSize != p.Second.InputSize || p.First.OutputSize != p.Second.OutputSize || !p.First.Bias.SequenceEqual(p.Second.Bias)
            || Enumerable.Range(0, p.First.OutputSize).Any(i => !p.First.RowColumns(i).SequenceEqual(p.Second.RowColumns(i)) || !p.First.RowValues(i).SequenceEqual(p.Second.RowValues(i)))))
        .Exactly(0);
    var bound = Bound(f, n);
    if (d == 1 && n <= 2)
        Claim(id, source: Src("Thm 2.2"), statement: $"|s·ϕ2∘L∘ϕ1 + b − f| ≤ ω_f(√d·2^−n) + 2^(−n+2)ω_f(√d) ≥ {bound} on all of [0, 1] (exact sup; δ = {delta})")
            .Network(net).Distance(f, on: (0, 1)).AtMost(bound);
    else
    {
        var axis = Enumerable.Range(1, k - 1).SelectMany(j => new[] { Q(j, k) - delta, Q(j, k) - delta / 3, Q(j, k) })
            .Concat(Farey(d == 1 ? 12 : 4)).Distinct().ToArray();
        var points = d == 1 ? axis.Select(a => (IReadOnlyList<Rational>)new[] { a }) : axis.SelectMany(a => axis.Select(b => (IReadOnlyList<Rational>)new[] { a, b }));
        Claim(id, source: Src("Thm 2.2"), statement: $"|s·ϕ2∘L∘ϕ1 + b − f| ≤ ω_f(√d·2^−n) + 2^(−n+2)ω_f(√d) ≥ {bound} on [0,1]^d ({points.Count()} points meeting every strip of Ω; δ = {delta})")
            .Expect(Sampled)
            .Network(net).Matches(x => F(f, x), at: points, within: bound);
    }
}

// ---- INT-T2.3: v holds n·2^(dn+1) bits; the triple (s, v, b) unpacks to the a_i ----------------------------------
foreach (var (d, eps, bits) in new[] { (1, Q(1, 2), 320), (1, Q(1, 10), 1792), (1, Q(1, 100), 20480), (2, Q(1, 2), 10240) })
{
    Claim($"INT-T2.3/d={d},eps={eps},part=bits", source: Src("Thm 2.3, proof (λ = α = 1)"), statement: $"v needs n·2^(dn+1) = {bits} bits with the least n such that 5√d·2^−n ≤ ε/2")
        .Count("bits of v", () =>
        {
            int n = 1;
            while (Rational.Pow(4, n) * eps * eps < 100 * d) n++;   // 5√d·2^−n ≤ ε/2 ⟺ 4^n ε² ≥ 100d
            return ThreeParameters.Bits(d, n);
        }).Exactly(bits);
}
Claim("INT-T2.3/d=1,eps=0.01,part=at-least", source: Src("Thm 2.3"), statement: "d = 1, ε = 0.01: at least 20,000 bits")
    .Count("bits of v", () => ThreeParameters.Bits(1, ThreeParameters.Levels(Q(1, 100), 1, 1))).AtLeast(20000);
{
    var f = ApproximationTarget.AbsDistance(Q(1, 3));
    var (s, v, b, n) = ThreeParameters.Build(f, Q(1, 2), 1);
    int m = IntrinsicApprox.DigitBits(1, n);
    Claim($"INT-T2.3/d=1,eps=1/2,f=abs(x-1/3),part=unpack", source: Src("Thm 2.3 with Lemma A.3"), statement: $"v unpacks (a_i = ⌊2^(mi)v⌋/2^m − ⌊2^(m(i−1))v⌋) to the {n} parameters of the n + 2 construction")
        .Count("a_i differing", () => Enumerable.Range(1, n).Zip(IntrinsicApprox.ScaledParameters(f, n), (i, ai) =>
            ((Pow2(m * i) * v).FloorToInteger() / Pow2(m) - (Pow2(m * (i - 1)) * v).FloorToInteger()) != ai ? 1 : 0).Sum()).Exactly(0);
    Claim($"INT-T2.3/d=1,eps=1/2,f=abs(x-1/3),part=precision", source: Src("Thm 2.3"), statement: $"2^(mn)·v ∈ N: v has at most m·n = {m * n} bits")
        .Count("2^(mn)·v is an integer (1) or not (0)", () => (Pow2(m * n) * v).IsInteger ? 1 : 0).Exactly(1);
}

// ---- INT-T2.3: the network s·ϕ(x, v) + b itself, d = 1, tiny n ---------------------------------------------------------
// ϕ(x, v) is built once per n (unpacking v digit by digit, products, three shifted copies of the n + 2 construction and
// mid); the three numbers s, v, b are the only weights that depend on f. The target is |x − 1/3| (1-Lipschitz), checked
// at rational points against its closed form; a second 1-Lipschitz target, x²/2, shows which weights move with f.
{
    var kink = ApproximationTarget.AbsDistance(Q(1, 3));
    var halfSquare = new ApproximationTarget("x^2/2", 1, x => x[0] * x[0] / 2, _ => 0, Q(1, 2), Q(1, 2));
    foreach (var (eps, n) in new[] { (Q(5), 1), (Q(5, 2), 2) })
    {
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var net = ThreeParameters.BuildNetwork(kink, eps, 1);
        long buildMs = timer.ElapsedMilliseconds;
        var other = ThreeParameters.BuildNetwork(halfSquare, eps, 1);
        var v = Rational.Parse(net.Meta["v"]);
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
        var vOther = Rational.Parse(other.Meta["v"]);
        Claim(id + ",part=v-in-weights", source: Src("Thm 2.3"), statement: $"v (m·n = {m * n} bits) is a weight: a bias equals v here and the other target's v at the same place")
            .Network(net).Count("biases holding v", nw => Enumerable.Range(0, nw.Layers.Length).Sum(l =>
                Enumerable.Range(0, nw.Layers[l].OutputSize).Count(r => nw.Layers[l].Bias[r] == v && other.Layers[l].Bias[r] == vOther))).AtLeast(1);
        // INT-LA3 through the network: the unpacking stage evaluated by the kernel against the lemma's floor formula.
        var unpack = Packing.BuildUnpacker(m, n);
        var all = Enumerable.Range(0, 1 << (m * n)).Select(j => Rational.Create(j, 1 << (m * n)));
        var values = n == 1 ? all.ToArray() : all.Where((_, j) => j % 97 == 0).Append(v).Append(1 - Pow2(-m * n)).ToArray();
        for (int i = 1; i <= n; i++)
        {
            int ii = i;
            var row = new Rational[1, n]; row[0, i - 1] = 1;
            var c = Claim($"INT-LA3/m={m},n={n},i={i},part=network", source: Src("Lemma A.3"),
                    statement: $"the unpacking network's a_{i}(v) = ⌊2^(mi)v⌋/2^m − ⌊2^(m(i−1))v⌋ at {(n == 1 ? "every" : $"{values.Length} of the")} v ∈ 2^−{m * n}·N ∩ [0, 1)");
            if (n > 1) c = c.Expect(Sampled);
            var checkedNet = c.Network(NetworkCalculus.PostMap(unpack, row));
            Func<Rational, Rational> formula = w => (Pow2(m * ii) * w).FloorToInteger() / Pow2(m) - (Pow2(m * (ii - 1)) * w).FloorToInteger();
            if (n == 1) checkedNet.MatchesEverywhere(formula, on: values);
            else checkedNet.Matches(formula, at: values);
        }
        var points = DyadicGrid(0, 1, 8).Concat(Farey(24)).Distinct().ToArray();
        Claim(id + ",part=error", source: Src("Thm 2.3"), statement: $"|s·ϕ(x, v) + b − |x − 1/3|| ≤ ε = {eps} at {points.Length} rational points of [0, 1] (grid k/256 and Farey(24), crossing Ω)")
            .Expect(Sampled)
            .Network(net)
            .Matches(x => Rational.Abs(x - Q(1, 3)), at: points, within: eps);
        Claim(id + ",part=sup", source: Src("Thm 2.3"), statement: $"sup over [0, 1] of |s·ϕ(x, v) + b − |x − 1/3|| ≤ ε = {eps} (exact, every piece)")
                .Network(net)
                .Distance("abs(x - 1/3)", on: (0, 1)).AtMost(eps);
    }
}

// ---- INT-LA3: packing identity, exact --------------------------------------------------------------------------------
var rng = new Random(20240611);
foreach (var (m, n) in new[] { (1, 5), (3, 4), (8, 6), (64, 5), (200, 3) })
{
    var samples = Enumerable.Range(0, 50).Select(_ => Enumerable.Range(0, n).Select(_ =>
        Rational.Create(new BigInteger(rng.NextInt64()) * new BigInteger(rng.NextInt64()) * new BigInteger(rng.NextInt64()) % (BigInteger.One << m), BigInteger.One << m)).ToArray())
        .Append(Enumerable.Repeat(1 - Pow2(-m), n).ToArray()).Append(new Rational[n]).ToList();
    Claim($"INT-LA3/m={m},n={n}", source: Src("Lemma A.3"), statement: "a_i = ⌊2^(mi)v⌋/2^m − ⌊2^(m(i−1))v⌋ for v = Σ 2^(−m(i−1))a_i, a_i ∈ 2^−m·N ∩ [0, 1) (52 tuples incl. extremes)")
        .Count("tuples where the identity fails", () => samples.Count(a =>
        {
            var v = Enumerable.Range(0, n).Aggregate(Rational.Zero, (acc, i) => acc + Pow2(-m * i) * a[i]);
            return Enumerable.Range(1, n).Any(i => (Pow2(m * i) * v).FloorToInteger() / Pow2(m) - (Pow2(m * (i - 1)) * v).FloorToInteger() != a[i - 1])
                || !Packing.Unpack(Packing.Pack(a, m), m, n).SequenceEqual(a);
        })).Exactly(0);
}
