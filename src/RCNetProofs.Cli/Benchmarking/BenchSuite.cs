using System.Numerics;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Float;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using RCNetProofs.Scripting;

namespace RCNetProofs.Cli.Benchmarking;

/// <summary>The kernels `rcnet bench` times: quick versions of the exact, float, certification and script paths.</summary>
/// <remarks>Inputs come from fixed seeds, so two runs time the same work.</remarks>
internal static class BenchSuite
{
    private const int SawtoothPoints = 10_000;
    private const int DenseWidth = 117, DensePoints = 4_096;

    /// <summary>Every kernel, in report order.</summary>
    public static IReadOnlyList<BenchKernel> All()
    {
        var kernels = new List<BenchKernel>();
        foreach (int l in new[] { 10, 40, 100 })
            kernels.Add(new($"sawtooth-exact/L={l}", SawtoothPoints, () => SawtoothExact(l, 40)));
        kernels.Add(new("sawtooth-exact-2^-128/L=40", SawtoothPoints, () => SawtoothExact(40, 128)));
        // The same points one at a time through CompiledNetwork<Dyadic>, the plain exact evaluator, for comparison.
        kernels.Add(new("sawtooth-pointwise/L=40", SawtoothPoints, () => SawtoothExactPerPoint(40, 40)));
        kernels.Add(new("sawtooth-pointwise-2^-128/L=40", SawtoothPoints, () => SawtoothExactPerPoint(40, 128)));
        foreach (int l in new[] { 10, 40, 100 })
            kernels.Add(new($"sawtooth-float/L={l}", SawtoothPoints, () => SawtoothFloat(l)));
        foreach (var density in new[] { 10, 100 })
        {
            kernels.Add(new($"dense117-exact/density={density}%", DensePoints, () => DenseExact(density)));
            kernels.Add(new($"dense117-float/density={density}%", DensePoints, () => DenseFloat(density)));
        }
        foreach (int m in new[] { 16, 20 })
            kernels.Add(new($"yar-sq-certify/m={m}", 0, () => SquareCertify(m)));
        // The RCNet of Theorem 1.1 is built in Constructions/RCNets (CompositionApprox); d = 1, f = |x − 1/3|.
        kernels.Add(new("rcnet-t1.1/d=1,r=64", 0, RCNetTheorem11));
        // The cube-by-cube check's kernel work: BoxAnalysis.DecideAffine on every cube outside Ω (64 cubes each).
        foreach (int d in new[] { 1, 2 })
            kernels.Add(new($"rcnet-t1.1-cubes/d={d},r=64", 0, () => RCNetCubes(d, 64)));
        kernels.Add(new("script-warm", 0, ScriptWarm));
        return kernels;
    }

    private static Action SawtoothExact(int depth, int bits)
    {
        var evaluator = new DyadicBatchEvaluator(Sawtooth.Build(depth));
        var xs = SawtoothPointsAt(bits);
        var output = new Dyadic[SawtoothPoints];
        return () => evaluator.Evaluate(xs, output);
    }

    private static Action SawtoothExactPerPoint(int depth, int bits)
    {
        var evaluator = new CompiledNetwork<Dyadic>(Sawtooth.Build(depth), NumberConverters.ToDyadic);
        var xs = SawtoothPointsAt(bits);
        var output = new Dyadic[SawtoothPoints];
        var (a, b) = (new Dyadic[evaluator.MaxWidth], new Dyadic[evaluator.MaxWidth]);
        return () =>
        {
            for (int i = 0; i < xs.Length; i++) evaluator.Evaluate(xs.AsSpan(i, 1), output.AsSpan(i, 1), a, b);
        };
    }

    /// <summary>The sawtooth points k/2^bits, k drawn with a seed of <paramref name="bits"/>.</summary>
    private static Dyadic[] SawtoothPointsAt(int bits)
    {
        var random = new Random(bits);
        var bytes = new byte[bits / 8];
        var xs = new Dyadic[SawtoothPoints];
        for (int i = 0; i < xs.Length; i++)
        {
            random.NextBytes(bytes);
            xs[i] = Dyadic.Create(new BigInteger(bytes, isUnsigned: true), -bits);
        }
        return xs;
    }

    private static Action SawtoothFloat(int depth)
    {
        var network = FloatNetwork.Compile(Sawtooth.Build(depth));
        var random = new Random(depth);
        var xs = new double[SawtoothPoints];
        for (int i = 0; i < xs.Length; i++) xs[i] = random.NextInt64(0, 1L << 40) / (double)(1L << 40);
        var output = new double[SawtoothPoints];
        return () => network.Evaluate(xs, SawtoothPoints, output);
    }

