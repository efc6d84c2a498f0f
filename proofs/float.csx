// Where the double path can be trusted and where it breaks (family FLOAT-XCHECK): the double evaluation of a network
// at the nearest double fl(x) to x, compared with the exact value N(x). A double is a dyadic rational, so the kernel
// takes each double result as an exact number, evaluates N(x) exactly and compares: agreement within the stated
// tolerance is Sampled (the doubles are evidence from this run, never a proof), a disagreement is Refuted with the
// point, the exact value and the double result as witness. Read top to bottom, each section is a breakdown table.
//
// Tolerances: Δ^∘L takes values in [0, 1], so a double result off by more than 1/2 says nothing; the bit sum is an
// integer, so within 1/2 the double result still rounds to it; the RCNet approximates |x − 1/3| within 5/r, and 1/1000
// is far below that. The a-priori rounding bound B(x) (docs/float-error-bound.md) is checked beside them: the double
// result lies within it wherever it exists, also far past the breakdown, because it grows much faster than the error.

string Src(string what) => $"double cross-check of {what} (claims catalogue §8, float64 limits; docs/float-error-bound.md)";

// ---- (a) the sawtooth Δ^∘L at non-dyadic points ------------------------------------------------------------------
// fl(1/3) = 1/3 − 2^−54/3 and every double operation on the orbit of 1/3 is exact, so the error is 2^(L−54)/3: within
// 1/2 up to L = 54, beyond it from L = 55 on.
var third = new[] { Q(1, 3) };
foreach (var L in new[] { 1, 10, 20, 40, 50, 53, 54 })
    Claim($"FLOAT-XCHECK/net=sawtooth,L={L},x=1/3", source: Src("Δ^∘L (Telgarsky)"), statement: $"|double Δ^∘{L}(fl(1/3)) − Δ^∘{L}(1/3)| ≤ 1/2")
        .Expect(Sampled)
        .Network(Sawtooth.Build(L))
        .FloatAgrees(third, within: Q(1, 2));
foreach (var L in new[] { 55, 56, 60 })
    Claim($"FLOAT-XCHECK/net=sawtooth,L={L},x=1/3", source: Src("Δ^∘L (Telgarsky)"), statement: $"|double Δ^∘{L}(fl(1/3)) − Δ^∘{L}(1/3)| ≤ 1/2 (fails: the error is 2^({L}−54)/3 > 1/2)")
        .Expect(Refuted)
        .Network(Sawtooth.Build(L))
        .FloatAgrees(third, within: Q(1, 2));
// The error is exactly 2^(L−54)/3: within it, and not within anything smaller.
foreach (var L in new[] { 1, 30, 54 })
{
    var error = Pow2(L - 54) / 3;
    Claim($"FLOAT-XCHECK/net=sawtooth,L={L},x=1/3,part=exact-error", source: Src("Δ^∘L (Telgarsky)"), statement: $"|double Δ^∘{L}(fl(1/3)) − Δ^∘{L}(1/3)| ≤ 2^({L}−54)/3 = {error}")
        .Expect(Sampled)
        .Network(Sawtooth.Build(L))
        .FloatAgrees(third, within: error);
    Claim($"FLOAT-XCHECK/net=sawtooth,L={L},x=1/3,part=below-error", source: Src("Δ^∘L (Telgarsky)"), statement: $"|double Δ^∘{L}(fl(1/3)) − Δ^∘{L}(1/3)| ≤ 2^({L}−54)/3 · (1 − 2^−20) (fails: the error is exactly 2^({L}−54)/3)")
        .Expect(Refuted)
        .Network(Sawtooth.Build(L))
        .FloatAgrees(third, within: error * (1 - Pow2(-20)));
}

// Eight non-dyadic p/q: the first depth with an error above 1/2 depends on the rounding of p/q (54 for 344/641).
var sample = new[] { Q(1, 5), Q(2, 7), Q(1, 10), Q(677, 997), Q(344, 641), Q(383, 389), Q(490, 853), Q(122, 127) };
foreach (var (L, expected) in new[] { (40, Sampled), (53, Sampled), (54, Refuted), (55, Refuted), (60, Refuted) })
    Claim($"FLOAT-XCHECK/net=sawtooth,L={L},x=sample8", source: Src("Δ^∘L (Telgarsky)"), statement: $"|double Δ^∘{L}(fl(x)) − Δ^∘{L}(x)| ≤ 1/2 at x ∈ {{{string.Join(", ", sample)}}}")
        .Expect(expected)
        .Network(Sawtooth.Build(L))
        .FloatAgrees(sample, within: Q(1, 2));

