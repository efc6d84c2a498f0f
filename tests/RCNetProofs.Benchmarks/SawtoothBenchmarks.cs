using BenchmarkDotNet.Attributes;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// Δ^{∘L} at 10,000 points k/2^40, one invoke = all points: exact per point through
/// <see cref="CompiledNetwork{T}"/> over <see cref="Dyadic"/>, exact in batches through
/// <see cref="DyadicBatchEvaluator"/>, and over double per point for comparison.
/// </summary>
[Config(typeof(BenchConfig))]
public class SawtoothBenchmarks
{
    private const int Points = 10_000;
    private const int Bits = 40;

    [Params(10, 40, 100)]
    public int L { get; set; }

    private CompiledNetwork<Dyadic> _exact = null!;
    private CompiledNetwork<double> _float = null!;
    private DyadicBatchEvaluator _batch = null!;
    private Dyadic[] _outBatch = [];
    private Dyadic[] _xs = [];
    private double[] _xd = [];
    private Dyadic[] _out = [];
    private double[] _outd = [];
    private Dyadic[] _scratchA = [], _scratchB = [];
    private double[] _scratchDA = [], _scratchDB = [];

    [GlobalSetup]
    public void Setup()
    {
        var net = SawtoothNetwork.Build(L);
        _exact = new CompiledNetwork<Dyadic>(net, NumberConverters.ToDyadic);
        _float = new CompiledNetwork<double>(net, NumberConverters.ToDouble);
        _batch = new DyadicBatchEvaluator(net);
        var ks = SawtoothNetwork.RandomNumerators(Points, Bits, 40);
        _xs = Array.ConvertAll(ks, k => Dyadic.Create(k, -Bits));
        _xd = Array.ConvertAll(_xs, x => x.ToDouble());
        _out = new Dyadic[Points]; _outd = new double[Points]; _outBatch = new Dyadic[Points];
        _scratchA = new Dyadic[_exact.MaxWidth]; _scratchB = new Dyadic[_exact.MaxWidth];
        _scratchDA = new double[_float.MaxWidth]; _scratchDB = new double[_float.MaxWidth];

        // Checked once, outside the timed region: every exact output is the tent map's value.
        ExactCompiled();
        ExactBatched();
        for (int i = 0; i < Points; i++)
        {
            var want = SawtoothNetwork.TentOracle(ks[i], Bits, L);
            if (_out[i] != want) throw new InvalidOperationException($"Δ^{L}({_xs[i]}) = {_out[i]}, tent map gives {want}");
            if (_outBatch[i] != want) throw new InvalidOperationException($"batched Δ^{L}({_xs[i]}) = {_outBatch[i]}, tent map gives {want}");
        }
    }

    [Benchmark(Baseline = true)]
    public void ExactCompiled()
    {
        var xs = _xs; var output = _out;
        for (int i = 0; i < xs.Length; i++)
            _exact.Evaluate(xs.AsSpan(i, 1), output.AsSpan(i, 1), _scratchA, _scratchB);
    }

    [Benchmark]
    public void ExactBatched() => _batch.Evaluate(_xs, _outBatch);

    [Benchmark]
    public void DoubleCompiled()
    {
        var xs = _xd; var output = _outd;
        for (int i = 0; i < xs.Length; i++)
            _float.Evaluate(xs.AsSpan(i, 1), output.AsSpan(i, 1), _scratchDA, _scratchDB);
    }
}
