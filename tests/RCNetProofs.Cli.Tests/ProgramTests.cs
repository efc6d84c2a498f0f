using System.CommandLine;
using Xunit;

namespace RCNetProofs.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void EveryCommand_HasHelpWithAnExample()
    {
        var root = Program.BuildRoot();
        Assert.NotEmpty(root.Subcommands);
        foreach (var c in root.Subcommands)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Name);
            Assert.Contains("Example", c.Description);
        }
    }

    [Fact]
    public void UnknownCommand_Exit2() => Assert.Equal(2, Program.Main(["frobnicate"]));

    [Fact]
    public void MissingRequiredOption_Exit2() => Assert.Equal(2, Program.Main(["certify", "--target", "x"]));
}