// Farey points (every p/q with q ≤ 40, dyadic ones included): all within 1/2 up to L = 53, some beyond it at L = 54.
foreach (var (L, expected) in new[] { (52, Sampled), (53, Sampled), (54, Refuted) })
    Claim($"FLOAT-XCHECK/net=sawtooth,L={L},x=farey40", source: Src("Δ^∘L (Telgarsky)"), statement: $"|double Δ^∘{L}(fl(x)) − Δ^∘{L}(x)| ≤ 1/2 at every x ∈ F_40")
        .Expect(expected)
        .Network(Sawtooth.Build(L))
        .FloatAgrees(Farey(40), within: Q(1, 2));

// Dyadic inputs with few bits are exact in double at every depth: k/2^10, L = 60, no error at all.
Claim("FLOAT-XCHECK/net=sawtooth,L=60,x=k/1024", source: Src("Δ^∘L (Telgarsky)"), statement: "double Δ^∘60(k/2^10) = Δ^∘60(k/2^10) exactly, k = 0..1024")
    .Expect(Sampled)
    .Network(Sawtooth.Build(60))
    .FloatAgrees(DyadicGrid(0, 1, 10), within: 0);

// The a-priori bound holds before and after the breakdown.
foreach (var L in new[] { 10, 54, 60 })
    Claim($"FLOAT-XCHECK/net=sawtooth,L={L},x=sample8,part=rounding-bound", source: Src("Δ^∘L (Telgarsky)"), statement: $"|double Δ^∘{L}(fl(x)) − Δ^∘{L}(x)| ≤ B(x), the a-priori rounding bound, at the eight points")
        .Expect(Sampled)
        .Network(Sawtooth.Build(L))
        .FloatWithinRoundingBound(sample);

// ---- (b) RC-LD1 bit sums -----------------------------------------------------------------------------------------
// L2∘g^∘r∘L1 (flattened) at (k, bin 0.θ1…θr): 48 random patterns with random k, and the all-ones pattern at every k.
// The register update 2β − T(β − ½) is one neuron summing 2σ(β), −σ(a + 1) and σ(a) with a = 2^r(β − ½), in that order:
// the partial sum 2β − a − 1 is of size 2^(r−1) while the result needs r − 1 fraction bits, which a double holds only
// for 2r − 2 ≤ 52. Exact up to r = 27, wrong from r = 28 (flattened or not; merging the junction scales both sides by 2^r).
IEnumerable<IReadOnlyList<Rational>> Patterns(int r)
{
    var random = new Random(1000 + r);
    for (int t = 0; t < 48; t++)
        yield return new Rational[] { random.Next(0, r + 1), BitSum.Encode(Enumerable.Range(0, r).Select(_ => random.Next(2) == 1).ToArray()) };
    var ones = BitSum.Encode(Enumerable.Repeat(true, r).ToArray());
    for (int k = 0; k <= r; k++) yield return new Rational[] { k, ones };
}
foreach (var (r, expected) in new[] { (8, Sampled), (16, Sampled), (24, Sampled), (27, Sampled), (28, Refuted), (32, Refuted), (48, Refuted) })
    Claim($"FLOAT-XCHECK/net=bitsum,r={r}", source: Src("RC-LD1 (Zhang–Lu–Zhao, Lemma D.1)"), statement: $"|double N(fl(k), fl(v)) − Σ_(ℓ≤k) θ_ℓ| ≤ 1/2 for N = L2∘g^{{∘{r}}}∘L1 at {48 + r + 1} patterns")
        .Expect(expected)
        .Network(BitSum.Build(r).Flatten())
        .FloatAgrees(Patterns(r), within: Q(1, 2));
Claim("FLOAT-XCHECK/net=bitsum,r=27,part=exact", source: Src("RC-LD1 (Zhang–Lu–Zhao, Lemma D.1)"), statement: "double N = N exactly at r = 27, the last exact register length")
    .Expect(Sampled)
    .Network(BitSum.Build(27).Flatten())
    .FloatAgrees(Patterns(27), within: 0);
