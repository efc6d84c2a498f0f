// YAR-SQ at sizes beyond the default run: h_24 has 2^24 linear pieces on [0, 1], four times the default piece budget.
// `rcnet check proofs` does not descend into this folder; run it explicitly with a larger budget:
//
//     rcnet check proofs/slow --budget 20000000
//
// With the default budget the distance claim comes out Unknown (budget reached), which is then an unexpected verdict.

const string Yarotsky = "Yarotsky 2017, Prop. 2 (construction derived, catalogue YAR-SQ)";

foreach (var m in new[] { 24 })
{
    var error = Rational.Pow(4, -(m + 1));
    Claim($"YAR-SQ/m={m}", source: Yarotsky, statement: $"sup over [0, 1] of |h_{m}(x) − x²| = 4^−{m + 1} = {error}")
        .Network(SquareApprox.Build(m))
        .Distance("x^2", on: (0, 1))
        .AtMost(error);
    Claim($"YAR-SQ/m={m},part=size", source: Yarotsky, statement: $"h_{m} ∈ NN{{3, {m}}}: width 3, {m} hidden layers")
        .Network(SquareApprox.Build(m))
        .InClass(width: 3, depth: m);
}
