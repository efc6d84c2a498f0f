namespace RCNetProofs.Constructions.Calculus;

/// <summary>How a hidden layer carries a value through unchanged (used by identity networks and depth padding).</summary>
public enum IdentityMode
{
    /// <summary>
    /// x = σ(x) − σ(−x): two ReLU neurons per coordinate, exact for every real input; width 2 per coordinate.
    /// </summary>
    ReluPair,

    /// <summary>
    /// x = σ(x): one ReLU neuron per coordinate, width 1 per coordinate. Exact only where the carried value is
    /// non-negative; elsewhere it returns σ(x). The caller asserts the domain; the calculus does not check it.
    /// </summary>
    NonNegative,

    /// <summary>
    /// One neuron with <c>Activation.Identity</c> per coordinate: exact everywhere, width 1 per coordinate, but
    /// the network is no longer all-ReLU in its hidden layers (the IR allows it; some papers' classes do not).
    /// </summary>
    IdentityNeuron,
}
