using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Constructions.Tests.RandomNetworks;

namespace RCNetProofs.Constructions.Tests.Calculus;

public class NetworkCalculusIdentityTests
{
    private static int CarryWidth(IdentityMode mode, int n) => mode == IdentityMode.ReluPair ? 2 * n : n;

    /// <summary>n, depth 0..4, a mode (in Number), and points; non-negative points for the non-negative mode.</summary>
    private static Arbitrary<Sample> IdentityCases() => Arb.From(
        from n in Gen.Choose(1, 4)
        from depth in Gen.Choose(0, 4)
        from mode in Gen.Elements(IdentityMode.ReluPair, IdentityMode.NonNegative, IdentityMode.IdentityNeuron)
        from xs in Points(n, 4, mode == IdentityMode.NonNegative ? NonNegativeCoordinate : Coordinate)
        select new Sample([NetworkCalculus.Identity(n, depth, mode)], xs, [], Number: (int)mode));

    [Property]
    public Property Identity_AnyModeInItsDomain_ReturnsInput() => Prop.ForAll(IdentityCases(), s =>
    {
        foreach (var x in s.Points) Assert.Equal(x, Eval(s.N, x));
    });

    [Property]
    public Property Identity_AnyMode_SizeLaw() => Prop.ForAll(IdentityCases(), s =>
    {
        var mode = (IdentityMode)s.Number;
        int n = s.N.InputDimension, depth = s.N.HiddenLayerCount;
        var sizes = NetworkSizes.Measure(s.N);
        Assert.Equal((n, n), (sizes.InputDimension, sizes.OutputDimension));
        Assert.Equal(Enumerable.Repeat(CarryWidth(mode, n), depth), HiddenSizes(s.N));
        Assert.Equal(depth == 0 ? 0 : CarryWidth(mode, n), sizes.Width);
        Assert.All(s.N.Layers, l => Assert.True(l.PreferSparse));
        Assert.All(s.N.Layers, l => Assert.All(Enumerable.Range(0, l.OutputSize), i => Assert.True(l.RowColumns(i).Length <= 2)));
    });

    [Property]
    public Property Identity_ReluPair_NegativeInputs_ReturnsInput() => Prop.ForAll(Arb.From(
        from n in Gen.Choose(1, 3)
        from depth in Gen.Choose(1, 4)
        from xs in Points(n, 4, NonNegativeCoordinate.Select(v => -v - Rational.Create(1, 7)))
        select new Sample([NetworkCalculus.Identity(n, depth)], xs, [])), s =>
    {
        foreach (var x in s.Points) Assert.Equal(x, Eval(s.N, x));
    });

    [Property]
    public Property Identity_NonNegative_OutsideDomain_ComputesRelu() => Prop.ForAll(Arb.From(
        from n in Gen.Choose(1, 3)
        from depth in Gen.Choose(1, 4)
        from xs in Points(n)
        select new Sample([NetworkCalculus.Identity(n, depth, IdentityMode.NonNegative)], xs, [])), s =>
    {
        foreach (var x in s.Points) Assert.Equal(x.Select(v => Rational.Max(v, Rational.Zero)), Eval(s.N, x));
    });

    [Fact]
    public void Identity_IdentityNeuron_HiddenNeuronsUseIdentityActivation()
    {
        var net = NetworkCalculus.Identity(3, 2, IdentityMode.IdentityNeuron);
        Assert.All(net.Layers, l => Assert.True(l.AllIdentity));
        Assert.All(NetworkCalculus.Identity(3, 2, IdentityMode.NonNegative).Layers.SkipLast(1), l => Assert.True(l.AllRelu));
    }

    [Fact]
    public void Identity_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkCalculus.Identity(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkCalculus.Identity(2, -1));
    }

    /// <summary>A network N: R^a → R^b, a target depth L ≥ depth N (in Number) and points.</summary>
    private static Arbitrary<Sample> PadCases() => Arb.From(
        from a in Dimension
        from b in Dimension
        from n in Network(a, b)
        from extra in Gen.Choose(0, 3)
        from xs in Points(a)
        select new Sample([n], xs, [], Number: n.HiddenLayerCount + extra));

    [Property]
    public Property PadToDepth_ReluPair_KeepsFunction() => Prop.ForAll(PadCases(), s =>
    {
        var padded = NetworkCalculus.PadToDepth(s.N, s.Number);
        foreach (var x in s.Points) Assert.Equal(Eval(s.N, x), Eval(padded, x));
    });

    [Property]
    public Property PadToDepth_IdentityNeuron_KeepsFunction() => Prop.ForAll(PadCases(), s =>
    {
        var padded = NetworkCalculus.PadToDepth(s.N, s.Number, IdentityMode.IdentityNeuron);
        foreach (var x in s.Points) Assert.Equal(Eval(s.N, x), Eval(padded, x));
    });

    [Property]
    public Property PadToDepth_NonNegative_NonNegativeOutputs_KeepsFunction() => Prop.ForAll(PadCases(), s =>
    {
        // σ(N(x)) ≥ 0, so the cheap padding is exact on it: the result must be σ(N(x)) at every point.
        var positive = NetworkCalculus.Compose(NetworkCalculus.Identity(s.N.OutputDimension, 1, IdentityMode.NonNegative), s.N);
        var padded = NetworkCalculus.PadToDepth(positive, positive.HiddenLayerCount + s.Number, IdentityMode.NonNegative);
        foreach (var x in s.Points) Assert.Equal(Eval(s.N, x).Select(v => Rational.Max(v, Rational.Zero)), Eval(padded, x));
    });

    [Property]
    public Property PadToDepth_AnyMode_SizeLaw() => Prop.ForAll(Arb.From(
        from a in Dimension
        from b in Dimension
        from n in Network(a, b)
        from extra in Gen.Choose(0, 3)
        from mode in Gen.Elements(IdentityMode.ReluPair, IdentityMode.NonNegative, IdentityMode.IdentityNeuron)
        select new Sample([n], [], [], Number: extra * 8 + (int)mode)), s =>
    {
        int extra = s.Number / 8; var mode = (IdentityMode)(s.Number % 8);
        int target = s.N.HiddenLayerCount + extra, b = s.N.OutputDimension;
        var padded = NetworkCalculus.PadToDepth(s.N, target, mode);
        var sizes = NetworkSizes.Measure(padded);
        int w = NetworkSizes.Measure(s.N).Width;
        Assert.Equal(target, sizes.Depth);
        Assert.Equal(extra == 0 ? w : Math.Max(w, CarryWidth(mode, b)), sizes.Width);
        Assert.Equal([.. HiddenSizes(s.N), .. Enumerable.Repeat(CarryWidth(mode, b), extra)], HiddenSizes(padded));
        if (extra == 0) Assert.Same(s.N, padded);
    });

    [Fact]
    public void PadToDepth_TargetBelowDepth_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkCalculus.PadToDepth(NetworkCalculus.Identity(1, 3), 2));
        Assert.Contains("depth 3 > 2", e.Message);
    }
}
