using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Constructions.Tests.RandomNetworks;

namespace RCNetProofs.Constructions.Tests.Calculus;

public class NetworkCalculusCompositionTests
{
    /// <summary>Pairs (f, g) with g: R^a → R^b and f: R^b → R^c, and points of R^a.</summary>
    private static Arbitrary<Sample> Pairs() => Arb.From(
        from a in Dimension
        from b in Dimension
        from c in Dimension
        from g in Network(a, b)
        from f in Network(b, c)
        from xs in Points(a)
        select new Sample([f, g], xs, []));

    [Property]
    public Property Compose_RandomNetworks_EqualsNestedEvaluation() => Prop.ForAll(Pairs(), s =>
    {
        var (f, g) = (s.Networks[0], s.Networks[1]);
        var fg = NetworkCalculus.Compose(f, g);
        Assert.Equal((g.InputDimension, f.OutputDimension), (fg.InputDimension, fg.OutputDimension));
        foreach (var x in s.Points) Assert.Equal(Eval(f, Eval(g, x)), Eval(fg, x));
    });

    [Property]
    public Property Compose_RandomNetworks_SizeLaw() => Prop.ForAll(Pairs(), s =>
    {
        var (f, g) = (s.Networks[0], s.Networks[1]);
        var fg = NetworkCalculus.Compose(f, g);
        NetworkSizes sf = NetworkSizes.Measure(f), sg = NetworkSizes.Measure(g), sfg = NetworkSizes.Measure(fg);
        Assert.Equal(sf.Depth + sg.Depth, sfg.Depth);
        Assert.Equal(Math.Max(sf.Width, sg.Width), sfg.Width);
        Assert.Equal(sf.Neurons + sg.Neurons, sfg.Neurons);
        Assert.Equal([.. HiddenSizes(g), .. HiddenSizes(f)], HiddenSizes(fg));
        var (gLast, fFirst) = (g.Layers[^1], f.Layers[0]);
        long merged = (long)gLast.InputSize * fFirst.OutputSize + fFirst.OutputSize;
        Assert.Equal(sf.Parameters + sg.Parameters - DenseParameters(gLast) - DenseParameters(fFirst) + merged, sfg.Parameters);
    });

    [Property]
    public Property Compose_Chain_EqualsNestedEvaluation() => Prop.ForAll(Arb.From(
        from a in Dimension
        from b in Dimension
        from c in Dimension
        from d in Dimension
        from h in Network(a, b)
        from g in Network(b, c)
        from f in Network(c, d)
        from xs in Points(a)
        select new Sample([f, g, h], xs, [])), s =>
    {
        var (f, g, h) = (s.Networks[0], s.Networks[1], s.Networks[2]);
        var fgh = NetworkCalculus.Compose(f, g, h);
        Assert.Equal(s.Networks.Sum(n => n.HiddenLayerCount), fgh.HiddenLayerCount);
        foreach (var x in s.Points) Assert.Equal(Eval(f, Eval(g, Eval(h, x))), Eval(fgh, x));
    });

    [Fact]
    public void Compose_SparseIdentities_RowsStaySparse()
    {
        var fg = NetworkCalculus.Compose(NetworkCalculus.Identity(6, 2), NetworkCalculus.Identity(6, 3));
        Assert.Equal(5, fg.HiddenLayerCount);
        foreach (var layer in fg.Layers)
        {
            Assert.True(layer.PreferSparse);
            for (int i = 0; i < layer.OutputSize; i++) Assert.True(layer.RowColumns(i).Length <= 2);
        }
    }

    [Fact]
    public void Compose_DimensionMismatch_ThrowsNamingSizes()
    {
        var e = Assert.Throws<NetworkException>(() => NetworkCalculus.Compose(NetworkCalculus.Identity(2), NetworkCalculus.Identity(3)));
        Assert.Contains("takes 2 inputs", e.Message);
        Assert.Throws<NetworkException>(() => NetworkCalculus.Compose(Array.Empty<Network>()));
    }

    /// <summary>Square networks g: R^n → R^n (depth 0..2), an exponent r ∈ 1..4, and points.</summary>
    private static Arbitrary<Sample> SquareCases() => Arb.From(
        from n in Dimension
        from depth in Gen.Choose(0, 2)
        from g in Network(n, n, depth)
        from r in Gen.Choose(1, 4)
        from xs in Points(n, 3)
        select new Sample([g], xs, [], Number: r));

