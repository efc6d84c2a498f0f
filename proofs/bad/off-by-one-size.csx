// MUST FAIL (exit 1, one unexpected verdict): TEL-SHALLOW/k=5,part=size claims the sawtooth Δ^∘5 lies in NN{3, 4},
// one hidden layer short: Δ^∘5 has 5 hidden layers. The kernel must report the claim Refuted, with the witness
// "depth: the network has 5 hidden layers > 4", while the claim expected Proved.

Claim("TEL-SHALLOW/k=5,part=size", source: "Telgarsky (off by one on purpose)", statement: "Δ^∘5 ∈ NN{3, 4}")
    .Network(Sawtooth.Build(5))
    .InClass(width: 3, depth: 4);
