using RCNetProofs.Kernel.Analysis;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class RunOptionsTests
{
    [Theory]
    [InlineData("/c/rcnet", "/xdg", "/c/rcnet")]
    [InlineData(null, "/xdg", "/xdg/rcnet")]
    [InlineData("", "/xdg", "/xdg/rcnet")]
    [InlineData(null, null, "/home/u/.cache/rcnet")]
    public void DefaultCacheDirectory_RcnetCacheThenXdgThenHome(string? rcnet, string? xdg, string expected)
    {
        var environment = new Dictionary<string, string?> { ["RCNET_CACHE"] = rcnet, ["XDG_CACHE_HOME"] = xdg };

        Assert.Equal(expected, RunOptions.DefaultCacheDirectory(n => environment.GetValueOrDefault(n), "/home/u"));
    }

    [Fact]
    public void Defaults_CacheOnEverythingSelectedKernelBudgetNoLimit()
    {
        var options = new RunOptions();

        Assert.True(options.UseCache);
        Assert.Empty(options.Filters);
        Assert.Null(options.Shard);
        Assert.Equal(PiecewiseLinear.DefaultBudget, options.PieceBudget);
        Assert.Null(options.TimeLimit);
        Assert.Equal("/x", (options with { CacheDirectory = "/x" }).ResolvedCacheDirectory);
    }
}
