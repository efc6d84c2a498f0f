using RCNetProofs.Cli.Benchmarking;
using Xunit;

namespace RCNetProofs.Cli.Tests.Benchmarking;

public class BenchReportTests
{
    [Fact]
    public void ToJson_KeepsOrderAndValues()
    {
        var doc = BenchReport.ToJson("m", [new BenchResult("a", 1.5, 5, 10), new BenchResult("b", 2.25, 3, 0)]);
        var kernels = doc["kernels"]!.AsArray();
        Assert.Equal(["a", "b"], kernels.Select(k => (string)k!["name"]!));
        Assert.Equal([1.5, 2.25], kernels.Select(k => (double)k!["ms"]!));
        Assert.Equal("m", (string?)doc["machine"]);
    }

    [Fact]
    public void Row_PerPointColumnOnlyForPointKernels()
    {
        Assert.EndsWith("-", BenchReport.Row(new BenchResult("x", 1, 1, 0)).TrimEnd());
        Assert.Contains("0.1000", BenchReport.Row(new BenchResult("x", 1, 1, 10_000)));
    }
}
