using BenchmarkDotNet.Attributes;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Float;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// Δ^{∘L} in double over 10,000 points x = k/2^40: the batched feature-major path (one thread and all cores)
/// against the kernel's generic scalar evaluator and a whole-batch TensorPrimitives evaluation (<see cref="TensorPrimitivesRows"/>). Warm-up is 6 × 250 ms.
/// </summary>
[MinColumn, MedianColumn]
[WarmupCount(6), IterationTime(250), IterationCount(20)]
public class FloatSawtoothBenchmarks
{
    private const int Count = 10_000;
    private FloatNetwork _float = null!;
    private CompiledNetwork<double> _scalar = null!;
    private TensorPrimitivesRows _tensor = null!;
    private double[] _scratchA = null!, _scratchB = null!;
    private readonly double[] _points = Enumerable.Range(0, Count).Select(k => Math.ScaleB(k, -40)).ToArray();
    private readonly double[] _output = new double[Count];

    [Params(10, 40, 100)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var network = Sawtooth.Build(Depth);
        _float = FloatNetwork.Compile(network);
        _scalar = new CompiledNetwork<double>(network, NumberConverters.ToDouble);
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
        var y = new double[1];
        var a = new double[_scalar.MaxWidth];
        var b = new double[_scalar.MaxWidth];
        for (int k = 0; k < Count; k++)
        {
            _scalar.Evaluate(_points.AsSpan(k, 1), y, a, b);
            _output[k] = y[0];
        }
        return _output[Count - 1];
    }

    [Benchmark]
    public double TensorPrimitivesWholeBatch()
    {
        _tensor.Evaluate(_points, Count, _output, _scratchA, _scratchB);
        return _output[Count - 1];
    }

    [Benchmark]
    public double BatchedOneCore()
    {
        _float.Evaluate(_points, Count, _output);
        return _output[Count - 1];
    }

    [Benchmark]
    public double BatchedAllCores()
    {
        _float.EvaluateParallel(_points, Count, _output);
        return _output[Count - 1];
    }
}
