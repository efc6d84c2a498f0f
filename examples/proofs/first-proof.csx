// A first proof script: Yarotsky's h_2 approximates x² on [0, 1] with error exactly 1/64,
// and a wrong bound is caught with an exact counterexample.
//   rcnet check examples/proofs/first-proof.csx

var h2 = SquareApprox.Build(2);          // h_2(x) = x − Δ(x)/4 − Δ(Δ(x))/16, built exactly

Claim("YAR-SQ/m=2", source: "Yarotsky 2017", statement: "sup over [0,1] of |h_2(x) − x²| ≤ 1/64")
    .Network(h2)
    .Distance("x^2", on: (0, 1))
    .AtMost("1/64");

Claim("YAR-SQ/m=2,part=size", source: "Yarotsky 2017", statement: "h_2 ∈ NN{3, 2}")
    .Network(h2)
    .InClass(width: 3, depth: 2);

// A statement that is false: the kernel answers refuted, with a point where the gap exceeds the bound.
Claim("YAR-SQ/m=2,part=too-strong", source: "example", statement: "sup over [0,1] of |h_2(x) − x²| ≤ 1/100")
    .Expect(Refuted)
    .Network(h2)
    .Distance("x^2", on: (0, 1))
    .AtMost("1/100");
