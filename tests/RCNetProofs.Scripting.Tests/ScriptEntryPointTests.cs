using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ScriptEntryPointTests
{
    [Fact]
    public void Run_AssemblyThatIsNotAScript_ThrowsNamingIt()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ScriptEntryPoint.Run(typeof(ProofScript).Assembly, new ProofScript("x.csx")));

        Assert.Contains("RCNetProofs.Scripting", e.Message);
        Assert.Contains("Submission#0", e.Message);
    }
}
