namespace RCNetProofs.Kernel.Networks;

/// <summary>The activation applied to one neuron's pre-activation.</summary>
public enum Activation
{
    /// <summary>σ(t) = max(t, 0).</summary>
    Relu,
    /// <summary>t itself (output layers, and per-neuron identities where a construction uses them).</summary>
    Identity,
}
