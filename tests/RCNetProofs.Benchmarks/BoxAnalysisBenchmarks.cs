using BenchmarkDotNet.Attributes;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// The cube-by-cube check's work: <see cref="BoxAnalysis.DecideAffine"/> on every cube Q_β outside Ω of the flattened
/// RC-T1.1 RCNet (d = 1: |x − 1/3|, d = 2: max(x1, x2); p = 2), with the integer propagation it uses against the
/// rational propagation it replaced. Warm-up is 3 × 1 s.
/// </summary>
[MinColumn, MedianColumn]
[WarmupCount(3), IterationTime(1000), IterationCount(5)]
public class BoxAnalysisBenchmarks
{
    private Network _flat = null!;
    private Box[] _cubes = null!;

    [Params(1, 2)]
    public int D { get; set; }

    [Params(64)]
    public int R { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var target = D == 1 ? ApproximationTarget.AbsDistance(Rational.Create(1, 3)) : ApproximationTarget.Max2();
        var net = CompositionApprox.Build(target, R, 2);
        _flat = net.Flatten();
        var omega = new TriflingRegion(D, TriflingRegion.GridSize(R, D), Rational.Parse(net.Meta["delta"]));
        _cubes = omega.Indices().Select(omega.Cube).ToArray();
    }

    [Benchmark]
    public int Integer()
    {
        int constant = 0;
        foreach (var cube in _cubes) if (BoxAnalysis.DecideAffine(_flat, cube).IsConstant) constant++;
        return constant;
    }

    [Benchmark(Baseline = true)]
    public int RationalPropagation()
    {
        int constant = 0;
        foreach (var cube in _cubes)
        {
            var (coef, cst) = BoxAnalysis.IdentityForms(D);
            if (BoxAnalysis.DecideAffineRational(_flat, cube, 0, coef, cst).IsConstant) constant++;
        }
        return constant;
    }
}
