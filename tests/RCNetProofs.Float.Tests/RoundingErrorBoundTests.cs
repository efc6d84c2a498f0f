using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;
using static RCNetProofs.Float.Tests.FloatTestData;

namespace RCNetProofs.Float.Tests;

public sealed class RoundingErrorBoundTests
{
    private static readonly Rational Unit = Rational.FromDyadic(RoundingErrorBound.UnitRoundoff);

    // Fused multiply-adds in the reference order: a different rounding pattern the bound must also cover.
    private static double[] FusedEvaluate(Network net, double[] x)
    {
        var v = x;
        foreach (var layer in net.Layers)
        {
            var y = new double[layer.OutputSize];
            for (int i = 0; i < y.Length; i++)
            {
                double acc = layer.Bias[i].ToDouble();
                var cols = layer.RowColumns(i); var vals = layer.RowValues(i);
                for (int k = 0; k < cols.Length; k++) acc = Math.FusedMultiplyAdd(vals[k].ToDouble(), v[cols[k]], acc);
                y[i] = layer.Activations[i] == Activation.Relu && acc < 0 ? 0 : acc;
            }
            v = y;
        }
        return v;
    }

    private static void AssertContains(Network net, Rational[][] points)
    {
        var bound = RoundingErrorBound.For(net);
        var exact = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        var scalar = new CompiledNetwork<double>(net, NumberConverters.ToDouble);
        var batched = FloatNetwork.Compile(net).Evaluate(ToFeatureMajor(points, net.InputDimension), points.Length);
        for (int p = 0; p < points.Length; p++)
        {
            var x = points[p];
            var b = bound.At(x, out var traced);
            Assert.NotNull(b);
            var y = exact.Evaluate(x);
            Assert.Equal(y, traced);
            var xd = x.Select(v => v.ToDouble()).ToArray();
            var f = scalar.Evaluate(xd);
            var fused = FusedEvaluate(net, xd);
            for (int j = 0; j < y.Length; j++)
            {
                var limit = b![j].ToRational();
                Assert.True(Rational.Abs(Rational.FromDouble(f[j]) - y[j]) <= limit, $"scalar output {j}: error beyond {b[j]}");
                Assert.True(Rational.Abs(Rational.FromDouble(batched[j * points.Length + p]) - y[j]) <= limit, $"batched output {j}");
                Assert.True(Rational.Abs(Rational.FromDouble(fused[j]) - y[j]) <= limit, $"fused output {j}");
                // Not vacuous: these small networks keep every magnitude under about 2^30, so the bound stays tiny.
                Assert.True(limit <= Rational.Create(1, 1 << 10), $"bound {b[j]} is vacuous");
            }
        }
    }

