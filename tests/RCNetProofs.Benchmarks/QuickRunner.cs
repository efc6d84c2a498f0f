using System.Diagnostics;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// `--quick`: the same kernels timed with Stopwatch and with process CPU time, for a machine shared with
/// other jobs, where wall-clock times swing with the load but CPU time per invoke stays steady.
/// </summary>
public static class QuickRunner
{
    private const int Samples = 5;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1); // tier-0 code is far slower before this
    private static readonly TimeSpan SampleCpu = TimeSpan.FromMilliseconds(300);

    public static void Run()
    {
        Console.WriteLine($"{"kernel",-34} {"wall median",14} {"cpu median",14} {"cpu best",14}");
        var numbers = new NumberBenchmarks();
        numbers.Setup();
        foreach (var (name, op) in new (string, Action)[]
        {
            ("DyadicAdd64", numbers.DyadicAdd64), ("DyadicMulAdd64", numbers.DyadicMulAdd64),
            ("RationalAdd64", numbers.RationalAdd64), ("RationalMulAdd64", numbers.RationalMulAdd64),
            ("DyadicAdd2000", numbers.DyadicAdd2000), ("DyadicMulAdd2000", numbers.DyadicMulAdd2000),
            ("RationalAdd2000", numbers.RationalAdd2000), ("RationalMulAdd2000", numbers.RationalMulAdd2000),
            ("RationalAdd20Digit", numbers.RationalAdd20Digit), ("RationalMulAdd20Digit", numbers.RationalMulAdd20Digit),
        })
        {
            var (wall, cpu, best) = Measure(op);
            // One invoke is 2048 operations; print millions of operations per second.
            Console.WriteLine($"{name,-34} {Mops(wall),10:F2} M/s {Mops(cpu),10:F2} M/s {Mops(best),10:F2} M/s");
        }
        foreach (int l in new[] { 10, 40, 100 })
        {
            var saw = new SawtoothBenchmarks { L = l };
            saw.Setup();
            foreach (var (name, op) in new (string, Action)[] { ("ExactCompiled", saw.ExactCompiled), ("ExactBatched", saw.ExactBatched), ("DoubleCompiled", saw.DoubleCompiled) })
                Print($"sawtooth 2^-40 L={l} {name}", Measure(op));
        }
        foreach (int l in new[] { 10, 40 })
        {
            var wide = new SawtoothWideBenchmarks { L = l };
            wide.Setup();
            foreach (var (name, op) in new (string, Action)[] { ("ExactCompiled", wide.ExactCompiled), ("ExactBatched", wide.ExactBatched) })
                Print($"sawtooth 2^-128 L={l} {name}", Measure(op));
        }
        foreach (double density in new[] { 0.1, 1.0 })
        {
            var dense = new FloatDenseBenchmarks { Density = density };
            dense.Setup();
            foreach (var (name, op) in new (string, Action)[] { ("TensorPrimitives", () => dense.TensorPrimitivesWholeBatch()), ("BatchedOneCore", () => dense.BatchedOneCore()) })
                Print($"dense117 {density:P0} {name}", Measure(op));
        }
        foreach (double density in new[] { 0.05, 0.1, 0.15, 0.2, 0.3, 0.4 })
        {
            var crossover = new FloatDensityBenchmarks { Density = density };
            crossover.Setup();
            foreach (var (name, op) in new (string, Action)[] { ("Dense", () => crossover.Dense()), ("Sparse", () => crossover.Sparse()) })
                Print($"dense117 {density:P0} forced {name}", Measure(op));
        }
        foreach (int d in new[] { 1, 2 })
        {
            var boxes = new BoxAnalysisBenchmarks { D = d, R = 64 };
            boxes.Setup();
            foreach (var (name, op) in new (string, Action)[] { ("Integer", () => boxes.Integer()), ("Rational", () => boxes.RationalPropagation()) })
                Print($"rc-t1.1 cubes d={d} r=64 {name}", Measure(op));
        }
    }

    private static double Mops(double msPerInvoke) => 2048 / msPerInvoke / 1000;

    private static void Print(string name, (double Wall, double Cpu, double Best) t) =>
        Console.WriteLine($"{name,-34} {t.Wall,11:F2} ms {t.Cpu,11:F2} ms {t.Best,11:F2} ms");

    /// <summary>Median wall and CPU milliseconds per invoke over samples of at least 300 ms of CPU time each, and the best CPU sample.</summary>
    private static (double Wall, double Cpu, double Best) Measure(Action op)
    {
        var process = Process.GetCurrentProcess();
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < Warmup) op();
        var wall = new double[Samples];
        var cpu = new double[Samples];
        for (int s = 0; s < Samples; s++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            sw.Restart();
            int count = 0;
            TimeSpan used;
            do
            {
                op();
                count++;
                process.Refresh();
                used = process.TotalProcessorTime - cpu0;
            } while (used < SampleCpu);
            wall[s] = sw.Elapsed.TotalMilliseconds / count;
            cpu[s] = used.TotalMilliseconds / count;
        }
        Array.Sort(wall);
        Array.Sort(cpu);
        return (wall[Samples / 2], cpu[Samples / 2], cpu[0]);
    }
}
