using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Kernel.Claims;

public static partial class Check
{
    /// <summary>
    /// A composition count: <paramref name="composed"/> must be L2∘g^{∘R}∘L1 layer for layer with R equal to
    /// <paramref name="stated"/>. The count is measured by <see cref="CompositionStructure.Measure"/> (the kernel
    /// re-merges the junction layers itself); a different count is refuted, a network of no such form is unknown.
    /// </summary>
    /// <param name="claim">The claim judged.</param>
    /// <param name="composed">The network the theorem's other claims are checked on.</param>
    /// <param name="first">L1.</param>
    /// <param name="block">g.</param>
    /// <param name="last">L2.</param>
    /// <param name="stated">The composition count the theorem states (e.g. 3r + 1).</param>
    public static Verdict Compositions(Claim claim, Network composed, Network first, Network block, Network last, int stated)
    {
        var sizes = NetworkSizes.Measure(composed);
        var (count, reason) = CompositionStructure.Measure(composed, first, block, last);
        if (count is null) return Unknown(claim, $"Compositions: the network is not L2∘g^{{∘R}}∘L1 for any R: {reason}", sizes);
        return Count(claim, "compositions of g", () => CompositionStructure.Measure(composed, first, block, last).Count ?? -1, Relation.Equal, stated, sizes);
    }
}
