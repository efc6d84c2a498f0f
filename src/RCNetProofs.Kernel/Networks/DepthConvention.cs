namespace RCNetProofs.Kernel.Networks;

/// <summary>How a paper counts depth; every size claim names one.</summary>
public enum DepthConvention
{
    /// <summary>Depth = number of hidden layers (Zhang–Lu–Zhao, Shen–Yang–Zhang).</summary>
    HiddenLayers,
    /// <summary>Depth = number of affine layers, i.e. hidden layers + 1 (Daniely, Telgarsky: "depth-2" has one hidden layer).</summary>
    AffineLayers,
}
