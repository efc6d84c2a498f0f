using System.Numerics;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Claims;

/// <summary>
/// The kernel's checkers: each takes a claim and the objects it speaks about and returns the only kind of
/// <see cref="Verdict"/> there is. Every refutation's witness is re-evaluated here before it is returned.
/// </summary>
public static partial class Check
{
    /// <summary>Membership of the network in NN{N, L; R^a → R^b}, with sizes measured from the weights.</summary>
    public static Verdict Size(Claim claim, Network network, NetworkClass stated)
    {
        var sizes = NetworkSizes.Measure(network);
        var violations = stated.Violations(sizes);
        string measured = $"NN{{{sizes.Width}, {sizes.DepthIn(stated.Convention)}; R^{sizes.InputDimension} → R^{sizes.OutputDimension}}}";
        if (violations.Count == 0)
            return new Verdict(claim, VerdictKind.Proved, $"Size: measured {measured} ⊆ {stated}", measured, stated.ToString(), sizes: sizes);
        var witness = SizeWitness(network, stated)
            ?? throw new InvalidOperationException($"{claim.Id}: size violation '{violations[0]}' could not be re-established from the layers");
        return new Verdict(claim, VerdictKind.Refuted, $"Size: {string.Join(", ", violations)}; {witness.Description}", measured, stated.ToString(), witness, sizes);
    }

    /// <summary>Re-derives a size violation directly from the layer list (independently of <see cref="NetworkSizes"/>).</summary>
    private static Witness? SizeWitness(Network network, NetworkClass stated)
    {
        var layers = network.Layers;
        for (int l = 0; l + 1 < layers.Length; l++)
            if (layers[l].OutputSize > stated.Width)
                return new Witness([], layers[l].OutputSize, stated.Width, layers[l].OutputSize - stated.Width,
                    $"width: hidden layer {l} has {layers[l].OutputSize} neurons > {stated.Width}");
        int depth = stated.Convention == DepthConvention.HiddenLayers ? layers.Length - 1 : layers.Length;
        if (depth > stated.Depth)
            return new Witness([], depth, stated.Depth, depth - stated.Depth, $"depth: the network has {depth} {(stated.Convention == DepthConvention.HiddenLayers ? "hidden" : "affine")} layers > {stated.Depth}");
        if (network.InputDimension != stated.InputDimension)
            return new Witness([], network.InputDimension, stated.InputDimension, network.InputDimension - stated.InputDimension, $"input: layer 0 takes {network.InputDimension} inputs, not {stated.InputDimension}");
        if (layers[^1].OutputSize != stated.OutputDimension)
            return new Witness([], layers[^1].OutputSize, stated.OutputDimension, layers[^1].OutputSize - stated.OutputDimension, $"output: the last layer has {layers[^1].OutputSize} outputs, not {stated.OutputDimension}");
        return null;
    }

    /// <summary>
    /// A count claim (parameters, non-zeros, pieces, compositions…): the measured count must stand in
    /// <paramref name="relation"/> to the stated one. <paramref name="measure"/> is called twice — once to decide,
    /// once to re-establish a refutation — so it must be a pure measurement of the object, never a formula.
    /// </summary>
    public static Verdict Count(Claim claim, string quantity, Func<BigInteger> measure, Relation relation, BigInteger stated, NetworkSizes? sizes = null)
    {
        var m = measure();
        bool holds = relation.Holds(m, stated);
        string rel = relation.Symbol();
        if (holds) return new Verdict(claim, VerdictKind.Proved, $"{quantity}: measured {m} {rel} {stated}", m.ToString(), stated.ToString(), sizes: sizes);
        var again = measure();
        if (again != m) throw new InvalidOperationException($"{claim.Id}: {quantity} measured {m} then {again}; the measurement is not deterministic");
        var w = new Witness([], (Rational)m, (Rational)stated, (Rational)BigInteger.Abs(m - stated), $"{quantity}: measured {m}, stated {rel} {stated}");
        return new Verdict(claim, VerdictKind.Refuted, $"{quantity}: measured {m} violates {rel} {stated}", m.ToString(), stated.ToString(), w, sizes);
    }

    /// <summary>A verdict for a claim the kernel could not decide, with the reason.</summary>
    public static Verdict Unknown(Claim claim, string reason, NetworkSizes? sizes = null) =>
        new(claim, VerdictKind.Unknown, reason, sizes: sizes);

    /// <summary>A verdict for a claim whose script or input failed; the message says where.</summary>
    public static Verdict Error(Claim claim, string message) => new(claim, VerdictKind.Error, message);
}
