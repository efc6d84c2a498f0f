using RCNetProofs.Kernel.Targets;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class TargetParseExceptionTests
{
    [Fact]
    public void Message_Parts_AreJoinedAndKept()
    {
        var e = new TargetParseException("x +", 3, "expected an expression");
        Assert.Equal("x +: position 3: expected an expression", e.Message);
        Assert.Equal("x +", e.Text);
        Assert.Equal(3, e.Position);
        Assert.Equal("expected an expression", e.Reason);
    }
}
