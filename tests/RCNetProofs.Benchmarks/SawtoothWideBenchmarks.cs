using System.Numerics;
using BenchmarkDotNet.Attributes;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// Δ^{∘L} at 10,000 points k/2^128: the values need more than 64 bits, so the batched evaluator runs on its
/// wide (multi-limb) lanes; this measures that next to the per-point evaluator.
/// </summary>
[Config(typeof(BenchConfig))]
public class SawtoothWideBenchmarks
{
    private const int Points = 10_000;
    private const int Bits = 128;

    [Params(10, 40)]
    public int L { get; set; }

    private CompiledNetwork<Dyadic> _exact = null!;
    private DyadicBatchEvaluator _batch = null!;
    private Dyadic[] _xs = [], _out = [], _outBatch = [], _scratchA = [], _scratchB = [];

    [GlobalSetup]
    public void Setup()
    {
        var net = SawtoothNetwork.Build(L);
        _exact = new CompiledNetwork<Dyadic>(net, NumberConverters.ToDyadic);
        _batch = new DyadicBatchEvaluator(net);
        var rng = new Random(128);
        var ks = new BigInteger[Points];
        for (int i = 0; i < Points; i++) ks[i] = OperandSets.RandomBits(rng, Bits + 1) % ((BigInteger.One << Bits) + 1);
        _xs = Array.ConvertAll(ks, k => Dyadic.Create(k, -Bits));
        _out = new Dyadic[Points]; _outBatch = new Dyadic[Points];
        _scratchA = new Dyadic[_exact.MaxWidth]; _scratchB = new Dyadic[_exact.MaxWidth];

        ExactCompiled();
        ExactBatched();
        for (int i = 0; i < Points; i++)
        {
            var want = SawtoothNetwork.TentOracle(ks[i], Bits, L);
            if (_out[i] != want || _outBatch[i] != want)
                throw new InvalidOperationException($"Δ^{L}({_xs[i]}): per point {_out[i]}, batched {_outBatch[i]}, tent map {want}");
        }
    }

    [Benchmark(Baseline = true)]
    public void ExactCompiled()
    {
        for (int i = 0; i < _xs.Length; i++)
            _exact.Evaluate(_xs.AsSpan(i, 1), _out.AsSpan(i, 1), _scratchA, _scratchB);
    }

    [Benchmark]
    public void ExactBatched() => _batch.Evaluate(_xs, _outBatch);
}
