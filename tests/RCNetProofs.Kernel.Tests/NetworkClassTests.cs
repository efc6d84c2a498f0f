using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public sealed class NetworkClassTests
{
    // One hidden layer of three ReLUs: width 3, 1 hidden layer, 2 affine layers, R^1 → R^1.
    private static Network Tent() => new(1, [
        AffineLayer.Dense([[1], [1], [1]], [0, Rational.Create(-1, 2), -1], Activation.Relu),
        AffineLayer.Dense([[2, -4, 2]], [0], Activation.Identity)]);

    [Fact]
    public void Contains_SizesExactlyAtTheBounds_IsInside()
    {
        Assert.True(new NetworkClass(3, 1, 1, 1).Contains(Tent()));
        Assert.True(new NetworkClass(3, 2, 1, 1, DepthConvention.AffineLayers).Contains(Tent()));
        Assert.Empty(new NetworkClass(3, 1, 1, 1).Violations(NetworkSizes.Measure(Tent())));
    }

    [Fact]
    public void Violations_WidthOneTooLarge_SaysWidthAndBound()
    {
        var v = new NetworkClass(2, 1, 1, 1).Violations(NetworkSizes.Measure(Tent()));
        Assert.Equal(new[] { "width 3 > 2" }, v);
        Assert.False(new NetworkClass(2, 1, 1, 1).Contains(Tent()));
    }

    [Fact]
    public void Violations_AffineLayerConvention_CountsTheOutputLayer()
    {
        // Telgarsky's "depth 2" is one hidden layer: the tent is in depth ≤ 1 (hidden) but not depth ≤ 1 (affine).
        var sizes = NetworkSizes.Measure(Tent());
        Assert.Empty(new NetworkClass(3, 1, 1, 1, DepthConvention.HiddenLayers).Violations(sizes));
        Assert.Equal(new[] { "depth 2 > 1 (affine layers)" }, new NetworkClass(3, 1, 1, 1, DepthConvention.AffineLayers).Violations(sizes));
    }

    [Fact]
    public void Violations_HiddenLayerConvention_NamesTheConvention()
    {
        Assert.Equal(new[] { "depth 1 > 0 (hidden layers)" }, new NetworkClass(3, 0, 1, 1).Violations(NetworkSizes.Measure(Tent())));
    }

    [Fact]
    public void Violations_WrongDimensions_ListBoth()
    {
        var v = new NetworkClass(3, 1, 2, 4).Violations(NetworkSizes.Measure(Tent()));
        Assert.Equal(new[] { "input dimension 1 ≠ 2", "output dimension 1 ≠ 4" }, v);
    }

    [Fact]
    public void Violations_EveryRuleBroken_ListsAllFourInOrder()
    {
        var v = new NetworkClass(1, 0, 2, 2).Violations(NetworkSizes.Measure(Tent()));
        Assert.Equal(4, v.Count);
        Assert.StartsWith("width", v[0]);
        Assert.StartsWith("depth", v[1]);
        Assert.StartsWith("input", v[2]);
        Assert.StartsWith("output", v[3]);
    }

    [Fact]
    public void Convention_NotGiven_IsHiddenLayers()
    {
        Assert.Equal(DepthConvention.HiddenLayers, new NetworkClass(1, 1, 1, 1).Convention);
    }

    [Fact]
    public void ToString_Class_UsesThePaperNotation()
    {
        Assert.Equal("NN{3, 1; R^1 → R^2}", new NetworkClass(3, 1, 1, 2).ToString());
    }

    private static readonly Gen<NetworkClass> Classes =
        from w in Gen.Choose(0, 7)
        from d in Gen.Choose(0, 5)
        from a in Gen.Choose(1, 4)
        from b in Gen.Choose(1, 3)
        from c in Gen.Elements(DepthConvention.HiddenLayers, DepthConvention.AffineLayers)
        select new NetworkClass(w, d, a, b, c);

    [Property(MaxTest = 300)]
    public Property Contains_RandomNetworkAndClass_MatchesTheFourRules() =>
        Prop.ForAll(Arb.From(from n in NetworkGenerators.Networks() from k in Classes select (n, k)), t =>
        {
            var (net, cls) = t;
            // Oracle from the layer list alone, not from NetworkSizes.
            int width = net.Layers.Take(net.Layers.Length - 1).Select(l => l.OutputSize).DefaultIfEmpty(0).Max();
            int depth = cls.Convention == DepthConvention.HiddenLayers ? net.Layers.Length - 1 : net.Layers.Length;
            bool expected = width <= cls.Width && depth <= cls.Depth &&
                            net.InputDimension == cls.InputDimension && net.Layers[^1].OutputSize == cls.OutputDimension;
            var violations = cls.Violations(NetworkSizes.Measure(net));
            // Invariant: membership is exactly the absence of violations, whichever overload is asked.
            return cls.Contains(net) == expected && violations.Count == 0 == expected && cls.Contains(NetworkSizes.Measure(net)) == expected;
        });
}
