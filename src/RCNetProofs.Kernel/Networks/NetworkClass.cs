namespace RCNetProofs.Kernel.Networks;

/// <summary>
/// The class NN{N, L; R^a → R^b}: networks of width ≤ N and depth ≤ L (in the given convention) from R^a to R^b.
/// </summary>
/// <param name="Width">N, the largest allowed hidden-layer size.</param>
/// <param name="Depth">L, the largest allowed depth.</param>
/// <param name="InputDimension">a.</param>
/// <param name="OutputDimension">b.</param>
/// <param name="Convention">How depth is counted.</param>
public sealed record NetworkClass(int Width, int Depth, int InputDimension, int OutputDimension, DepthConvention Convention = DepthConvention.HiddenLayers)
{
    /// <summary>True when the measured sizes satisfy width ≤ N, depth ≤ L and the dimensions are equal.</summary>
    public bool Contains(NetworkSizes sizes) => Violations(sizes).Count == 0;

    /// <summary>True when the network's measured sizes put it in this class.</summary>
    public bool Contains(Network network) => Contains(NetworkSizes.Measure(network));

    /// <summary>Each rule the sizes break, as "width 4 > 3"; empty when the network belongs to the class.</summary>
    public IReadOnlyList<string> Violations(NetworkSizes sizes)
    {
        var v = new List<string>();
        if (sizes.Width > Width) v.Add($"width {sizes.Width} > {Width}");
        int depth = sizes.DepthIn(Convention);
        if (depth > Depth) v.Add($"depth {depth} > {Depth} ({(Convention == DepthConvention.HiddenLayers ? "hidden layers" : "affine layers")})");
        if (sizes.InputDimension != InputDimension) v.Add($"input dimension {sizes.InputDimension} ≠ {InputDimension}");
        if (sizes.OutputDimension != OutputDimension) v.Add($"output dimension {sizes.OutputDimension} ≠ {OutputDimension}");
        return v;
    }

    /// <summary>"NN{N, L; R^a → R^b}".</summary>
    public override string ToString() => $"NN{{{Width}, {Depth}; R^{InputDimension} → R^{OutputDimension}}}";
}
