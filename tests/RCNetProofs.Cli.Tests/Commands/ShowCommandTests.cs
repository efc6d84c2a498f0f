using RCNetProofs.Cli.Commands;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class ShowCommandTests
{
    [Fact]
    public void Triangle_ShowsMeasuredSizesAndLayers()
    {
        var (code, output, _) = Repo.Capture((o, e) => ShowCommand.Run(Repo.File("examples/networks/triangle.json"), o, e));
        Assert.Equal(0, code);
        Repo.AssertGolden("show-triangle", output);
    }

    [Fact]
    public void MissingFile_Exit2() =>
        Assert.Equal(2, Repo.Capture((o, e) => ShowCommand.Run("nope.json", o, e)).Code);
}
