using System.Runtime.Loader;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class RoslynCompilerTests
{
    internal static byte[] Compile(string source, string displayPath = "s.csx") =>
        RoslynCompiler.Compile(displayPath, "/nonexistent/" + displayPath, source, ScriptAssemblies.ReferencePaths(), ScriptAssemblies.Imports());

    internal static IReadOnlyList<ScriptError> Errors(string source, string displayPath = "s.csx") =>
        Assert.Throws<ScriptCompileException>(() => Compile(source, displayPath)).Errors;

    [Fact]
    public void Compile_ValidScript_GivesAnAssemblyWithTheSubmissionFactory()
    {
        var image = Compile("var n = Sawtooth.Build(3); var q = Q(1, 3) + Rational.One; var b = BigInteger.One; var l = new List<int>().Count();");

        var context = new AssemblyLoadContext("test", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            Assert.NotNull(assembly.GetType("Submission#0")?.GetMethod("<Factory>"));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Compile_SeveralErrors_ListsEachWithDisplayPathLineAndColumnInOrder()
    {
        var errors = Errors("var a = undefinedName;\n\nint b = \"text\";\n", "proofs/x.csx");

        Assert.Equal(2, errors.Count);
        Assert.Equal("proofs/x.csx(1,9): error CS0103: The name 'undefinedName' does not exist in the current context", errors[0].ToString());
        Assert.StartsWith("proofs/x.csx(3,9): error CS0029:", errors[1].ToString());
        Assert.All(errors, e => Assert.Equal(ScriptErrorKind.Compile, e.Kind));
    }

    [Fact]
    public void Compile_ConsoleIsNotAvailable()
    {
        var errors = Errors("Console.WriteLine(1);");

        Assert.Contains(errors, e => e.Line == 1 && (e.Message.Contains("CS0103") || e.Message.Contains("RCN0001")));
    }
}
