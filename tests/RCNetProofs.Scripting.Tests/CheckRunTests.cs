using RCNetProofs.Kernel.Claims;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class CheckRunTests
{
    private static ClaimResult Result(string id, VerdictKind expected, Func<Claim, Verdict> verdict) =>
        new(verdict(new Claim(id, "s", "t", expected)), 0.5, "a.csx", 1, null);

    [Fact]
    public void Counts_ByKindAndUnexpected()
    {
        var claims = new[]
        {
            Result("A/n=1", VerdictKind.Unknown, c => Check.Unknown(c, "u")),
            Result("A/n=2", VerdictKind.Proved, c => Check.Unknown(c, "u")),
            Result("A/n=3", VerdictKind.Proved, c => Check.Error(c, "e")),
        };

        var run = new CheckRun(claims, [], [], 3, 3);

        Assert.Equal(2, run.Count(VerdictKind.Unknown));
        Assert.Equal(1, run.Count(VerdictKind.Error));
        Assert.Equal(0, run.Count(VerdictKind.Proved));
        Assert.Equal(2, run.UnexpectedCount);
        Assert.False(run.AllAsExpected);
    }

    [Fact]
    public void AllAsExpected_FalseWhenAScriptFailedEvenIfEveryVerdictIsExpected()
    {
        var claims = new[] { Result("A/n=1", VerdictKind.Unknown, c => Check.Unknown(c, "u")) };
        var error = new ScriptError(ScriptErrorKind.Compile, "b.csx", 1, 1, "error CS0103: x");

        Assert.True(new CheckRun(claims, [], [], 1, 1).AllAsExpected);
        Assert.False(new CheckRun(claims, [], [error], 1, 1).AllAsExpected);
    }
}
