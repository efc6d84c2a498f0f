using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Constructions.Tests.RandomNetworks;

namespace RCNetProofs.Constructions.Tests.Calculus;

public class NetworkCalculusParallelTests
{
    /// <summary>Two or three networks on a shared input R^a, any depths and output dimensions.</summary>
    private static Arbitrary<Sample> SharedCases() => Arb.From(
        from a in Dimension
        from k in Gen.Choose(2, 3)
        from nets in Gen.CollectToArray(Enumerable.Range(0, k), _ => Dimension.SelectMany(b => Network(a, b)))
        from xs in Points(a)
        select new Sample(nets, xs, []));

    /// <summary>Two networks of the same depth on a shared input.</summary>
    private static Arbitrary<Sample> SharedEqualDepthCases() => Arb.From(
        from a in Dimension
        from b1 in Dimension
        from b2 in Dimension
        from d in Gen.Choose(0, MaxDepth)
        from f in Network(a, b1, d)
        from g in Network(a, b2, d)
        select new Sample([f, g], [], []));

    /// <summary>Two networks on separate inputs, any depths.</summary>
    private static Arbitrary<Sample> SeparateCases() => Arb.From(
        from a1 in Dimension
        from a2 in Dimension
        from b1 in Dimension
        from b2 in Dimension
        from f in Network(a1, b1)
        from g in Network(a2, b2)
        from xs in Points(a1 + a2)
        select new Sample([f, g], xs, []));

    [Property]
    public Property Parallel_SharedInput_EqualsConcatenatedOutputs() => Prop.ForAll(SharedCases(), s =>
    {
        var p = NetworkCalculus.Parallel(s.Networks);
        Assert.Equal(s.Networks.Sum(n => n.OutputDimension), p.OutputDimension);
        foreach (var x in s.Points) Assert.Equal(s.Networks.SelectMany(n => Eval(n, x)), Eval(p, x));
    });

    [Property]
    public Property Parallel_SharedInput_SizeLaw() => Prop.ForAll(SharedCases(), s =>
    {
        var p = NetworkCalculus.Parallel(s.Networks);
        int depth = s.Networks.Max(n => n.HiddenLayerCount);
        var expected = AddSizes(s.Networks.Select(n => PaddedHiddenSizes(n, depth)));
        Assert.Equal(depth, NetworkSizes.Measure(p).Depth);
        Assert.Equal(expected, HiddenSizes(p));
        Assert.Equal(expected.DefaultIfEmpty(0).Max(), NetworkSizes.Measure(p).Width);
    });

    [Property]
    public Property Parallel_SharedInputEqualDepth_WidthsParametersAndNonZerosAdd() => Prop.ForAll(SharedEqualDepthCases(), s =>
    {
        var (f, g) = (s.Networks[0], s.Networks[1]);
        var p = NetworkCalculus.Parallel(f, g);
        NetworkSizes sf = NetworkSizes.Measure(f), sg = NetworkSizes.Measure(g), sp = NetworkSizes.Measure(p);
        Assert.Equal(AddSizes([HiddenSizes(f), HiddenSizes(g)]), HiddenSizes(p));
        Assert.True(sp.Width <= sf.Width + sg.Width);
        Assert.Equal(sf.Neurons + sg.Neurons, sp.Neurons);
        Assert.Equal(sf.NonZeros + sg.NonZeros, sp.NonZeros);
        long parameters = 0;
        for (int l = 0; l < p.Layers.Length; l++)
        {
            int input = l == 0 ? f.InputDimension : f.Layers[l].InputSize + g.Layers[l].InputSize;
            int output = f.Layers[l].OutputSize + g.Layers[l].OutputSize;
            parameters += (long)input * output + output;
        }
        Assert.Equal(parameters, sp.Parameters);
    });

    [Property]
    public Property Parallel_IdentityNeuronPadding_EqualsConcatenatedOutputs() => Prop.ForAll(SharedCases(), s =>
    {
        var p = NetworkCalculus.Parallel(s.Networks, IdentityMode.IdentityNeuron);
        int depth = s.Networks.Max(n => n.HiddenLayerCount);
        Assert.Equal(AddSizes(s.Networks.Select(n => PaddedHiddenSizes(n, depth, reluPair: false))), HiddenSizes(p));
        foreach (var x in s.Points) Assert.Equal(s.Networks.SelectMany(n => Eval(n, x)), Eval(p, x));
    });

    [Property]
    public Property ParallelSeparate_RandomNetworks_EqualsOutputsOnSlices() => Prop.ForAll(SeparateCases(), s =>
    {
        var (f, g) = (s.Networks[0], s.Networks[1]);
        var p = NetworkCalculus.ParallelSeparate(f, g);
        int a1 = f.InputDimension;
        foreach (var x in s.Points) Assert.Equal(Eval(f, x[..a1]).Concat(Eval(g, x[a1..])), Eval(p, x));
    });

    [Property]
    public Property ParallelSeparate_RandomNetworks_SizeLaw() => Prop.ForAll(SeparateCases(), s =>
    {
        var (f, g) = (s.Networks[0], s.Networks[1]);
        var p = NetworkCalculus.ParallelSeparate(f, g);
        var sp = NetworkSizes.Measure(p);
        int depth = Math.Max(f.HiddenLayerCount, g.HiddenLayerCount);
        Assert.Equal((f.InputDimension + g.InputDimension, f.OutputDimension + g.OutputDimension, depth),
            (sp.InputDimension, sp.OutputDimension, sp.Depth));
        Assert.Equal(AddSizes([PaddedHiddenSizes(f, depth), PaddedHiddenSizes(g, depth)]), HiddenSizes(p));
        if (f.HiddenLayerCount == g.HiddenLayerCount)
            Assert.Equal(NetworkSizes.Measure(f).NonZeros + NetworkSizes.Measure(g).NonZeros, sp.NonZeros);
    });

    [Fact]
    public void Parallel_SparseOperands_LayersStaySparse()
    {
        var p = NetworkCalculus.ParallelSeparate(NetworkCalculus.Identity(4, 2), NetworkCalculus.Identity(3, 1));
        Assert.Equal([14, 14], HiddenSizes(p));
        Assert.All(p.Layers, l => Assert.True(l.PreferSparse));
        Assert.All(p.Layers, l => Assert.All(Enumerable.Range(0, l.OutputSize), i => Assert.True(l.RowColumns(i).Length <= 2)));
        var x = new Rational[] { -3, Rational.Create(1, 3), 0, 7, Rational.Create(-5, 2), 1, 2 };
        Assert.Equal(x, Eval(p, x));
    }

    [Fact]
    public void Parallel_BadOperands_Throw()
    {
        var e = Assert.Throws<NetworkException>(() => NetworkCalculus.Parallel(NetworkCalculus.Identity(2), NetworkCalculus.Identity(3)));
        Assert.Contains("network 1 takes 3", e.Message);
        Assert.Throws<NetworkException>(() => NetworkCalculus.Parallel(Array.Empty<Network>()));
        Assert.Throws<NetworkException>(() => NetworkCalculus.ParallelSeparate(Array.Empty<Network>()));
    }
}
