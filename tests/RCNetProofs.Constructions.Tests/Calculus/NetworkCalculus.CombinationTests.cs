using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Constructions.Tests.RandomNetworks;

namespace RCNetProofs.Constructions.Tests.Calculus;

public class NetworkCalculusCombinationTests
{
    /// <summary>One to three networks R^a → R^b of any depths, one coefficient each (zero allowed), and points.</summary>
    private static Arbitrary<Sample> Terms() => Arb.From(
        from a in Dimension
        from b in Dimension
        from k in Gen.Choose(1, 3)
        from nets in Gen.CollectToArray(Enumerable.Range(0, k), _ => Network(a, b))
        from cs in Gen.ArrayOf(Weight, k)
        from xs in Points(a)
        select new Sample(nets, xs, cs));

    private static Rational[] WeightedSum(Sample s, Rational[] x)
    {
        var y = new Rational[s.N.OutputDimension];
        for (int i = 0; i < s.Networks.Count; i++)
        {
            var v = Eval(s.Networks[i], x);
            for (int j = 0; j < y.Length; j++) y[j] += s.Scalars[i] * v[j];
        }
        return y;
    }

    private static (Rational, Network)[] Pairs(Sample s) => s.Networks.Select((n, i) => (s.Scalars[i], n)).ToArray();

    [Property]
    public Property LinearCombination_RandomTerms_EqualsWeightedSum() => Prop.ForAll(Terms(), s =>
    {
        var lc = NetworkCalculus.LinearCombination(Pairs(s));
        foreach (var x in s.Points) Assert.Equal(WeightedSum(s, x), Eval(lc, x));
    });

    [Property]
    public Property LinearCombination_IdentityNeuronPadding_EqualsWeightedSum() => Prop.ForAll(Terms(), s =>
    {
        var lc = NetworkCalculus.LinearCombination(Pairs(s), IdentityMode.IdentityNeuron);
        foreach (var x in s.Points) Assert.Equal(WeightedSum(s, x), Eval(lc, x));
    });

    [Property]
    public Property LinearCombination_RandomTerms_SizeLaw() => Prop.ForAll(Terms(), s =>
    {
        var lc = NetworkCalculus.LinearCombination(Pairs(s));
        int depth = s.Networks.Max(n => n.HiddenLayerCount);
        var sizes = NetworkSizes.Measure(lc);
        Assert.Equal((s.N.InputDimension, s.N.OutputDimension, depth), (sizes.InputDimension, sizes.OutputDimension, sizes.Depth));
        Assert.Equal(AddSizes(s.Networks.Select(n => PaddedHiddenSizes(n, depth))), HiddenSizes(lc));
        Assert.True(sizes.Width <= s.Networks.Sum(n => NetworkSizes.Measure(NetworkCalculus.PadToDepth(n, depth)).Width));
    });

    [Property]
    public Property Sum_RandomNetworks_EqualsSumOfValues() => Prop.ForAll(Terms(), s =>
    {
        var (f, g) = (s.N, s.Networks[^1]);
        var sum = NetworkCalculus.Sum(f, g);
        foreach (var x in s.Points) Assert.Equal(Eval(f, x).Zip(Eval(g, x), (u, v) => u + v), Eval(sum, x));
    });

    [Property]
    public Property Sum_RandomNetworks_SizeLaw() => Prop.ForAll(Terms(), s =>
    {
        var (f, g) = (s.N, s.Networks[^1]);
        var sum = NetworkCalculus.Sum(f, g);
        int depth = Math.Max(f.HiddenLayerCount, g.HiddenLayerCount);
        Assert.Equal(depth, NetworkSizes.Measure(sum).Depth);
        Assert.Equal(AddSizes([PaddedHiddenSizes(f, depth), PaddedHiddenSizes(g, depth)]), HiddenSizes(sum));
    });

    [Property]
    public Property Scale_RandomNetwork_EqualsScaledValues() => Prop.ForAll(Terms(), s =>
    {
        var c = s.Scalars[0];
        var scaled = NetworkCalculus.Scale(c, s.N);
        foreach (var x in s.Points) Assert.Equal(Eval(s.N, x).Select(v => c * v), Eval(scaled, x));
    });

    [Property]
    public Property Scale_NonZeroFactor_SizesUnchanged() => Prop.ForAll(Terms(), s =>
    {
        var c = s.Scalars[0].IsZero ? Rational.Create(-3, 2) : s.Scalars[0];
        NetworkSizes before = NetworkSizes.Measure(s.N), after = NetworkSizes.Measure(NetworkCalculus.Scale(c, s.N));
        Assert.Equal((before.Depth, before.Width, before.Neurons, before.Parameters, before.NonZeros),
            (after.Depth, after.Width, after.Neurons, after.Parameters, after.NonZeros));
        Assert.Equal(HiddenSizes(s.N), HiddenSizes(NetworkCalculus.Scale(c, s.N)));
    });

    [Fact]
    public void Sum_NonNegativePadding_OnNonNegativeTerms_IsExact()
    {
        // f(x) = σ(x) (depth 1) and g(x) = σ(σ(−x)) (depth 2, via the cheap padding): both non-negative.
        var f = NetworkCalculus.Identity(1, 1, IdentityMode.NonNegative);
        var g = NetworkCalculus.PreMap(NetworkCalculus.Identity(1, 2, IdentityMode.NonNegative), new Rational[,] { { -1 } });
        var sum = NetworkCalculus.Sum(f, g, IdentityMode.NonNegative);
        Assert.Equal([2, 2], HiddenSizes(sum));
        foreach (var x in new Rational[] { -5, Rational.Create(-1, 3), 0, Rational.Create(7, 4), 9 })
            Assert.Equal(Rational.Abs(x), sum.EvaluateScalar(x));
    }

    [Fact]
    public void LinearCombination_BadTerms_Throw()
    {
        Assert.Throws<NetworkException>(() => NetworkCalculus.LinearCombination([]));
        var e = Assert.Throws<NetworkException>(() => NetworkCalculus.Sum(NetworkCalculus.Identity(2), NetworkCalculus.Affine(new Rational[1, 2])));
        Assert.Contains("but term 1 has 1", e.Message);
    }
}
