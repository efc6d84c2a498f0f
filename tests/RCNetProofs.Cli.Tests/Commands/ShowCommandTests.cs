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

    [Fact]
    public void RCNet_T11_ShowsPartsAndStateLabels()
    {
        var (code, output, _) = Repo.Capture((o, e) => ShowCommand.RunRCNet("t1.1", 1, 4, "abs(x-1/3)", 1, o, e));
        Assert.Equal(0, code);
        Repo.AssertGolden("show-rcnet-t11", output);
    }

    [Theory]
    [InlineData("ta1", "x^2", 3, 6 + 2)]        // RC-TA1: state 5d + 3
    [InlineData("t1.3", "abs(x-1/2)", 2, 26)]   // RC-T1.3 at d = 1: 3(5d + 3) + 2 = 26
    [InlineData("t1.1", "max(x1,x2)", 2, 15)]   // RC-T1.1 at d = 2: 5d + 5
    public void RCNet_EveryStateCoordinateIsDescribed(string name, string target, int r, int state)
    {
        var (code, output, _) = Repo.Capture((o, e) => ShowCommand.RunRCNet(name, null, r, target, 1, o, e));
        Assert.Equal(0, code);
        for (int i = 1; i <= state; i++) Assert.Contains($"\n  z{i} ", output.Replace("\r", ""));
        Assert.DoesNotContain($"\n  z{state + 1} ", output);
        Assert.DoesNotContain("not described", output);
    }

    [Theory]
    [InlineData("t9", 1, 4, "abs(x-1/3)", "--rcnet")]
    [InlineData("t1.1", 2, 4, "abs(x-1/3)", "--d")]
    [InlineData("t1.1", 1, 0, "abs(x-1/3)", "--r")]
    [InlineData("t1.1", 1, 4, "sin(x)", "--target")]
    [InlineData("t1.1", 1, 4, "abs(x-3/2)", "--target")]
    public void RCNet_BadInput_Exit2(string name, int d, int r, string target, string blamed)
    {
        var (code, _, err) = Repo.Capture((o, e) => ShowCommand.RunRCNet(name, d, r, target, 1, o, e));
        Assert.Equal(2, code);
        Assert.Contains(blamed, err);
    }

    [Fact]
    public void Main_ShowRCNet_Exit0_FileAndRCNetTogetherOrNeitherExit2()
    {
        Assert.Equal(0, Program.Main(["show", "--rcnet", "ta1", "--d", "1", "--r", "2", "--target", "x^2"]));
        Assert.Equal(2, Program.Main(["show", Repo.File("examples/networks/triangle.json"), "--rcnet", "t1.1"]));
        Assert.Equal(2, Program.Main(["show"]));
        Assert.Equal(2, Program.Main(["show", "--rcnet", "t1.1", "--target", "sin(x)"]));
    }
}
