using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;
using static RCNetProofs.Float.Tests.FloatTestData;

namespace RCNetProofs.Float.Tests;

public sealed class FloatNetworkTests
{
    private static Gen<(Network Network, int Count, double[] Points)> Batches(Gen<Network> networks, int maxCount) =>
        from net in networks
        from count in Gen.Choose(0, maxCount)
        from points in FeatureMajorPoints(net.InputDimension, count)
        select (net, count, points);

    private static void AssertAllModesMatchReference(Network net, int count, double[] points, int? tileSize = null)
    {
        var expected = Reference(net, points, count);
        foreach (var (kernel, simd) in Modes)
        {
            var actual = new double[net.OutputDimension * count];
            FloatNetwork.Compile(net, kernel, simd, tileSize).Evaluate(points, count, actual);
            AssertBitwiseEqual(expected, actual);
        }
    }

    [Property(MaxTest = 150)]
    public Property Evaluate_RandomNetworkAnyCountUpTo256_BitwiseEqualsScalarReferenceInEveryMode() =>
        Prop.ForAll(Arb.From(Batches(NetworkGenerators.Networks(), 256)), b => AssertAllModesMatchReference(b.Network, b.Count, b.Points));

    [Property(MaxTest = 100)]
    public Property Evaluate_DyadicNetwork_BitwiseEqualsScalarReferenceInEveryMode() =>
        Prop.ForAll(Arb.From(Batches(NetworkGenerators.DyadicNetworks(), 256)), b => AssertAllModesMatchReference(b.Network, b.Count, b.Points));

    [Property(MaxTest = 60)]
    public Property Evaluate_WideNetwork_BitwiseEqualsScalarReferenceInEveryMode() =>
        Prop.ForAll(Arb.From(Batches(WideNetworks(), 100)), b => AssertAllModesMatchReference(b.Network, b.Count, b.Points));

    [Property(MaxTest = 40)]
    public Property Evaluate_SmallTiles_BitwiseEqualsScalarReference() =>
        Prop.ForAll(Arb.From(from b in Batches(WideNetworks(), 150) from tile in Gen.Elements(1, 3, 16, 17, 64) select (b, tile)),
            s => AssertAllModesMatchReference(s.b.Network, s.b.Count, s.b.Points, s.tile));

    [Fact]
    public void Evaluate_EveryCountFrom0To256_BitwiseEqualsScalarReference()
    {
        // A fixed wide network of two or more layers; every mode forces each kernel, so every tail length meets both.
        var net = SampleOne(WideNetworks().Where(n => n.Layers.Length >= 2 && n.InputDimension >= 8), 42);
        var all = SampleOne(FeatureMajorPoints(net.InputDimension, 256), 7);
        for (int count = 0; count <= 256; count++)
        {
            var points = new double[net.InputDimension * count];
            for (int j = 0; j < net.InputDimension; j++) Array.Copy(all, j * 256, points, j * count, count);
            AssertAllModesMatchReference(net, count, points);
        }
    }

    [Fact]
    public void Evaluate_CountMultipleOf512_CopiesInputAndStillMatchesReference()
    {
        // count % 512 == 0 takes the padded-copy path for the first layer.
        var net = SampleOne(WideNetworks().Where(n => n.InputDimension > 2), 3);
        const int count = 1024;
        var points = SampleOne(FeatureMajorPoints(net.InputDimension, count), 5);
        AssertAllModesMatchReference(net, count, points);
    }

    [Fact]
    public void EvaluateParallel_LargeBatch_BitwiseEqualsSingleThread()
    {
        var net = Sawtooth.Build(12);
        const int count = 50_001;   // 12 layers × 9 multiply-adds × 50k points is past the parallel threshold
        var points = Enumerable.Range(0, count).Select(k => k / (double)count).ToArray();
        var fn = FloatNetwork.Compile(net);
        var single = new double[count];
        fn.Evaluate(points, count, single);
        var parallel = new double[count];
        fn.EvaluateParallel(points, count, parallel);
        AssertBitwiseEqual(single, parallel);
        var twoThreads = new double[count];
        fn.EvaluateParallel(points, count, twoThreads, maxDegreeOfParallelism: 2);
        AssertBitwiseEqual(single, twoThreads);
        AssertBitwiseEqual(Reference(net, points, count)[..1000], single[..1000]);
    }

