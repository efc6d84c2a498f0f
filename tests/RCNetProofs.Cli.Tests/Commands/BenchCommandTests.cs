using System.Text.Json.Nodes;
using RCNetProofs.Cli.Benchmarking;
using RCNetProofs.Cli.Commands;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class BenchCommandTests
{
    private static readonly BenchRunner Tiny = new(TimeSpan.FromMilliseconds(5), 3, TimeSpan.Zero);

    [Fact]
    public void FilteredRun_WritesBenchJsonWithOneEntryPerKernel()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rcnet-bench-test-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = Repo.Capture((o, e) => BenchCommand.Run(quick: true, path, "sawtooth-float/L=10", o, e, Tiny));
            Assert.Equal(0, code);
            Assert.Contains("sawtooth-float/L=10", output);
            var doc = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            Assert.Equal(["format", "machine", "kernels"], doc.Select(p => p.Key));
            Assert.Equal("rcnet-bench/1", (string?)doc["format"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)doc["machine"]));
            var kernel = Assert.Single(doc["kernels"]!.AsArray())!.AsObject();
            Assert.Equal(["name", "ms", "runs", "points"], kernel.Select(p => p.Key));
            Assert.Equal("sawtooth-float/L=10", (string?)kernel["name"]);
            Assert.True((double)kernel["ms"]! > 0);
            Assert.Equal(3, (int)kernel["runs"]!);
            Assert.Equal(10_000, (int)kernel["points"]!);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void FilterMatchingNothing_Exit2()
    {
        var (code, _, err) = Repo.Capture((o, e) => BenchCommand.Run(quick: true, null, "no-such-kernel", o, e, Tiny));
        Assert.Equal(2, code);
        Assert.Contains("no-such-kernel", err);
    }

    [Fact]
    public void KernelNames_AreUniqueAndCoverTheStableSet()
    {
        var names = BenchSuite.All().Select(k => k.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var expected in new[] { "sawtooth-exact/L=10", "sawtooth-exact/L=40", "sawtooth-exact/L=100", "sawtooth-exact-2^-128/L=40",
                     "sawtooth-float/L=40", "yar-sq-certify/m=16", "yar-sq-certify/m=20", "script-warm" })
            Assert.Contains(expected, names);
    }

    [Theory]
    [InlineData(null, "sawtooth-float/L=10", true)]
    [InlineData("sawtooth-float/L=10", "sawtooth-float/L=10", true)]
    [InlineData("sawtooth-float/L=10", "sawtooth-float/L=100", false)]
    [InlineData("sawtooth-float*", "sawtooth-float/L=100", true)]
    [InlineData("sawtooth-float*", "sawtooth-exact/L=10", false)]
    public void Selects_ExactNameOrStarPrefix(string? filter, string name, bool selected) =>
        Assert.Equal(selected, BenchCommand.Selects(filter, name));
}