    /// <summary>y = W·x + b, 117 × 117, weights ±(1..9)/2^j (j &lt; 4) at the given density, points k/2^20.</summary>
    internal static Network DenseLayer(int densityPercent, int seed = 117)
    {
        var random = new Random(seed);
        var rows = new IReadOnlyList<Rational>[DenseWidth];
        for (int i = 0; i < DenseWidth; i++)
        {
            var row = new Rational[DenseWidth];
            for (int j = 0; j < DenseWidth; j++)
                row[j] = random.Next(100) < densityPercent
                    ? Rational.Create(random.Next(1, 10) * (random.Next(2) * 2 - 1), 1L << random.Next(4))
                    : Rational.Zero;
            rows[i] = row;
        }
        var bias = Enumerable.Range(0, DenseWidth).Select(i => Rational.Create(i - DenseWidth / 2, 8)).ToArray();
        return new Network(DenseWidth, [AffineLayer.Dense(rows, bias, Activation.Identity)]);
    }

    private static long[] DenseNumerators()
    {
        var random = new Random(4096);
        var ks = new long[DenseWidth * DensePoints];
        for (int i = 0; i < ks.Length; i++) ks[i] = random.Next(-1 << 20, 1 << 20);
        return ks;
    }

    private static Action DenseExact(int density)
    {
        var evaluator = new DyadicBatchEvaluator(DenseLayer(density));
        var xs = Array.ConvertAll(DenseNumerators(), k => Dyadic.Create(k, -20));   // point after point
        var output = new Dyadic[DenseWidth * DensePoints];
        return () => evaluator.Evaluate(xs, output);
    }

    private static Action DenseFloat(int density)
    {
        var network = FloatNetwork.Compile(DenseLayer(density));
        var ks = DenseNumerators();
        var xs = new double[ks.Length];   // feature-major: the same values, transposed
        for (int p = 0; p < DensePoints; p++)
            for (int j = 0; j < DenseWidth; j++)
                xs[j * DensePoints + p] = ks[p * DenseWidth + j] / (double)(1 << 20);
        var output = new double[DenseWidth * DensePoints];
        return () => network.Evaluate(xs, DensePoints, output);
    }

    private static Action SquareCertify(int m)
    {
        var network = SquareApprox.Build(m);
        var target = TargetParser.Parse("x^2");
        var claim = new Claim($"YAR-SQ/m={m}", "rcnet bench", $"sup |h_{m} − x²| on [0, 1]");
        return () =>
        {
            var (verdict, _) = Check.Distance(claim, network, target, Rational.Zero, Rational.One, Norm.Sup, bound: null);
            if (verdict.Kind != VerdictKind.Proved) throw new InvalidOperationException($"{claim.Id}: {verdict.Kind}");
        };
    }

    /// <summary>Builds the RC-T1.1 RCNet for |x − 1/3| with r = 64 and evaluates it exactly at the 65 grid points k/64.</summary>
    private static Action RCNetTheorem11()
    {
        var target = ApproximationTarget.AbsDistance(Rational.Create(1, 3));
        var grid = Enumerable.Range(0, 65).Select(k => Rational.Create(k, 64)).ToArray();
        return () =>
        {
            var net = CompositionApprox.Build(target, 64, 1);
            foreach (var x in grid) net.Evaluate(x);
        };
    }

    private static Action RCNetCubes(int d, int r)
    {
        var target = d == 1 ? ApproximationTarget.AbsDistance(Rational.Create(1, 3)) : ApproximationTarget.Max2();
        var net = CompositionApprox.Build(target, r, 2);
        var flat = net.Flatten();
        var omega = new TriflingRegion(d, TriflingRegion.GridSize(r, d), Rational.Parse(net.Meta["delta"]));
        var cubes = omega.Indices().Select(omega.Cube).ToArray();
        return () =>
        {
            foreach (var cube in cubes)
                if (!BoxAnalysis.DecideAffine(flat, cube).IsConstant) throw new InvalidOperationException("an RC-T1.1 cube outside Ω is not constant");
        };
    }

    private const string TinyScript =
        "Claim(\"TEL-DELTA/part=bench\", source: \"rcnet bench\", statement: \"Δ ∈ NN{3, 1}\")\n" +
        "    .Network(Triangle.Build())\n" +
        "    .InClass(width: 3, depth: 1);\n";

    /// <summary>A one-claim script through the whole runner, its compiled form already in a private cache.</summary>
    private static Action ScriptWarm()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"rcnet-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        var script = Path.Combine(dir, "tiny.csx");
        File.WriteAllText(script, TinyScript);
        var options = new RunOptions { CacheDirectory = Path.Combine(dir, "cache") };
        void Run()
        {
            var run = ProofRunner.Run([script], options);
            if (!run.AllAsExpected || run.Claims.Count != 1)
                throw new InvalidOperationException("the bench script did not run as expected: " + string.Join("; ", run.Errors.Select(e => e.Message)));
        }
        Run();   // the cold compile fills the cache; it is not timed
        return Run;
    }
}