    [Property]
    public Property Power_RandomNetwork_EqualsRepeatedEvaluation() => Prop.ForAll(SquareCases(), s =>
    {
        var gr = NetworkCalculus.Power(s.N, s.Number);
        foreach (var x in s.Points)
        {
            var y = x;
            for (int k = 0; k < s.Number; k++) y = Eval(s.N, y);
            Assert.Equal(y, Eval(gr, x));
        }
    });

    [Property]
    public Property Power_RandomNetwork_SizeLaw() => Prop.ForAll(SquareCases(), s =>
    {
        var gr = NetworkCalculus.Power(s.N, s.Number);
        var (sg, sr) = (NetworkSizes.Measure(s.N), NetworkSizes.Measure(gr));
        Assert.Equal(s.Number * sg.Depth, sr.Depth);
        Assert.Equal(sg.Width, sr.Width);
        Assert.Equal(Enumerable.Repeat(HiddenSizes(s.N), s.Number).SelectMany(h => h), HiddenSizes(gr));
        Assert.Equal(HiddenSizes(NetworkCalculus.Compose(Enumerable.Repeat(s.N, s.Number).ToArray())), HiddenSizes(gr));
    });

    [Fact]
    public void Power_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkCalculus.Power(NetworkCalculus.Identity(1), 0));
        Assert.Throws<NetworkException>(() => NetworkCalculus.Power(NetworkCalculus.Affine(new Rational[2, 1]), 2));
    }

    /// <summary>N: R^m → R^b, A: m × a', c ∈ R^m, B: b' × b, d ∈ R^b', points of R^a'.</summary>
    private static Arbitrary<Sample> MapCases() => Arb.From(
        from m in Dimension
        from b in Dimension
        from a2 in Dimension
        from b2 in Dimension
        from n in Network(m, b)
        from a in Matrix(m, a2)
        from c in Gen.ArrayOf(Weight, m)
        from bm in Matrix(b2, b)
        from d in Gen.ArrayOf(Weight, b2)
        from xs in Points(a2)
        select new Sample([n], xs, [], a, c, 0, bm, d));

    [Property]
    public Property PreMap_RandomNetwork_EqualsNetworkOfAffineInput() => Prop.ForAll(MapCases(), s =>
    {
        var pre = NetworkCalculus.PreMap(s.N, s.Matrix!, s.Vector);
        foreach (var x in s.Points) Assert.Equal(Eval(s.N, Apply(s.Matrix!, x, s.Vector)), Eval(pre, x));
    });

    [Property]
    public Property PreMap_RandomNetwork_SizeLaw() => Prop.ForAll(MapCases(), s =>
    {
        var pre = NetworkCalculus.PreMap(s.N, s.Matrix!, s.Vector);
        Assert.Equal(s.Matrix!.GetLength(1), pre.InputDimension);
        Assert.Equal(s.N.OutputDimension, pre.OutputDimension);
        Assert.Equal(HiddenSizes(s.N), HiddenSizes(pre));
        Assert.Equal(s.N.Layers[0].PreferSparse, pre.Layers[0].PreferSparse);
    });

    [Property]
    public Property PostMap_RandomNetwork_EqualsAffineOfNetworkOutput() => Prop.ForAll(MapCases(), s =>
    {
        var inner = NetworkCalculus.PreMap(s.N, s.Matrix!, s.Vector);
        var post = NetworkCalculus.PostMap(inner, s.Matrix2!, s.Vector2);
        foreach (var x in s.Points) Assert.Equal(Apply(s.Matrix2!, Eval(inner, x), s.Vector2), Eval(post, x));
    });

    [Property]
    public Property PostMap_RandomNetwork_SizeLaw() => Prop.ForAll(MapCases(), s =>
    {
        var post = NetworkCalculus.PostMap(s.N, s.Matrix2!, s.Vector2);
        Assert.Equal(s.N.InputDimension, post.InputDimension);
        Assert.Equal(s.Matrix2!.GetLength(0), post.OutputDimension);
        Assert.Equal(HiddenSizes(s.N), HiddenSizes(post));
        Assert.Equal(NetworkSizes.Measure(s.N).Width, NetworkSizes.Measure(post).Width);
    });

    [Fact]
    public void PreMapAndPostMap_WrongMatrixShape_Throw()
    {
        var n = NetworkCalculus.Identity(2, 1);
        Assert.Throws<NetworkException>(() => NetworkCalculus.PreMap(n, new Rational[3, 2]));
        Assert.Throws<NetworkException>(() => NetworkCalculus.PostMap(n, new Rational[2, 3]));
    }
}
