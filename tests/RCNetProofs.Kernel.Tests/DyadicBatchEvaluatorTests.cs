using System.Numerics;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public class DyadicBatchEvaluatorTests
{
    /// <summary>How the random weights and points are drawn; the later regimes force lane overflow.</summary>
    public enum Regime { Small, BigWeights, TinyInputs, HugeMantissas, NearBoundary, Mixed, WideValues, BeyondWide }

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
            // 65 to 400 significant bits of either sign: wide lanes of 2 to 8 limbs, with room to grow.
            Regime.WideValues when pick < 12 => Dyadic.Create(RandomBig(rng, rng.Next(65, 400)) | 1, rng.Next(-420, 40)),
            // Near and past the 512-bit limit of the wide lanes, so some layers must fall back to Dyadic.
            Regime.BeyondWide when pick < 10 => Dyadic.Create(RandomBig(rng, rng.Next(440, 700)) | 1, rng.Next(-700, 10)),
            _ => small,
        };
    }

    /// <summary>A random integer of exactly <paramref name="bits"/> bits, of random sign.</summary>
    private static BigInteger RandomBig(Random rng, int bits)
    {
        var bytes = new byte[bits / 8 + 1];
        rng.NextBytes(bytes);
        var v = new BigInteger(bytes, isUnsigned: true) & ((BigInteger.One << (bits - 1)) - 1) | (BigInteger.One << (bits - 1));
        return rng.Next(2) == 0 ? v : -v;
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

    [Property(MaxTest = 300)]
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

    /// <summary>The tent map applied <paramref name="compositions"/> times to k/2^bits, in integers.</summary>
    private static Dyadic Tent(BigInteger k, int bits, int compositions)
    {
        var one = BigInteger.One << bits;
        for (int l = 0; l < compositions; l++) k = 2 * k <= one ? 2 * k : 2 * (one - k);
        return Dyadic.Create(k, -bits);
    }

    [Theory]
    [InlineData(128, 40)]    // values stay near 128 bits: wide lanes of 3 limbs throughout
    [InlineData(128, 100)]   // past 64 compositions the values fit 64 bits again and the block returns to 64-bit lanes
    [InlineData(300, 20)]
    [InlineData(600, 120)]   // beyond 512 bits: Dyadic until the values have lost enough bits to enter wide lanes
    public void Evaluate_SawtoothAtWidePoints_EqualsTentMapAndCompiledDyadic(int bits, int compositions)
    {
        var rng = new Random(bits + compositions);
        var ks = Enumerable.Range(0, 700).Select(i => i switch
        {
            0 => BigInteger.Zero,
            1 => BigInteger.One << bits,
            2 => BigInteger.One << (bits - 1),
            _ => BigInteger.Abs(RandomBig(rng, bits)) >> rng.Next(0, 3),
        }).ToArray();
        var points = ks.Select(k => Dyadic.Create(k, -bits)).ToArray();
        var net = Sawtooth(compositions);

        var got = new DyadicBatchEvaluator(net).Evaluate(points);

        for (int i = 0; i < ks.Length; i++) Assert.Equal(Tent(ks[i], bits, compositions), got[i]);
        Assert.Equal(Reference(net, points), got);
    }

    [Fact]
    public void Evaluate_NegativeWideValuesThroughReluAndIdentity_EqualsCompiledDyadic()
    {
        // x·2^100 − 3 and its negation: both signs in wide lanes, ReLU clears the negative ones, and the output
        // subtracts the two back down to about 2^100 before the last layer scales them into 64 bits.
        var up = AffineLayer.Dense([[(Rational)Dyadic.PowerOfTwo(100)], [(Rational)(-Dyadic.PowerOfTwo(100))], [(Rational)Dyadic.PowerOfTwo(100)]],
            [(Rational)(-3), (Rational)3, Rational.Zero], [Activation.Relu, Activation.Relu, Activation.Identity]);
        var mix = AffineLayer.Dense([[Rational.One, -Rational.One, Rational.Half], [-Rational.One, Rational.One, -(Rational)3]], [Rational.One, Rational.Zero], Activation.Identity);
        var down = AffineLayer.Dense([[(Rational)Dyadic.PowerOfTwo(-90), (Rational)Dyadic.PowerOfTwo(-95)]], [(Rational)Dyadic.Create(7, -2)], Activation.Identity);
        var net = new Network(1, [up, mix, down]);
        var rng = new Random(5);
        var points = Enumerable.Range(0, 300).Select(_ => Dyadic.Create(rng.NextInt64(-(1L << 50), 1L << 50), -rng.Next(0, 30))).ToArray();

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