foreach (var r in new[] { 16, 28 })
    Claim($"FLOAT-XCHECK/net=bitsum,r={r},part=rounding-bound", source: Src("RC-LD1 (Zhang–Lu–Zhao, Lemma D.1)"), statement: $"|double N − N| ≤ B(x), the a-priori rounding bound, at {48 + r + 1} patterns (r = {r})")
        .Expect(Sampled)
        .Network(BitSum.Build(r).Flatten())
        .FloatWithinRoundingBound(Patterns(r));

// ---- (c) the RCNet of RC-T1.1, d = 1, f = |x − 1/3| ---------------------------------------------------------------
// φ = L2∘g^∘(3r+1)∘L1 with its interval-derived constants: double already picks a wrong cube at r = 2.
var rcPoints = DyadicGrid(0, 1, 4).Concat(new[] { Q(1, 3), Q(2, 7), Q(5, 9) }).ToArray();
foreach (var (r, expected) in new[] { (1, Sampled), (2, Refuted), (3, Refuted), (4, Refuted) })
{
    var phi = CompositionApprox.Build(ApproximationTarget.AbsDistance(Q(1, 3)), r, 2).Flatten();
    Claim($"FLOAT-XCHECK/net=RC-T1.1,d=1,r={r},f=abs(x-1/3)", source: Src("RC-T1.1 (Zhang–Lu–Zhao, Thm 1.1)"), statement: $"|double φ(fl(x)) − φ(x)| ≤ 1/1000 at x = k/16 and 1/3, 2/7, 5/9 (r = {r}, {3 * r + 1} compositions)")
        .Expect(expected)
        .Network(phi)
        .FloatAgrees(rcPoints, within: Q(1, 1000));
    if (r <= 2)
        Claim($"FLOAT-XCHECK/net=RC-T1.1,d=1,r={r},f=abs(x-1/3),part=rounding-bound", source: Src("RC-T1.1 (Zhang–Lu–Zhao, Thm 1.1)"), statement: $"|double φ(fl(x)) − φ(x)| ≤ B(x), the a-priori rounding bound (r = {r})")
            .Expect(Sampled)
            .Network(phi)
            .FloatWithinRoundingBound(rcPoints);
}

// Where the RCNet departs: L1, then g applied k times, each part in double from fl(x), against the exact state after k
// compositions (docs/float-error-bound.md, "Where the RCNet breaks"). At r = 1 every state stays within 1/1000. From
// r = 2 on, the state after L1 is still right, but the first copy of g already loses state coordinate 0 at every point:
// the partial sums inside g reach M2² (2^52 at r = 2), where doubles are spaced 1 apart.
var rcStatePoints = rcPoints.Select(x => new[] { x }).ToArray();
var rcOne = CompositionApprox.Build(ApproximationTarget.AbsDistance(Q(1, 3)), 1, 2);
for (int k = 0; k <= rcOne.Compositions; k++)
    Claim($"FLOAT-XCHECK/net=RC-T1.1,d=1,r=1,f=abs(x-1/3),part=state,k={k}", source: Src("RC-T1.1 (Zhang–Lu–Zhao, Thm 1.1)"), statement: $"every coordinate of the double state after {k} compositions is within 1/1000 of the exact state (r = 1)")
        .Expect(Sampled)
        .Network(rcOne.Flatten())
        .FloatStateAgrees(rcOne, k, rcStatePoints, Q(1, 1000));
foreach (var r in new[] { 2, 3, 4 })
{
    var rc = CompositionApprox.Build(ApproximationTarget.AbsDistance(Q(1, 3)), r, 2);
    Claim($"FLOAT-XCHECK/net=RC-T1.1,d=1,r={r},f=abs(x-1/3),part=state,k=0", source: Src("RC-T1.1 (Zhang–Lu–Zhao, Thm 1.1)"), statement: $"every coordinate of the double state L1(fl(x)) is within 1/1000 of the exact state (r = {r})")
        .Expect(Sampled)
        .Network(rc.Flatten())
        .FloatStateAgrees(rc, 0, rcStatePoints, Q(1, 1000));
    Claim($"FLOAT-XCHECK/net=RC-T1.1,d=1,r={r},f=abs(x-1/3),part=state,k=1,i=0", source: Src("RC-T1.1 (Zhang–Lu–Zhao, Thm 1.1)"), statement: $"coordinate 0 of the double state after 1 composition is within 1/1000 of the exact state (fails: the first departure, r = {r})")
        .Expect(Refuted)
        .Network(rc.Flatten())
        .FloatStateAgrees(rc, 1, rcStatePoints, Q(1, 1000), coordinates: 0..1);
}
