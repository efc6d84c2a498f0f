namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// A stretch of states s_First … s_Last of an RCNet (s_k = g^{∘k}(L1(x))) during which one state coordinate holds one
/// thing. The meaning may speak of j, the steps taken since the stretch began (j = k − First).
/// </summary>
/// <param name="First">The first state index k, ≥ 0.</param>
/// <param name="Last">The last state index k, ≥ First.</param>
/// <param name="Meaning">What the coordinate holds, e.g. "y₁ (scaled copy of x₁)" or "9 − 2j (merge counter)".</param>
public sealed record StatePhase(int First, int Last, string Meaning);
