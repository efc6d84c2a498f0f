using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ScriptLocationTests
{
    private static void Fail() => throw new InvalidOperationException("deliberate");

    [Fact]
    public void LineOf_FrameInTheGivenAssembly_IsTheLineOfTheInnermostSuchFrame()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Fail());

        // The innermost frame in this assembly is Fail itself, so the line is that of its throw.
        Assert.Equal(LineOfThrowInFail(), ScriptLocation.LineOf(e, typeof(ScriptLocationTests).Assembly));
    }

    private static int LineOfThrowInFail()
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "tests", "RCNetProofs.Scripting.Tests", "ScriptLocationTests.cs"));
        return Array.FindIndex(source, l => l.Contains("=> throw new InvalidOperationException(\"deliberate\")")) + 1;
    }

    [Fact]
    public void LineOf_NoFrameInTheAssembly_IsNull()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Fail());

        Assert.Null(ScriptLocation.LineOf(e, typeof(ProofScript).Assembly));
        Assert.Null(ScriptLocation.LineOf(e, null));
    }

    [Fact]
    public void Describe_MultiLineMessage_IsOneLineWithTheTypeName() =>
        Assert.Equal("ArgumentException: first line second line", ScriptLocation.Describe(new ArgumentException("first line\r\n  second line\n")));

    [Fact]
    public void Describe_TypeInitializationFailure_ShowsTheCause() =>
        Assert.Equal("DivideByZeroException: cause",
            ScriptLocation.Describe(new TypeInitializationException("T", new DivideByZeroException("cause"))));
}
