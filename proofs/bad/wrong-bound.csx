// MUST FAIL (exit 1, one unexpected verdict): YAR-SQ/m=1 claims sup_[0,1] |h₁ − x²| ≤ 1/64 for Yarotsky's
// h₁(x) = x − Δ(x)/4, but the true supremum is 4^(−2) = 1/16. The kernel must report the claim Refuted, with an
// exact witness where |h₁ − x²| = 1/16, while the claim expected Proved.

var h1 = NetworkCalculus.LinearCombination([(1, NetworkCalculus.Identity(1, depth: 1)), (Q(-1, 4), Triangle.Build())]);

Claim("YAR-SQ/m=1", source: "Yarotsky 2017, Prop. 2 (m = 1)", statement: "sup over [0, 1] of |h₁(x) − x²| ≤ 1/64 (too small: it is 1/16)")
    .Network(h1)
    .Distance("x^2", on: (0, 1), Norm.Sup)
    .AtMost("1/64");
