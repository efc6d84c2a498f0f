using RCNetProofs.Cli.Commands;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Fact]
    public void MissingPath_Exit2()
    {
        var (code, _, err) = Repo.Capture((o, e) => CheckCommand.Run(["no-such-folder"], o, e));
        Assert.Equal(2, code);
        Assert.Contains("no-such-folder: no such file or folder", err);
    }
}