    [Fact]
    public void EvaluateParallel_SmallBatch_EqualsReference()
    {
        var net = Triangle.Build();
        double[] points = [0, 0.25, 0.5, 0.75, 1, 1.5, -1];
        var output = new double[points.Length];
        FloatNetwork.Compile(net).EvaluateParallel(points, points.Length, output);
        AssertBitwiseEqual(Reference(net, points, points.Length), output);
    }

    [Fact]
    public void Evaluate_Sawtooth_MatchesTheTentMapOnDyadicPoints()
    {
        // Δ^{∘L}(m/2^L) = m mod 2 (Sawtooth docs); dyadic points with few bits are exact in double.
        const int L = 10, count = 1 << L;
        var points = Enumerable.Range(0, count).Select(m => m / (double)count).ToArray();
        var output = FloatNetwork.Compile(Sawtooth.Build(L)).Evaluate(points, count);
        for (int m = 0; m < count; m++) Assert.Equal(m % 2, output[m]);
    }

    [Fact]
    public void Evaluate_ReturnsArrayInFeatureMajorLayout()
    {
        // Two outputs (x + y, x − y) at three points.
        var layer = AffineLayer.Dense([[Rational.One, Rational.One], [Rational.One, -Rational.One]], [Rational.Zero, Rational.Zero], Activation.Identity);
        var fn = FloatNetwork.Compile(new Network(2, [layer]));
        var output = fn.Evaluate([1, 2, 3, 10, 20, 30], 3);
        Assert.Equal([11, 22, 33, -9, -18, -27], output);
        Assert.Equal(2, fn.InputDimension);
        Assert.Equal(2, fn.OutputDimension);
    }

    [Fact]
    public void Evaluate_ZeroPoints_WritesNothing()
    {
        var output = FloatNetwork.Compile(Triangle.Build()).Evaluate(ReadOnlySpan<double>.Empty, 0);
        Assert.Empty(output);
    }

    [Fact]
    public void Evaluate_WrongLengths_Throw()
    {
        var fn = FloatNetwork.Compile(Triangle.Build());
        Assert.Throws<ArgumentException>(() => fn.Evaluate(new double[3], 2, new double[2]));
        Assert.Throws<ArgumentException>(() => fn.Evaluate(new double[2], 2, new double[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => fn.Evaluate(new double[0], -1, new double[0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => fn.EvaluateParallel(new double[2], 2, new double[2], maxDegreeOfParallelism: 0));
    }

    [Fact]
    public void Evaluate_OutputOverlappingPoints_Throws()
    {
        var fn = FloatNetwork.Compile(Triangle.Build());
        var buffer = new double[4];
        Assert.Throws<ArgumentException>(() => fn.Evaluate(buffer.AsSpan(0, 3), 3, buffer.AsSpan(1, 3)));
    }

    [Fact]
    public void Evaluate_NonFiniteInputsOnSparseRows_FollowTheReference()
    {
        // NaN passes a ReLU unchanged and ∞ − ∞ is NaN, in the batched path as in the reference.
        var net = Triangle.Build();
        double[] points = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.5];
        foreach (var simd in Widths)
        {
            var output = new double[points.Length];
            FloatNetwork.Compile(net, FloatKernel.SparseRows, simd).Evaluate(points, points.Length, output);
            AssertBitwiseEqual(Reference(net, points, points.Length), output);
        }
    }

    [Fact]
    public void Compile_TileSizeFitsWidestHiddenLayer()
    {
        var fn = FloatNetwork.Compile(Sawtooth.Build(3));
        Assert.Equal(3, fn.MaxHiddenWidth);
        Assert.True(fn.TileSize * fn.MaxHiddenWidth * sizeof(double) <= 16 * 1024);
        Assert.Equal(0, fn.TileSize % (4 * System.Numerics.Vector<double>.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => FloatNetwork.Compile(Triangle.Build(), FloatKernel.Auto, FloatSimd.Portable, tileSize: 0));
    }
}
