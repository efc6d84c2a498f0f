using RCNetProofs.Cli.Benchmarking;
using Xunit;

namespace RCNetProofs.Cli.Tests.Benchmarking;

public class BenchRunnerTests
{
    [Fact]
    public void Measure_CallsSetupOnceAndTheActionForWarmupAndEveryRun()
    {
        int setups = 0, calls = 0;
        var kernel = new BenchKernel("count", 7, () => { setups++; return () => calls++; });
        var result = new BenchRunner(TimeSpan.Zero, 4, TimeSpan.Zero).Measure(kernel);
        Assert.Equal(1, setups);
        Assert.True(calls >= 1 + 4);   // at least one warm-up call and one call per run
        Assert.Equal(("count", 4, 7), (result.Name, result.Runs, result.Points));
        Assert.True(result.Ms >= 0);
    }
}
