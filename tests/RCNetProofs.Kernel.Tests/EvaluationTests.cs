using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public sealed class EvaluationTests
{
    // |x| = relu(x) + relu(−x), written as a network.
    private static Network Abs() => new(1, [
        AffineLayer.Dense([[1], [-1]], [0, 0], Activation.Relu),
        AffineLayer.Dense([[1, 1]], [0], Activation.Identity)]);

    [Property(MaxTest = 200)]
    public Property EvaluateRational_RandomNetwork_MatchesTheDenseOracle() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.Networks(), NetworkGenerators.RationalPoints, 3)), sample =>
        {
            var (net, points) = sample;
            foreach (var x in points) Assert.Equal(CompiledNetworkTests.DenseOracle(net, x), net.Evaluate(x));
        });

    [Property(MaxTest = 200)]
    public Property EvaluateDyadic_DyadicNetwork_EqualsRationalEvaluation() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.DyadicNetworks(), NetworkGenerators.DyadicGridPoints, 3)), sample =>
        {
            var (net, points) = sample;
            foreach (var x in points)
            {
                var viaDyadic = net.Evaluate(x.Select(v => v.ToDyadic()).ToArray());
                // Invariant: a dyadic network maps dyadic points to dyadic values.
                Assert.Equal(net.Evaluate(x), viaDyadic.Select(d => d.ToRational()).ToArray());
            }
        });

    [Fact]
    public void EvaluateScalar_AbsNetwork_IsTheAbsoluteValue()
    {
        for (int k = -7; k <= 7; k++)
        {
            var x = Rational.Create(k, 3);
            Assert.Equal(Rational.Abs(x), Abs().EvaluateScalar(x));
        }
    }

    [Fact]
    public void EvaluateScalar_VectorOutputNetwork_ReturnsTheFirstOutput()
    {
        var net = new Network(1, [AffineLayer.Dense([[2], [3]], [1, 0], Activation.Identity)]);
        Assert.Equal((Rational)7, net.EvaluateScalar(3));
        Assert.Equal(new Rational[] { 7, 9 }, net.Evaluate(new Rational[] { 3 }));
    }

    [Fact]
    public void EvaluateDyadic_NonDyadicNetwork_Throws()
    {
        var net = new Network(1, [AffineLayer.Dense([[Rational.Create(2, 3)]], [0], Activation.Identity)]);
        Assert.Throws<NetworkException>(() => net.Evaluate(new Dyadic[] { Dyadic.One }));
    }

    [Fact]
    public void Evaluate_WrongDimension_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Abs().Evaluate(new Rational[] { 1, 2 }));
    }

    [Fact]
    public void Evaluate_HugeExactValues_DoNotOverflow()
    {
        // Ten layers doubling 2^62 leave the 64-bit fast path; the result must still be exact.
        var layers = Enumerable.Range(0, 10).Select(_ => AffineLayer.Dense([[2]], [0], Activation.Relu))
            .Append(AffineLayer.Dense([[1]], [0], Activation.Identity));
        var net = new Network(1, layers);
        var x = (Rational)(System.Numerics.BigInteger.One << 62);
        Assert.Equal((Rational)(System.Numerics.BigInteger.One << 72), net.EvaluateScalar(x));
    }
}
