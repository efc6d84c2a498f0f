using RCNetProofs.Kernel.Claims;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ClaimResultTests
{
    [Fact]
    public void IdClaimAndUnexpected_ComeFromTheVerdict()
    {
        var claim = new Claim("A/n=1", "s", "t", VerdictKind.Proved);
        var result = new ClaimResult(Check.Unknown(claim, "u"), 1.5, "a.csx", 4, null);

        Assert.Same(claim, result.Claim);
        Assert.Equal("A/n=1", result.Id);
        Assert.True(result.Unexpected);
    }
}
