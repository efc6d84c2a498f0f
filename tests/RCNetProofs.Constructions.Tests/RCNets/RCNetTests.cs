using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Claims;
using Check = RCNetProofs.Kernel.Claims.Check;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class RCNetTests
{
    [Fact]
    public void Constructor_PartsThatDoNotFit_Throw()
    {
        var g = NetworkCalculus.Identity(2, 1);
        var l1 = NetworkCalculus.Affine(new Rational[2, 1]);
        var l2 = NetworkCalculus.Affine(new Rational[1, 2]);
        Assert.Throws<NetworkException>(() => new RCNet(g, g, l2, 1));                                   // L1 not affine
        Assert.Throws<NetworkException>(() => new RCNet(l1, g, g, 1));                                   // L2 not affine
        Assert.Throws<NetworkException>(() => new RCNet(l1, NetworkCalculus.Affine(new Rational[3, 2]), l2, 1)); // g not square
        Assert.Throws<NetworkException>(() => new RCNet(NetworkCalculus.Affine(new Rational[3, 1]), g, l2, 1));
        Assert.Throws<NetworkException>(() => new RCNet(l1, g, NetworkCalculus.Affine(new Rational[1, 3]), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RCNet(l1, g, l2, -1));
        var ok = new RCNet(l1, g, l2, 3);
        Assert.Equal((1, 2, 1, 3), (ok.InputDimension, ok.StateDimension, ok.OutputDimension, ok.Compositions));
    }

    [Property(MaxTest = 60)]
    public Property Flatten_RandomRCNets_EqualsLayerByLayerIteration() => Prop.ForAll(
        Arb.From(from net in RcGenerators.RandomRCNet() from x in RandomNetworks.Points(net.InputDimension, 3) select (net, x)), t =>
        {
            var (net, points) = t;
            var flat = net.Flatten();
            // invariant: depth r·depth(g), widths of g, dimensions of L1 and L2
            Assert.Equal(net.Compositions * net.G.HiddenLayerCount, flat.HiddenLayerCount);
            Assert.Equal((net.InputDimension, net.OutputDimension), (flat.InputDimension, flat.OutputDimension));
            Assert.Equal(net.Compositions.ToString(System.Globalization.CultureInfo.InvariantCulture), flat.Meta["compositions"]);
            foreach (var x in points)
            {
                var oracle = RcGenerators.Iterate(net.L1, net.G, net.L2, net.Compositions, x);
                Assert.Equal(oracle, flat.Evaluate(x));
                Assert.Equal(oracle, net.Evaluate(x));
                var states = net.States(x);
                Assert.Equal(net.Compositions + 1, states.Count);
                Assert.Equal(oracle, net.L2.Evaluate(states[^1]));
            }
        });

    [Property(MaxTest = 40)]
    public Property Flatten_KernelMeasuresTheStoredCount_AndRefutesOffByOne() => Prop.ForAll(Arb.From(RcGenerators.RandomRCNet()), net =>
    {
        var flat = net.Flatten();
        var claim = new Claim("RC-DEF", "test", "the RCNet has the stated composition count");
        var v = Check.Compositions(claim, flat, net.L1, net.G, net.L2, net.Compositions);
        Assert.Equal(VerdictKind.Proved, v.Kind);
        Assert.Equal(VerdictKind.Refuted, Check.Compositions(claim, flat, net.L1, net.G, net.L2, net.Compositions + 1).Kind);
        if (net.Compositions > 0)
            Assert.Equal(VerdictKind.Refuted, Check.Compositions(claim, flat, net.L1, net.G, net.L2, net.Compositions - 1).Kind);
    });

    [Fact]
    public void WithCompositions_ChangesOnlyTheCount()
    {
        var net = StepBlock.Build(Rational.Create(1, 4), 5);
        var shorter = net.WithCompositions(net.Compositions - 1);
        Assert.Same(net.G, shorter.G);
        Assert.Equal(net.Compositions - 1, shorter.Compositions);
        Assert.Equal(net.Meta, shorter.Meta);
        // ⌊4⌋ is added by the fourth step (h_4): with one step fewer it is never added and the output is 0
        Assert.Equal((Rational)4, net.Evaluate(4)[0]);
        Assert.Equal(Rational.Zero, shorter.Evaluate(4)[0]);
        var tagged = net.WithMeta(new Dictionary<string, string> { ["k"] = "v" });
        Assert.Equal("v", tagged.Meta["k"]);
    }
}
