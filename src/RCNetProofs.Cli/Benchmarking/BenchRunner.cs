using System.Diagnostics;

namespace RCNetProofs.Cli.Benchmarking;

/// <summary>Times kernels: a warm-up of at least the given length, then the median of several runs.</summary>
/// <remarks>
/// The warm-up lets tiered compilation reach optimised code (tier-0 code is several times slower) and sizes a run:
/// a run repeats the action until it has taken at least <see cref="MinRunTime"/>, so sub-millisecond kernels are not
/// lost in timer resolution; the reported time is per invocation. The median, not the mean, because the machine is
/// shared and a slow run from another job says nothing about the kernel.
/// </remarks>
internal sealed class BenchRunner(TimeSpan warmup, int runs, TimeSpan minRunTime)
{
    public TimeSpan Warmup { get; } = warmup;
    public int Runs { get; } = runs;
    public TimeSpan MinRunTime { get; } = minRunTime;

    /// <summary>Settings for --quick (the whole suite well under a minute) and for the full run.</summary>
    public static BenchRunner Quick { get; } = new(TimeSpan.FromSeconds(1), 5, TimeSpan.FromMilliseconds(20));
    public static BenchRunner Full { get; } = new(TimeSpan.FromSeconds(2), 9, TimeSpan.FromMilliseconds(200));

    public BenchResult Measure(BenchKernel kernel)
    {
        var action = kernel.Prepare();
        var sw = Stopwatch.StartNew();
        long warmCalls = 0;
        do { action(); warmCalls++; } while (sw.Elapsed < Warmup);
        double perCall = sw.Elapsed.TotalMilliseconds / warmCalls;
        int repeat = Math.Max(1, (int)Math.Ceiling(MinRunTime.TotalMilliseconds / Math.Max(perCall, 1e-6)));
        var times = new double[Runs];
        for (int r = 0; r < Runs; r++)
        {
            sw.Restart();
            for (int i = 0; i < repeat; i++) action();
            times[r] = sw.Elapsed.TotalMilliseconds / repeat;
        }
        Array.Sort(times);
        double median = Runs % 2 == 1 ? times[Runs / 2] : (times[Runs / 2 - 1] + times[Runs / 2]) / 2;
        return new BenchResult(kernel.Name, median, Runs, kernel.Points);
    }
}
