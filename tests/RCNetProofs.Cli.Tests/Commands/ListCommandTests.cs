using RCNetProofs.Cli.Commands;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class ListCommandTests
{
    [Fact]
    public void ExampleScript_ListsItsClaimsWithoutChecking_Golden()
    {
        var (code, output, _) = Repo.Capture((o, e) => ListCommand.Run([Repo.File("examples/proofs/first-proof.csx")], [], null, o, e));
        Assert.Equal(0, code);
        Repo.AssertGolden("list-first-proof", output);
    }

    [Fact]
    public void Filter_SelectsByGlob()
    {
        var (code, output, _) = Repo.Capture((o, e) => ListCommand.Run([Repo.File("examples/proofs/first-proof.csx")], ["*part=size"], null, o, e));
        Assert.Equal(0, code);
        Assert.Contains("YAR-SQ/m=2,part=size", output);
        Assert.EndsWith("1 claim\n", output);
    }

    [Fact]
    public void CompileError_Exit2()
    {
        var (code, _, err) = Repo.Capture((o, e) => ListCommand.Run([Repo.File("proofs/bad/compile-error.csx")], [], null, o, e));
        Assert.Equal(2, code);
        Assert.Contains("error CS0117", err);
    }
}