    [Property(MaxTest = 200)]
    public Property At_RandomNetworkAndRationalPoints_ContainsTheRealError() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.Networks(), NetworkGenerators.RationalPoints, 4)),
            s => AssertContains(s.Network, s.Points));

    [Property(MaxTest = 60)]
    public Property At_WideNetworkAndRationalPoints_ContainsTheRealError() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(WideNetworks(), NetworkGenerators.RationalPoints, 2)),
            s => AssertContains(s.Network, s.Points));

    [Property(MaxTest = 100)]
    public Property At_DyadicNetworkAtGridPoints_DoubleIsExactAndBoundNonNegative() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.DyadicNetworks(), NetworkGenerators.DyadicGridPoints, 3)), s =>
        {
            var bound = RoundingErrorBound.For(s.Network);
            var scalar = new CompiledNetwork<double>(s.Network, NumberConverters.ToDouble);
            foreach (var x in s.Points)
            {
                var b = bound.At(x, out var exact);
                Assert.NotNull(b);
                Assert.All(b!, v => Assert.True(v.Sign >= 0));
                Assert.Equal(exact, scalar.Evaluate(x.Select(v => v.ToDouble()).ToArray()).Select(Rational.FromDouble).ToArray());
            }
        });

    [Fact]
    public void Gamma_IsAnUpperBoundWithinTheStatedSlack()
    {
        Assert.Equal(Dyadic.Zero, RoundingErrorBound.Gamma(0));
        foreach (int n in new[] { 1, 2, 3, 17, 1000, int.MaxValue })
        {
            var exact = n * Unit / (Rational.One - n * Unit);
            var g = RoundingErrorBound.Gamma(n).ToRational();
            Assert.True(g >= exact);
            Assert.True(g <= exact * (Rational.One + Rational.FromDyadic(Dyadic.PowerOfTwo(-29))));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundingErrorBound.Gamma(-1));
    }

    [Fact]
    public void At_OneThirdTimesThree_BoundIsAFewUnitsAndHoldsExactly()
    {
        // y = 3·x at x = 1/3: fl(1/3)·3 rounds once more; the bound is γ_2·|3·fl(1/3)| + 3·|fl(1/3) − 1/3|.
        var net = new Network(1, [AffineLayer.Dense([[(Rational)3]], [Rational.Zero], Activation.Identity)]);
        var b = RoundingErrorBound.For(net).At([Rational.Create(1, 3)])!;
        var f = FloatNetwork.Compile(net).Evaluate([1.0 / 3], 1)[0];
        var error = Rational.Abs(Rational.FromDouble(f) - Rational.One);
        Assert.True(error <= b[0].ToRational());
        Assert.True(b[0].ToRational() <= 4 * Unit);
    }

    [Fact]
    public void At_ReluFarBelowZero_PassesNoError()
    {
        // σ(x/3 − 5) at x = 1/7 is 0 in double as well: the refinement min(E, max(0, z + E)) gives exactly 0.
        var hidden = AffineLayer.Dense([[Rational.Create(1, 3)]], [(Rational)(-5)], Activation.Relu);
        var output = AffineLayer.Dense([[(Rational)7]], [Rational.Zero], Activation.Identity);
        var b = RoundingErrorBound.For(new Network(1, [hidden, output])).At([Rational.Create(1, 7)])!;
        Assert.Equal(Dyadic.Zero, b[0]);
    }

    [Fact]
    public void At_IntermediateOverflow_ReturnsNull()
    {
        var big = Rational.FromDyadic(Dyadic.PowerOfTwo(600));
        var l1 = AffineLayer.Dense([[big]], [Rational.Zero], Activation.Identity);
        var l2 = AffineLayer.Dense([[big]], [Rational.Zero], Activation.Identity);
        var net = new Network(1, [l1, l2]);
        var bound = RoundingErrorBound.For(net);
        Assert.True(bound.WeightsFinite);
        Assert.Null(bound.At([Rational.One]));
        Assert.True(double.IsInfinity(FloatNetwork.Compile(net).Evaluate([1.0], 1)[0]));
        Assert.NotNull(bound.At([Rational.FromDyadic(Dyadic.PowerOfTwo(-300))]));
    }

    [Fact]
    public void For_WeightBeyondDoubleRange_HasNoBound()
    {
        var huge = Rational.FromDyadic(Dyadic.PowerOfTwo(1100));
        var net = new Network(1, [AffineLayer.Dense([[huge]], [Rational.Zero], Activation.Identity)]);
        var bound = RoundingErrorBound.For(net);
        Assert.False(bound.WeightsFinite);
        Assert.Null(bound.At([Rational.Zero]));
    }

    [Fact]
    public void At_InputBeyondDoubleRange_HasNoBound()
    {
        var net = new Network(1, [AffineLayer.Dense([[Rational.One]], [Rational.Zero], Activation.Identity)]);
        Assert.Null(RoundingErrorBound.For(net).At([Rational.FromDyadic(Dyadic.PowerOfTwo(1100))]));
    }

    [Fact]
    public void At_WrongDimension_Throws()
    {
        var net = new Network(2, [AffineLayer.Dense([[Rational.One, Rational.One]], [Rational.Zero], Activation.Identity)]);
        Assert.Throws<ArgumentException>(() => RoundingErrorBound.For(net).At([Rational.One]));
    }
}
