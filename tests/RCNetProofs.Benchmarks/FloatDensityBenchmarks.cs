using BenchmarkDotNet.Attributes;
using RCNetProofs.Float;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// Where dense tiles overtake sparse rows: the layer of <see cref="DenseLayerFixture"/> over its 4,096 points,
/// one core, with each kernel forced, at densities around <c>FloatLayer.DenseThreshold</c>. Warm-up is 6 × 250 ms.
/// </summary>
[MinColumn, MedianColumn]
[WarmupCount(6), IterationTime(250), IterationCount(20)]
public class FloatDensityBenchmarks
{
    private const int Width = DenseLayerFixture.Width, Count = DenseLayerFixture.Count;
    private FloatNetwork _dense = null!, _sparse = null!;
    private double[] _points = null!, _output = null!;

    [Params(0.05, 0.1, 0.15, 0.2, 0.3, 0.4)]
    public double Density { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (network, points) = DenseLayerFixture.Build(Density);
        _dense = FloatNetwork.Compile(network, FloatKernel.DenseTiles, FloatSimdChoice.Best);
        _sparse = FloatNetwork.Compile(network, FloatKernel.SparseRows, FloatSimdChoice.Best);
        _points = points;
        _output = new double[Width * Count];
        var check = new double[_output.Length];
        _dense.Evaluate(_points, Count, _output);
        _sparse.Evaluate(_points, Count, check);
        if (!check.AsSpan().SequenceEqual(_output)) throw new InvalidOperationException("the dense and sparse kernels disagree");
    }

    [Benchmark]
    public double Dense()
    {
        _dense.Evaluate(_points, Count, _output);
        return _output[0];
    }

    [Benchmark]
    public double Sparse()
    {
        _sparse.Evaluate(_points, Count, _output);
        return _output[0];
    }
}
