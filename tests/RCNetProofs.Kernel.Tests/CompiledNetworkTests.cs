using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public sealed class CompiledNetworkTests
{
    /// <summary>Independent oracle: a dense matrix-vector product per layer, read through <see cref="AffineLayer.Weight"/>.</summary>
    internal static Rational[] DenseOracle(Network net, Rational[] x)
    {
        var v = x;
        foreach (var layer in net.Layers)
        {
            var y = new Rational[layer.OutputSize];
            for (int i = 0; i < y.Length; i++)
            {
                var sum = layer.Bias[i];
                for (int j = 0; j < layer.InputSize; j++) sum += layer.Weight(i, j) * v[j];
                y[i] = layer.Activations[i] == Activation.Relu ? Rational.Max(sum, Rational.Zero) : sum;
            }
            v = y;
        }
        return v;
    }

    [Property(MaxTest = 200)]
    public Property EvaluateRational_RandomNetwork_MatchesTheDenseOracle() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.Networks(), NetworkGenerators.RationalPoints, 5)), sample =>
        {
            var (net, points) = sample;
            var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
            foreach (var x in points)
            {
                var y = compiled.Evaluate(x);
                Assert.Equal(net.OutputDimension, y.Length);
                Assert.Equal(DenseOracle(net, x), y);
            }
        });

    [Property(MaxTest = 200)]
    public Property Evaluate_DyadicNetworkAtGridPoints_DoubleDyadicAndRationalAgreeExactly() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.DyadicNetworks(), NetworkGenerators.DyadicGridPoints, 5)), sample =>
        {
            // The generator's bounds keep every intermediate under 53 significant bits, so double is exact here.
            var (net, points) = sample;
            var exact = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
            var dyadic = new CompiledNetwork<Dyadic>(net, NumberConverters.ToDyadic);
            var dbl = new CompiledNetwork<double>(net, NumberConverters.ToDouble);
            foreach (var x in points)
            {
                var r = exact.Evaluate(x);
                var d = dyadic.Evaluate(x.Select(v => v.ToDyadic()).ToArray());
                var f = dbl.Evaluate(x.Select(v => v.ToDouble()).ToArray());
                Assert.Equal(r, d.Select(v => v.ToRational()).ToArray());
                Assert.Equal(r, f.Select(Rational.FromDouble).ToArray());
            }
        });

    [Property(MaxTest = 100)]
    public Property Evaluate_ReusedDirtyScratchBuffers_GivesTheSameAsFreshBuffers() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.Networks(), NetworkGenerators.RationalPoints, 4)), sample =>
        {
            var (net, points) = sample;
            var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
            var a = Enumerable.Repeat((Rational)999, compiled.MaxWidth).ToArray();
            var b = Enumerable.Repeat((Rational)(-999), compiled.MaxWidth).ToArray();
            var output = new Rational[net.OutputDimension];
            foreach (var x in points)
            {
                compiled.Evaluate(x, output, a, b);
                Assert.Equal(compiled.Evaluate(x), output);
            }
        });

    [Property(MaxTest = 100)]
    public Property MaxWidth_RandomNetwork_IsTheLargestOfInputAndLayerSizes() =>
        Prop.ForAll(Arb.From(NetworkGenerators.Networks()), net =>
            new CompiledNetwork<Rational>(net, NumberConverters.ToRational).MaxWidth ==
            net.Layers.Select(l => l.OutputSize).Append(net.InputDimension).Max());

    [Fact]
    public void Evaluate_WrongInputLength_ThrowsNamingBothLengths()
    {
        var net = new Network(2, [AffineLayer.Dense([[1, 1]], [0], Activation.Identity)]);
        var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        var e = Assert.Throws<ArgumentException>(() => compiled.Evaluate(new Rational[] { 1, 2, 3 }));
        Assert.Contains("takes 2 inputs, got 3", e.Message);
    }

    [Fact]
    public void Constructor_NonDyadicWeightForDyadic_ThrowsNamingTheWeight()
    {
        var net = new Network(1, [AffineLayer.Dense([[Rational.Create(1, 3)]], [0], Activation.Identity)]);
        var e = Assert.Throws<NetworkException>(() => new CompiledNetwork<Dyadic>(net, NumberConverters.ToDyadic));
        Assert.Contains("1/3", e.Message);
    }

    [Fact]
    public void Network_OfACompiledNetwork_IsTheSource()
    {
        var net = new Network(1, [AffineLayer.Dense([[2]], [1], Activation.Identity)]);
        Assert.Same(net, new CompiledNetwork<double>(net, NumberConverters.ToDouble).Network);
    }

    [Fact]
    public void Evaluate_ReluAtExactlyZeroAndJustBelow_ClipsOnlyNegatives()
    {
        // relu(x − 1/3) then identity: 0 at x = 1/3, 0 below, x − 1/3 above.
        var net = new Network(1, [
            AffineLayer.Dense([[1]], [Rational.Create(-1, 3)], Activation.Relu),
            AffineLayer.Dense([[1]], [0], Activation.Identity)]);
        var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        Assert.Equal(Rational.Zero, compiled.Evaluate([Rational.Create(1, 3)])[0]);
        Assert.Equal(Rational.Zero, compiled.Evaluate([Rational.Create(1, 3) - Rational.Create(1, 1_000_000_007)])[0]);
        Assert.Equal(Rational.Create(1, 1_000_000_007), compiled.Evaluate([Rational.Create(1, 3) + Rational.Create(1, 1_000_000_007)])[0]);
    }

    [Fact]
    public void Evaluate_DoubleOnNonDyadicWeights_IsOnlyApproximate()
    {
        // Why doubles never prove: 1/10 is not a double, so 3 · 0.1 in double is not the exact 3/10.
        var net = new Network(1, [AffineLayer.Dense([[Rational.Create(1, 10)]], [0], Activation.Identity)]);
        var exact = new CompiledNetwork<Rational>(net, NumberConverters.ToRational).Evaluate([3])[0];
        var dbl = new CompiledNetwork<double>(net, NumberConverters.ToDouble).Evaluate([3.0])[0];
        Assert.NotEqual(exact, Rational.FromDouble(dbl));
        Assert.Equal(Rational.Create(3, 10), exact);
    }
}
