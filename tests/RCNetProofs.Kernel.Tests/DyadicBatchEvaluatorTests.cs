using System.Numerics;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public class DyadicBatchEvaluatorTests
{
    /// <summary>How the random weights and points are drawn; the later regimes force lane overflow.</summary>
    public enum Regime { Small, BigWeights, TinyInputs, HugeMantissas, NearBoundary, Mixed }

    private static Dyadic RandomDyadic(Random rng, Regime regime)
    {
        int pick = rng.Next(20);
        if (pick < 3) return Dyadic.Zero;
        var small = Dyadic.Create(rng.Next(-9, 10), rng.Next(-5, 5));
        return regime switch
        {
            Regime.BigWeights when pick < 8 => Dyadic.Create(rng.NextInt64(-(1L << 40), 1L << 40) | 1, rng.Next(-20, 30)),
            Regime.TinyInputs when pick < 8 => Dyadic.Create(rng.NextInt64(-(1L << 62), 1L << 62) | 1, -128 - rng.Next(0, 4)),
            Regime.HugeMantissas when pick < 6 => Dyadic.Create((BigInteger.One << rng.Next(64, 130)) + rng.Next(-5, 5), rng.Next(-140, 10)),
            // Products near 2^62 to 2^64, so row sums land on both sides of the 64-bit limit.
            Regime.NearBoundary => Dyadic.Create(rng.NextInt64(1L << 29, 1L << 32) * (rng.Next(2) * 2 - 1), rng.Next(-1, 2)),
            Regime.Mixed when pick < 5 => RandomDyadic(rng, (Regime)rng.Next(1, 5)),
            _ => small,
        };
    }

    private static Network RandomNetwork(Random rng, Regime regime)
    {
        int input = rng.Next(1, 4);
        int hidden = rng.Next(0, 7);
        var layers = new List<AffineLayer>();
        int width = input;
        for (int l = 0; l <= hidden; l++)
        {
            bool last = l == hidden;
            int outSize = last ? rng.Next(1, 3) : rng.Next(1, 6);
            var rows = new List<IReadOnlyList<(int, Rational)>>();
            for (int j = 0; j < outSize; j++)
            {
                var row = new List<(int, Rational)>();
                for (int k = 0; k < width; k++) row.Add((k, RandomDyadic(rng, regime)));
                rows.Add(row);
            }
            var bias = Enumerable.Range(0, outSize).Select(_ => (Rational)RandomDyadic(rng, regime)).ToArray();
            var acts = Enumerable.Range(0, outSize).Select(_ => last || rng.Next(5) == 0 ? Activation.Identity : Activation.Relu).ToArray();
            layers.Add(AffineLayer.Sparse(width, rows, bias, acts));
            width = outSize;
        }
        return new Network(input, layers);
    }

    private static Dyadic[] RandomPoints(Random rng, Regime regime, int count, int dim) =>
        Enumerable.Range(0, count * dim).Select(_ => RandomDyadic(rng, regime)).ToArray();

    /// <summary>The reference: each point alone through the generic evaluator.</summary>
    private static Dyadic[] Reference(Network net, Dyadic[] points)
    {
        var compiled = new CompiledNetwork<Dyadic>(net, NumberConverters.ToDyadic);
        int a = net.InputDimension;
        return Enumerable.Range(0, points.Length / a).SelectMany(p => compiled.Evaluate(points.AsSpan(p * a, a))).ToArray();
    }

    private static Network Sawtooth(int compositions)
    {
        Rational[] bias = [0, -Rational.Half, -1];
        Rational[] outRow = [2, -4, 2];
        var layers = new List<AffineLayer> { AffineLayer.Dense([[Rational.One], [Rational.One], [Rational.One]], bias, Activation.Relu) };
        for (int l = 1; l < compositions; l++) layers.Add(AffineLayer.Dense([outRow, outRow, outRow], bias, Activation.Relu));
        layers.Add(AffineLayer.Dense([outRow], [Rational.Zero], Activation.Identity));
        return new Network(1, layers);
    }

    [Property(MaxTest = 150)]
    public void Evaluate_RandomNetworksAndPoints_EqualsCompiledDyadicAndIsPointwise(int seed, Regime regime)
    {
        var rng = new Random(seed);
        var net = RandomNetwork(rng, regime);
        var points = RandomPoints(rng, regime, rng.Next(1, 40), net.InputDimension);
        var batch = new DyadicBatchEvaluator(net);

        var got = batch.Evaluate(points);

        Assert.Equal(Reference(net, points), got);
        // Invariant: a point's value does not depend on the points it shares a block with.
        int a = net.InputDimension, b = net.OutputDimension, q = rng.Next(points.Length / a);
        Assert.Equal(got.AsSpan(q * b, b).ToArray(), batch.Evaluate(points.AsSpan(q * a, a)));
    }

    [Fact]
    public void Evaluate_SawtoothAt40BitPoints_EqualsTentMap()
    {
        const int bits = 40, compositions = 40;
        var rng = new Random(7);
        var ks = Enumerable.Range(0, 3000).Select(_ => rng.NextInt64(0, (1L << bits) + 1)).ToArray();
        var points = ks.Select(k => Dyadic.Create(k, -bits)).ToArray();

        var got = new DyadicBatchEvaluator(Sawtooth(compositions)).Evaluate(points);

        for (int i = 0; i < ks.Length; i++)
        {
            long k = ks[i], one = 1L << bits;
            for (int l = 0; l < compositions; l++) k = k <= one / 2 ? 2 * k : 2 * (one - k);
            Assert.Equal(Dyadic.Create(k, -bits), got[i]);
        }
    }

    [Fact]
    public void Evaluate_SawtoothAt128BitPointsAcrossBlocks_EqualsCompiledDyadic()
    {
        var rng = new Random(11);
        var net = Sawtooth(12);
        // Mostly 40-bit points with a few at 2^-128 scattered through several blocks: those blocks cannot share one 64-bit scale.
        var points = Enumerable.Range(0, 2500)
            .Select(i => i % 397 == 5 ? Dyadic.Create(rng.NextInt64(1, long.MaxValue) | 1, -128) : Dyadic.Create(rng.NextInt64(0, 1L << 40), -40))
            .ToArray();

        Assert.Equal(Reference(net, points), new DyadicBatchEvaluator(net).Evaluate(points));
    }

    [Theory]
    [InlineData(1, 1)]   // x = 1: (2^62 − 1)·2 + 1 = 2^63 − 1, the largest sum lanes may hold
    [InlineData(3, 1)]   // x = 1: 2^63 + 1, one step past it, so the layer falls back to Dyadic
    [InlineData(2, 1)]
    [InlineData(1, -3)]
    [InlineData(3, 0)]
    public void Evaluate_SumsAtTheSignedLongBoundary_EqualsCompiledDyadic(long biasValue, int weightScale)
    {
        Rational w = Dyadic.Create((1L << 62) - 1, weightScale);
        var hidden = AffineLayer.Dense([[w], [-w]], [biasValue, -biasValue], Activation.Relu);
        var output = AffineLayer.Dense([[Rational.One, Rational.One]], [Rational.Zero], Activation.Identity);
        var net = new Network(1, [hidden, output]);
        var batch = new DyadicBatchEvaluator(net);
        var points = new Dyadic[] { 1, -1, 2, 0, Dyadic.Create(3, -1), Dyadic.PowerOfTwo(-weightScale) };

        // Alone, each point sets the block's scale itself, which puts the sums right at the boundary.
        foreach (var x in points) Assert.Equal(Reference(net, [x]), batch.Evaluate([x]));
        Assert.Equal(Reference(net, points), batch.Evaluate(points));
    }

    [Fact]
    public void Evaluate_RowSumBetween2To63And2To64WithoutBias_EqualsCompiledDyadic()
    {
        Rational w = (1L << 62) + 1;
        var hidden = AffineLayer.Dense([[w, w], [w, -w]], [Rational.Zero, Rational.Zero], Activation.Identity);
        var output = AffineLayer.Dense([[Rational.One, Rational.Half]], [Rational.Zero], Activation.Identity);
        var net = new Network(2, [hidden, output]);
        var points = new Dyadic[] { 1, 1, 1, -1, -1, -1, 1, 0 };

        Assert.Equal(Reference(net, points), new DyadicBatchEvaluator(net).Evaluate(points));
    }

    [Fact]
    public void Evaluate_OverflowThenShrink_ReturnsToExactValues()
    {
        // 2^40·x overflows lanes for 40-bit x; 2^-60 then brings the values back into range.
        var up = AffineLayer.Dense([[(Rational)Dyadic.PowerOfTwo(40)], [(Rational)Dyadic.Create(-3, 41)]], [Rational.Half, Rational.Zero], Activation.Relu);
        var down = AffineLayer.Dense([[(Rational)Dyadic.PowerOfTwo(-60), (Rational)Dyadic.PowerOfTwo(-61)]], [(Rational)Dyadic.Create(5, -3)], Activation.Relu);
        var output = AffineLayer.Dense([[(Rational)3]], [Rational.One], Activation.Identity);
        var net = new Network(1, [up, down, output]);
        var rng = new Random(3);
        var points = Enumerable.Range(0, 200).Select(_ => Dyadic.Create(rng.NextInt64(-(1L << 45), 1L << 45), -3)).ToArray();

        Assert.Equal(Reference(net, points), new DyadicBatchEvaluator(net).Evaluate(points));
    }

    [Fact]
    public void Evaluate_WeightsWithoutCommonScale_EqualsCompiledDyadic()
    {
        // 2^70 and 2^-70 cannot be written over one 64-bit scale, so this layer is always exact-only.
        var layer = AffineLayer.Dense([[(Rational)Dyadic.PowerOfTwo(70), (Rational)Dyadic.PowerOfTwo(-70)]], [Rational.One], Activation.Identity);
        var net = new Network(2, [layer]);
        var points = new Dyadic[] { 1, 1, Dyadic.Create(3, -80), Dyadic.Create(-5, 75), 0, 0 };

        Assert.Equal(Reference(net, points), new DyadicBatchEvaluator(net).Evaluate(points));
    }

    [Fact]
    public void Evaluate_NoPoints_ReturnsEmpty()
    {
        Assert.Empty(new DyadicBatchEvaluator(Sawtooth(2)).Evaluate(ReadOnlySpan<Dyadic>.Empty));
    }

    [Fact]
    public void Constructor_NonDyadicWeight_ThrowsNetworkException()
    {
        var net = new Network(1, [AffineLayer.Dense([[Rational.Create(1, 3)]], [Rational.Zero], Activation.Identity)]);

        Assert.Throws<NetworkException>(() => new DyadicBatchEvaluator(net));
    }

    [Fact]
    public void Evaluate_InputLengthNotAMultipleOfTheDimension_ThrowsArgumentException()
    {
        var net = new Network(2, [AffineLayer.Dense([[Rational.One, Rational.One]], [Rational.Zero], Activation.Identity)]);

        Assert.Throws<ArgumentException>(() => new DyadicBatchEvaluator(net).Evaluate(new Dyadic[3]));
    }

    [Fact]
    public void Evaluate_OutputSpanOfWrongLength_ThrowsArgumentException()
    {
        var batch = new DyadicBatchEvaluator(Sawtooth(2));

        Assert.Throws<ArgumentException>(() => batch.Evaluate(new Dyadic[4], new Dyadic[3]));
    }
}
