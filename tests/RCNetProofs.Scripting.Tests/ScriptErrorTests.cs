using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ScriptErrorTests
{
    [Theory]
    [InlineData(3, 7, "a.csx(3,7): error CS0103: m")]
    [InlineData(3, 0, "a.csx(3): error CS0103: m")]
    [InlineData(0, 0, "a.csx: error CS0103: m")]
    public void ToString_GivesTheLocationCompilersUse(int line, int column, string expected) =>
        Assert.Equal(expected, new ScriptError(ScriptErrorKind.Compile, "a.csx", line, column, "error CS0103: m").ToString());
}
