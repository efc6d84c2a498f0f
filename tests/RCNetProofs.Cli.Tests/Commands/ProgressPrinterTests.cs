using RCNetProofs.Cli.Commands;
using RCNetProofs.Scripting;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class ProgressPrinterTests
{
    [Fact]
    public void Plain_ClaimProgress_PrintsTheClaimAndHowFarItsCheckIs()
    {
        var output = new StringWriter();
        using (var printer = new ProgressPrinter(output, interactive: false, plainInterval: TimeSpan.Zero))
            printer.Report(new RunProgress(RunStage.ClaimProgress, "proofs/slow/rcnet-1024.csx", 3, 6, "RC-T1.1/d=1,part=outside-omega", Detail: "box 512/1024"));
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("[rcnet] claim 3/6 RC-T1.1/d=1,part=outside-omega: box 512/1024 — ", line);
        Assert.EndsWith("s elapsed", line.TrimEnd());
    }

    [Fact]
    public void Plain_ClaimProgress_IsThrottledToTheInterval()
    {
        var output = new StringWriter();
        using (var printer = new ProgressPrinter(output, interactive: false, plainInterval: TimeSpan.FromHours(1)))
            for (int k = 1; k <= 100; k++)
                printer.Report(new RunProgress(RunStage.ClaimProgress, "a.csx", 1, 1, "X/part=y", Detail: $"box {k}/100"));
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void Interactive_ClaimProgress_RedrawsTheBarWithTheDetail()
    {
        var output = new StringWriter();
        var printer = new ProgressPrinter(output, interactive: true);
        printer.Report(new RunProgress(RunStage.ClaimProgress, "a.csx", 1, 2, "X/part=y", Detail: "box 7/9"));
        Assert.StartsWith("\r[", output.ToString());
        Assert.Contains("X/part=y box 7/9", output.ToString());
        printer.Finish();
        Assert.EndsWith("\r", output.ToString());
    }
}
