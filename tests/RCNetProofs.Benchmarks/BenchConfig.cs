using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// A short in-process job: the default out-of-process toolchain rebuilds a project per run, which costs
/// minutes on a 2-core machine for no gain in accuracy on these kernels.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(7)
            .WithMinIterationTime(TimeInterval.FromMilliseconds(150))
            .WithId("InProcessShort"));
        AddColumn(StatisticColumn.OperationsPerSecond, StatisticColumn.Median, StatisticColumn.Min);
    }
}
