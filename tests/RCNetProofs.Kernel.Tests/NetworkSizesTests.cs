using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public sealed class NetworkSizesTests
{
    private static Network Tent() => new(1, [
        AffineLayer.Dense([[1], [1], [1]], [0, Rational.Create(-1, 2), -1], Activation.Relu),
        AffineLayer.Dense([[2, -4, 2]], [0], Activation.Identity)]);

    private static IEnumerable<Rational> AllEntries(Network net) =>
        net.Layers.SelectMany(l => Enumerable.Range(0, l.OutputSize).SelectMany(i =>
            Enumerable.Range(0, l.InputSize).Select(j => l.Weight(i, j)).Append(l.Bias[i])));

    [Property(MaxTest = 200)]
    public Property Parameters_RandomNetwork_EqualsTheDenseCountFormula() =>
        Prop.ForAll(Arb.From(NetworkGenerators.Networks()), net =>
        {
            // n_0 = a, n_{i+1} = size of layer i; Σ (n_i·n_{i+1} + n_{i+1}).
            var n = new List<long> { net.InputDimension };
            n.AddRange(net.Layers.Select(l => (long)l.OutputSize));
            long expected = 0;
            for (int i = 0; i + 1 < n.Count; i++) expected += n[i] * n[i + 1] + n[i + 1];
            return NetworkSizes.Measure(net).Parameters == expected;
        });

    [Property(MaxTest = 200)]
    public Property Measure_RandomNetwork_MatchesADenseScan() =>
        Prop.ForAll(Arb.From(NetworkGenerators.Networks()), net =>
        {
            var s = NetworkSizes.Measure(net);
            var hidden = net.Layers.Take(net.Layers.Length - 1).Select(l => l.OutputSize).ToArray();
            var entries = AllEntries(net).ToArray();
            var nonZero = entries.Where(v => !v.IsZero).ToArray();
            Assert.Equal(net.InputDimension, s.InputDimension);
            Assert.Equal(net.Layers[^1].OutputSize, s.OutputDimension);
            Assert.Equal(hidden.Length == 0 ? 0 : hidden.Max(), s.Width);
            Assert.Equal(hidden.Length, s.Depth);
            Assert.Equal(net.Layers.Length, s.AffineLayers);
            Assert.Equal(hidden.Sum(), s.Neurons);
            Assert.Equal(nonZero.Length, s.NonZeros);
            Assert.Equal(entries.Select(Rational.Abs).Append(Rational.Zero).Max(), s.MaxAbsWeight);
            Assert.Equal(nonZero.Select(v => (long)(BigInteger.Abs(v.Numerator).GetBitLength() + v.Denominator.GetBitLength())).Append(0L).Max(), s.MaxBitLength);
            // Invariant: the two depth conventions differ by exactly the output layer.
            Assert.Equal(s.DepthIn(DepthConvention.HiddenLayers) + 1, s.DepthIn(DepthConvention.AffineLayers));
        });

    [Fact]
    public void Measure_Tent_GivesTheHandCountedSizes()
    {
        var s = NetworkSizes.Measure(Tent());
        Assert.Equal(3, s.Width);
        Assert.Equal(1, s.Depth);
        Assert.Equal(2, s.AffineLayers);
        Assert.Equal(3, s.Neurons);
        Assert.Equal((1 * 3 + 3) + (3 * 1 + 1), s.Parameters);
        Assert.Equal(3 + 2 + 3, s.NonZeros);   // three input weights, biases −1/2 and −1, three output weights
        Assert.Equal((Rational)4, s.MaxAbsWeight);
        Assert.Equal(3 + 1, s.MaxBitLength);   // −4: three bits over a one-bit denominator
    }

    [Fact]
    public void Measure_SingleAffineLayer_HasNoWidthAndDepthZero()
    {
        var s = NetworkSizes.Measure(new Network(3, [AffineLayer.Dense([[1, 2, 3], [0, 0, 1]], [0, 0], Activation.Identity)]));
        Assert.Equal(0, s.Width);
        Assert.Equal(0, s.Depth);
        Assert.Equal(1, s.AffineLayers);
        Assert.Equal(0, s.Neurons);
        Assert.Equal(2, s.OutputDimension);
        Assert.Equal(3 * 2 + 2, s.Parameters);
    }

    [Fact]
    public void Measure_AllZeroWeights_HasZeroMaxima()
    {
        var s = NetworkSizes.Measure(new Network(2, [AffineLayer.Dense([[0, 0]], [0], Activation.Identity)]));
        Assert.Equal(0, s.NonZeros);
        Assert.Equal(Rational.Zero, s.MaxAbsWeight);
        Assert.Equal(0, s.MaxBitLength);
        Assert.Equal(3, s.Parameters);
    }

    [Fact]
    public void Measure_LargestMagnitudeIsNegativeAndBiggestBitsIsSmall_TracksThemSeparately()
    {
        // −5 has the largest |w|; 1/1024 has the most bits (1 + 11) though it is tiny.
        var s = NetworkSizes.Measure(new Network(1, [AffineLayer.Dense([[-5], [Rational.Create(1, 1024)]], [0, 0], Activation.Identity)]));
        Assert.Equal((Rational)5, s.MaxAbsWeight);
        Assert.Equal(12, s.MaxBitLength);
    }

    [Fact]
    public void DepthIn_BothConventions_CountHiddenOrAffineLayers()
    {
        var s = NetworkSizes.Measure(Tent());
        Assert.Equal(1, s.DepthIn(DepthConvention.HiddenLayers));
        Assert.Equal(2, s.DepthIn(DepthConvention.AffineLayers));
    }
}
