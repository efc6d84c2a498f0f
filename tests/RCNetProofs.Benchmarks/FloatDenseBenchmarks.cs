using BenchmarkDotNet.Attributes;
using RCNetProofs.Float;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// One dense layer y = W·x + b, 117 × 117, over 4,096 points x = k/2^20, with weights ±(1..9)/q, q ∈ {1, 2, 4, 8},
/// at 10 % and 100 % density: the batched path (one thread and all cores) against the generic scalar evaluator and a whole-batch TensorPrimitives evaluation (<see cref="TensorPrimitivesRows"/>).
/// Warm-up is 6 × 250 ms.
/// </summary>
[MinColumn, MedianColumn]
[WarmupCount(6), IterationTime(250), IterationCount(20)]
public class FloatDenseBenchmarks
{
    private const int Width = DenseLayerFixture.Width, Count = DenseLayerFixture.Count;
    private FloatNetwork _float = null!;
    private CompiledNetwork<double> _scalar = null!;
    private TensorPrimitivesRows _tensor = null!;
    private double[] _scratchA = null!, _scratchB = null!;
    private double[] _points = null!;
    private double[] _output = null!;

    [Params(0.1, 1.0)]
    public double Density { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (network, points) = DenseLayerFixture.Build(Density);
        _float = FloatNetwork.Compile(network);
        _scalar = new CompiledNetwork<double>(network, NumberConverters.ToDouble);
        _points = points;
        _output = new double[Width * Count];
        _tensor = new TensorPrimitivesRows(network);
        _scratchA = new double[_tensor.ScratchLength(Count)];
        _scratchB = new double[_tensor.ScratchLength(Count)];
        // The paths under comparison must agree bitwise, or the timings compare different work.
        var expected = new double[_output.Length];
        _tensor.Evaluate(_points, Count, expected, _scratchA, _scratchB);
        _float.Evaluate(_points, Count, _output);
        if (!expected.AsSpan().SequenceEqual(_output))
            throw new InvalidOperationException("the batched path disagrees with the TensorPrimitives baseline");
    }

    [Benchmark(Baseline = true)]
    public double ScalarReference()
    {
        var x = new double[Width];
        var y = new double[Width];
        var a = new double[_scalar.MaxWidth];
        var b = new double[_scalar.MaxWidth];
        for (int p = 0; p < Count; p++)
        {
            for (int j = 0; j < Width; j++) x[j] = _points[j * Count + p];
            _scalar.Evaluate(x, y, a, b);
            for (int j = 0; j < Width; j++) _output[j * Count + p] = y[j];
        }
        return _output[0];
    }

    [Benchmark]
    public double TensorPrimitivesWholeBatch()
    {
        _tensor.Evaluate(_points, Count, _output, _scratchA, _scratchB);
        return _output[0];
    }

    [Benchmark]
    public double BatchedOneCore()
    {
        _float.Evaluate(_points, Count, _output);
        return _output[0];
    }

    [Benchmark]
    public double BatchedAllCores()
    {
        _float.EvaluateParallel(_points, Count, _output);
        return _output[0];
    }
}
