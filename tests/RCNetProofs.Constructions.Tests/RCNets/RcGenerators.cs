using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Tests.RCNets;

/// <summary>Generators and hand-written oracles shared by the RCNet tests (written from the papers, not from the code).</summary>
internal static class RcGenerators
{
    /// <summary>A random RCNet: L1: R^a → R^D, g: R^D → R^D of depth 1..2, L2: R^D → R^b, r ∈ 0..4 (a, b, D ∈ 1..3).</summary>
    public static Gen<RCNet> RandomRCNet(int? input = null, int? output = null) =>
        from a in input is int i ? Gen.Constant(i) : RandomNetworks.Dimension
        from b in output is int o ? Gen.Constant(o) : RandomNetworks.Dimension
        from dim in RandomNetworks.Dimension
        from depth in Gen.Choose(1, 2)
        from g in RandomNetworks.Network(dim, dim, depth)
        from l1 in RandomNetworks.Network(a, dim, 0)
        from l2 in RandomNetworks.Network(dim, b, 0)
        from r in Gen.Choose(0, 4)
        select new RCNet(l1, g, l2, r);

    /// <summary>x ↦ L2(g(…g(L1(x)))) by applying each layer by hand.</summary>
    public static Rational[] Iterate(Network l1, Network g, Network l2, int r, Rational[] x)
    {
        var s = ApplyAll(l1, x);
        for (int k = 0; k < r; k++) s = ApplyAll(g, s);
        return ApplyAll(l2, s);
    }

    /// <summary>N(x) layer by layer with <see cref="RandomNetworks.Apply(AffineLayer, Rational[])"/>.</summary>
    public static Rational[] ApplyAll(Network n, Rational[] x)
    {
        foreach (var layer in n.Layers) x = RandomNetworks.Apply(layer, x);
        return x;
    }

    /// <summary>The clamp max(−M, min(x, M)).</summary>
    public static Rational Clamp(Rational x, Rational m) => Rational.Max(-m, Rational.Min(x, m));

    /// <summary>The median of three numbers by sorting.</summary>
    public static Rational Median(Rational a, Rational b, Rational c)
    {
        Rational[] v = [a, b, c];
        Array.Sort(v);
        return v[1];
    }

    /// <summary>Random bits.</summary>
    public static Gen<bool[]> Bits(int count) => Gen.ArrayOf(Gen.Elements(false, true), count);

    /// <summary>Every bit pattern of length r, as arrays, in binary order.</summary>
    public static IEnumerable<bool[]> AllPatterns(int r)
    {
        for (long p = 0; p < 1L << r; p++) yield return Enumerable.Range(0, r).Select(i => ((p >> i) & 1) == 1).ToArray();
    }
}
