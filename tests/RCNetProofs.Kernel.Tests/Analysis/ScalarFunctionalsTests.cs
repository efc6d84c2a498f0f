using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

public class ScalarFunctionalsTests
{
    [Theory]
    [InlineData(1)] [InlineData(3)] [InlineData(8)]
    public void Sawtooth_HasLipschitz2PowL_RangeZeroOne_AndIsNotMonotone(int L)
    {
        var p = ScalarFunctionals.Analyse(TestNetworks.Sawtooth(L), 0, 1);
        Assert.True(p.Enumeration.Complete);
        Assert.Equal(Rational.Pow(2, L), p.Lipschitz);
        Assert.Equal(Rational.Zero, p.Min);
        Assert.Equal(Rational.One, p.Max);
        Assert.Equal(Rational.One, TestNetworks.Tent(p.ArgMax, L));
        Assert.False(p.NonDecreasing);
        Assert.False(p.NonIncreasing);
    }

    [Fact]
    public void YarotskySquare_IsNonDecreasingOnTheUnitInterval_WithRangeZeroOne()
    {
        var p = ScalarFunctionals.Analyse(TestNetworks.YarotskySquare(5), 0, 1);
        Assert.True(p.NonDecreasing);
        Assert.False(p.NonIncreasing);
        Assert.Equal(Rational.Zero, p.Min);
        Assert.Equal(Rational.One, p.Max);
        // the steepest chord of x² on the grid 1/32 is the last one: (1 − (31/32)²)·32 = 63/32
        Assert.Equal(Rational.Create(63, 32), p.Lipschitz);
    }

    [Fact]
    public void EqualOn_SameFunctionDifferentWeights_IsEqual()
    {
        // |x| = σ(x) + σ(−x) and |x| = 2σ(x) − x written as σ(x)·2 + (identity neuron)·(−1)
        var other = new Network(1, [
            AffineLayer.Dense([[Rational.One], [Rational.One]], [Rational.Zero, Rational.Zero], [Activation.Relu, Activation.Identity]),
            AffineLayer.Dense([[(Rational)2, -Rational.One]], [Rational.Zero], Activation.Identity)]);
        var (run, equal, witness) = ScalarFunctionals.EqualOn(TestNetworks.Abs(), other, -3, 5);
        Assert.True(run.Complete);
        Assert.True(equal);
        Assert.Null(witness);
    }

    [Fact]
    public void EqualOn_DifferentDepths_FindsTheLargestDifferenceAtAPieceEnd()
    {
        // Δ∘Δ versus Δ: they differ most at x = 1/2, where Δ = 1 and Δ∘Δ = Δ(1) = 0
        var (run, equal, witness) = ScalarFunctionals.EqualOn(TestNetworks.Sawtooth(2), TestNetworks.Sawtooth(1), 0, 1);
        Assert.True(run.Complete);
        Assert.False(equal);
        var x = witness!.Value;
        Assert.Equal(Rational.Create(1, 2), x);
        Assert.Equal(Rational.One, Rational.Abs(TestNetworks.Tent(x, 2) - TestNetworks.Tent(x, 1)));
    }

    [Fact]
    public void Difference_OfRandomDyadicNetworks_EvaluatesToTheDifference()
    {
        var nets = new[] { TestNetworks.Sawtooth(3), TestNetworks.YarotskySquare(2), TestNetworks.Abs(), TestNetworks.Zero() };
        foreach (var a in nets)
        foreach (var b in nets)
        {
            var d = ScalarFunctionals.Difference(a, b);
            for (int k = -8; k <= 24; k++)
            {
                var x = Rational.Create(k, 16);
                Assert.Equal(a.Evaluate(x)[0] - b.Evaluate(x)[0], d.Evaluate(x)[0]);
            }
        }
    }
}
