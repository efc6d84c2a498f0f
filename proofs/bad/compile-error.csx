// MUST FAIL (exit 2, no claims checked): the script does not compile. The host must report
//   compile-error.csx(8,22): error CS0117: 'Sawtooth' does not contain a definition for 'Bulid'
// naming the file, line and column, and check nothing.

foreach (var L in Enumerable.Range(1, 3))
    Claim($"TEL-SHALLOW/k={L},part=size", source: "Telgarsky", statement: $"Δ^∘{L} ∈ NN{{3, {L}}}")
        .Network(
            Sawtooth.Bulid(L))
        .InClass(width: 3, depth: L);
