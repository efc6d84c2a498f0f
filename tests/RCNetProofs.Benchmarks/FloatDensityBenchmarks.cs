using BenchmarkDotNet.Attributes;
using RCNetProofs.Float;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// Where dense tiles overtake sparse rows: the 117 × 117 layer of <see cref="FloatDenseBenchmarks"/> over 4,096 points,
/// one core, with each kernel forced, at densities around <c>FloatLayer.DenseThreshold</c>. Warm-up is 6 × 250 ms.
/// </summary>
[MinColumn, MedianColumn]
[WarmupCount(6), IterationTime(250), IterationCount(20)]
public class FloatDensityBenchmarks
{
    private const int Width = 117, Count = 4096;
    private FloatNetwork _dense = null!, _sparse = null!;
    private double[] _points = null!, _output = null!;

    [Params(0.05, 0.1, 0.15, 0.2, 0.3, 0.4)]
    public double Density { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(117);
        var rows = new IReadOnlyList<Rational>[Width];
        for (int i = 0; i < Width; i++)
        {
            var row = new Rational[Width];
            for (int j = 0; j < Width; j++)
                row[j] = random.NextDouble() < Density
                    ? Rational.Create(random.Next(1, 10) * (random.Next(2) * 2 - 1), 1L << random.Next(4))
                    : Rational.Zero;
            rows[i] = row;
        }
        var bias = Enumerable.Range(0, Width).Select(i => Rational.Create(i - Width / 2, 8)).ToArray();
        var network = new Network(Width, [AffineLayer.Sparse(Width, rows.Select(r => (IReadOnlyList<(int, Rational)>)r.Select((w, j) => (j, w)).Where(t => !t.w.IsZero).ToArray()).ToArray(), bias, Activation.Identity)]);
        _dense = FloatNetwork.Compile(network, FloatKernel.DenseTiles, FloatSimdChoice.Best);
        _sparse = FloatNetwork.Compile(network, FloatKernel.SparseRows, FloatSimdChoice.Best);
        _points = new double[Width * Count];
        for (int i = 0; i < _points.Length; i++) _points[i] = random.Next(-1 << 20, 1 << 20) / (double)(1 << 20);
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
