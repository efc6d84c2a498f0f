using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ScriptRulesTests
{
    [Theory]
    [InlineData("var ms = typeof(Verdict).GetMethods();", "System.Type.GetMethods")]
    [InlineData("var v = Activator.CreateInstance(typeof(Verdict), true);", "System.Activator.CreateInstance")]
    [InlineData("var f = System.Reflection.BindingFlags.NonPublic;", "System.Reflection.BindingFlags")]
    [InlineData("Environment.Exit(0);", "System.Environment.Exit")]
    [InlineData("var v = System.Runtime.CompilerServices.Unsafe.As<Verdict>(new object());", "System.Runtime.CompilerServices.Unsafe")]
    [InlineData("var o = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Verdict));", "System.Runtime.CompilerServices.RuntimeHelpers")]
    [InlineData("var t = Type.GetType(\"RCNetProofs.Kernel.Claims.Verdict\");", "System.Type.GetType")]
    [InlineData("var a = typeof(Verdict).Assembly;", "System.Type.Assembly")]
    [InlineData("var h = System.Runtime.InteropServices.GCHandle.Alloc(1);", "System.Runtime.InteropServices.GCHandle")]
    public void Forbidden_ReflectionUnsafeAccessOrExit_IsRcn0001AtItsLine(string line, string what)
    {
        var errors = RoslynCompilerTests.Errors("// header\n" + line);

        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.StartsWith($"error {ScriptRules.ForbiddenRule}: '{what}", error.Message);
    }

    [Theory]
    [InlineData("var name = typeof(Verdict).Name + typeof(Verdict).FullName;")]
    [InlineData("var same = Sawtooth.Build(1).GetType() == typeof(Network);")]
    [InlineData("var text = $\"{Q(1, 3)} and {typeof(Claim).Name}\";")]
    [InlineData("var claim = new Claim(\"A/n=1\", \"s\", \"t\");")]
    [InlineData("var verdict = Check.Size(new Claim(\"A/n=1\", \"s\", \"t\"), Sawtooth.Build(1), new NetworkClass(3, 1, 1, 1));")]
    public void Allowed_NamingTypesAndCallingTheKernel_Compiles(string line) => RoslynCompilerTests.Compile(line);

    [Theory]
    [InlineData("#r \"System.Console\"")]
    [InlineData("#load \"other.csx\"")]
    public void Directives_ReferenceOrLoad_AreRcn0002Only(string directive)
    {
        var error = Assert.Single(RoslynCompilerTests.Errors("var a = 1;\n" + directive + "\n"));

        Assert.Equal(2, error.Line);
        Assert.StartsWith($"error {ScriptRules.DirectiveRule}:", error.Message);
    }

    [Theory]
    [InlineData("for (int L = 1; L <= 3; L++)\n    Claim($\"A/n={L}\", \"s\", \"t\").Count(\"L\", () => L).Exactly(L);", 2, "L")]
    [InlineData("int m = 1;\nClaim(\"A/n=1\", \"s\", \"t\").Count(\"m\", () => m).Exactly(1);\nm = 2;", 2, "m")]
    [InlineData("var k = 0;\nwhile (k < 3) { var pts = Enumerable.Range(0, 3).Select(i => Q(i + k, 3)); k++; }", 2, "k")]
    [InlineData("int n = 0;\nvoid Bump(ref int x) => x++;\nBump(ref n);\nFunc<int> f = () => n;", 4, "n")]
    public void LateCapture_LambdaReadsVariableAssignedAgain_IsRcn0003(string source, int line, string variable)
    {
        var error = Assert.Single(RoslynCompilerTests.Errors(source));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"error {ScriptRules.CaptureRule}: the lambda reads '{variable}'", error.Message);
    }

    [Theory]
    [InlineData("foreach (var L in Enumerable.Range(1, 3))\n    Claim($\"A/n={L}\", \"s\", \"t\").Count(\"L\", () => L).Exactly(L);")]
    [InlineData("for (int i = 0; i < 3; i++) { var j = i; Claim($\"A/n={j}\", \"s\", \"t\").Count(\"j\", () => j).Exactly(j); }")]
    [InlineData("Func<int, int> f = x => { var s = 0; for (int i = 0; i < x; i++) s += i; return s; };")]
    [InlineData("var m = 3;\nClaim(\"A/n=1\", \"s\", \"t\").Count(\"m\", () => m).Exactly(3);")]
    public void LateCapture_VariablesThatNeverChange_Compile(string source) => RoslynCompilerTests.Compile(source);
}
