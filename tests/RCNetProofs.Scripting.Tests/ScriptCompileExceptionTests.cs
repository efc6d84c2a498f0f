using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ScriptCompileExceptionTests
{
    [Fact]
    public void Message_ListsEveryErrorOnItsOwnLine()
    {
        var errors = new[]
        {
            new ScriptError(ScriptErrorKind.Compile, "a.csx", 1, 2, "error CS0103: first"),
            new ScriptError(ScriptErrorKind.Compile, "a.csx", 4, 1, "error RCN0001: second"),
        };

        var e = new ScriptCompileException("a.csx", errors);

        Assert.Equal(["a.csx: 2 compile error(s):", "a.csx(1,2): error CS0103: first", "a.csx(4,1): error RCN0001: second"],
            e.Message.Split(Environment.NewLine));
        Assert.Same(errors, e.Errors);
        Assert.Equal("a.csx", e.ScriptPath);
    }
}
