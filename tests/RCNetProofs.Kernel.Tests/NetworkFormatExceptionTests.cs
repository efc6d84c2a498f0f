using RCNetProofs.Kernel.Networks;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public sealed class NetworkFormatExceptionTests
{
    [Fact]
    public void Message_Parts_AreFileLocationReasonSeparatedByColons()
    {
        var inner = new InvalidOperationException("x");
        var e = new NetworkFormatException("dir/net.json", "$.layers[1].bias[2]", "expected a, found b", inner);
        Assert.Equal("dir/net.json: $.layers[1].bias[2]: expected a, found b", e.Message);
        Assert.Equal("dir/net.json", e.FileName);
        Assert.Equal("$.layers[1].bias[2]", e.Location);
        Assert.Equal("expected a, found b", e.Reason);
        Assert.Same(inner, e.InnerException);
    }

    [Fact]
    public void NetworkFormatException_IsAFormatException()
    {
        Assert.IsAssignableFrom<FormatException>(new NetworkFormatException("f", "$", "r"));
    }
}
