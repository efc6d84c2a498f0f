using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public sealed class NetworkTests
{
    private static AffineLayer Ones(int inputs, int outputs, Activation activation) =>
        AffineLayer.Dense(Enumerable.Range(0, outputs).Select(_ => (IReadOnlyList<Rational>)Enumerable.Repeat(Rational.One, inputs).ToArray()).ToArray(),
                          new Rational[outputs], activation);

    [Fact]
    public void Constructor_HiddenLayerSizeMismatch_NamesTheLayerAndBothSizes()
    {
        var e = Assert.Throws<NetworkException>(() =>
            new Network(2, [Ones(2, 3, Activation.Relu), Ones(4, 1, Activation.Identity)]));
        Assert.Equal("layer 1: takes 4 inputs but layer 0 gives 3", e.Message);
    }

    [Fact]
    public void Constructor_FirstLayerSizeMismatch_NamesTheNetworkInput()
    {
        var e = Assert.Throws<NetworkException>(() => new Network(3, [Ones(2, 1, Activation.Identity)]));
        Assert.Equal("layer 0: takes 2 inputs but the network input has 3", e.Message);
    }

    [Fact]
    public void Constructor_MismatchDeepInTheNetwork_NamesThatLayer()
    {
        var e = Assert.Throws<NetworkException>(() => new Network(1,
            [Ones(1, 2, Activation.Relu), Ones(2, 5, Activation.Relu), Ones(5, 2, Activation.Relu), Ones(3, 1, Activation.Identity)]));
        Assert.Equal("layer 3: takes 3 inputs but layer 2 gives 2", e.Message);
    }

    [Fact]
    public void Constructor_ReluOutputLayer_NamesTheLastLayer()
    {
        var e = Assert.Throws<NetworkException>(() => new Network(1, [Ones(1, 2, Activation.Relu), Ones(2, 1, Activation.Relu)]));
        Assert.Equal("layer 1: the output layer must use the identity activation", e.Message);
    }

    [Fact]
    public void Constructor_OutputLayerWithOneReluNeuron_IsRejected()
    {
        var last = Ones(1, 2, Activation.Identity).WithActivations([Activation.Identity, Activation.Relu]);
        var e = Assert.Throws<NetworkException>(() => new Network(1, [last]));
        Assert.StartsWith("layer 0:", e.Message);
    }

    [Fact]
    public void Constructor_NoLayers_IsRejected()
    {
        var e = Assert.Throws<NetworkException>(() => new Network(1, []));
        Assert.Equal("network: needs at least one affine layer, got 0", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Constructor_NonPositiveInputDimension_IsRejected(int a)
    {
        var e = Assert.Throws<NetworkException>(() => new Network(a, [Ones(1, 1, Activation.Identity)]));
        Assert.Equal($"network: input dimension must be positive, got {a}", e.Message);
    }

    [Fact]
    public void Constructor_HiddenIdentityAndMixedLayers_AreAllowed()
    {
        var mixed = Ones(2, 2, Activation.Relu).WithActivations([Activation.Identity, Activation.Relu]);
        var net = new Network(2, [Ones(2, 2, Activation.Identity), mixed, Ones(2, 1, Activation.Identity)]);
        Assert.Equal(2, net.HiddenLayerCount);
        Assert.Equal(2, net.InputDimension);
        Assert.Equal(1, net.OutputDimension);
    }

    [Fact]
    public void WithMeta_NewMetadata_KeepsLayersAndReplacesMeta()
    {
        var net = new Network(1, [Ones(1, 1, Activation.Identity)], new Dictionary<string, string> { ["a"] = "1" });
        var other = net.WithMeta(new Dictionary<string, string> { ["b"] = "2" });
        Assert.Equal(net.Layers, other.Layers);
        Assert.Equal(new[] { "b" }, other.Meta.Keys);
        Assert.Equal("1", net.Meta["a"]);
    }

    [Fact]
    public void Meta_IsSortedByKey()
    {
        var net = new Network(1, [Ones(1, 1, Activation.Identity)], new Dictionary<string, string> { ["z"] = "", ["a"] = "", ["m"] = "" });
        Assert.Equal(new[] { "a", "m", "z" }, net.Meta.Keys);
    }

    [Fact]
    public void IsDyadic_OneThirdInABias_IsFalse()
    {
        var dyadic = new Network(1, [AffineLayer.Dense([[Rational.Create(3, 8)]], [Rational.Create(-5, 2)], Activation.Identity)]);
        var third = new Network(1, [AffineLayer.Dense([[Rational.Create(3, 8)]], [Rational.Create(1, 3)], Activation.Identity)]);
        Assert.True(dyadic.IsDyadic);
        Assert.False(third.IsDyadic);
    }

    [Property(MaxTest = 200)]
    public Property IsDyadic_RandomNetwork_MatchesEveryDenominatorBeingAPowerOfTwo() =>
        Prop.ForAll(Arb.From(NetworkGenerators.Networks()), net =>
        {
            // Oracle: scan every weight through Weight(i, j), then check by trial division that q is 2^k.
            static bool PowerOfTwo(Rational r) { var q = r.Denominator; while (q.IsEven) q /= 2; return q.IsOne; }
            bool expected = net.Layers.All(l =>
                Enumerable.Range(0, l.OutputSize).All(i => PowerOfTwo(l.Bias[i]) && Enumerable.Range(0, l.InputSize).All(j => PowerOfTwo(l.Weight(i, j)))));
            return net.IsDyadic == expected;
        });

    [Property(MaxTest = 100)]
    public Property DyadicNetworks_Generated_AreDyadicAndWellFormed() =>
        Prop.ForAll(Arb.From(NetworkGenerators.DyadicNetworks()), net =>
            net.IsDyadic && net.Layers[^1].AllIdentity && net.Layers.Length <= NetworkGenerators.MaxLayers);
}
