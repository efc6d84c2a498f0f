using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ScriptAssembliesTests
{
    [Fact]
    public void Project_IsTheFiveAssembliesScriptsMayUse() =>
        Assert.Equal(["RCNetProofs.Constructions", "RCNetProofs.Float", "RCNetProofs.Kernel", "RCNetProofs.Numerics", "RCNetProofs.Scripting"],
            ScriptAssemblies.Project.Select(a => a.GetName().Name));

    [Fact]
    public void Fingerprint_NamesTheMvidOfEveryProjectAssemblyAndTheCompiler()
    {
        var text = ScriptAssemblies.Fingerprint;

        Assert.All(ScriptAssemblies.Project, a => Assert.Contains($"{a.GetName().Name} {a.ManifestModule.ModuleVersionId}\n", text));
        Assert.Contains($"corelib {typeof(object).Assembly.ManifestModule.ModuleVersionId}", text);
        Assert.Contains("Microsoft.CodeAnalysis", text);
    }

    [Fact]
    public void ReferencePaths_ExistAndExcludeTheCompiler()
    {
        var paths = ScriptAssemblies.ReferencePaths();

        Assert.All(paths, p => Assert.True(File.Exists(p), p));
        Assert.Contains(typeof(object).Assembly.Location, paths);
        Assert.Contains(paths, p => Path.GetFileName(p) == "System.Linq.dll");
        Assert.DoesNotContain(paths, p => Path.GetFileName(p).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Imports_ProjectNamespacesAndTheFrameworkFour()
    {
        var imports = ScriptAssemblies.Imports();

        Assert.Equal(["System", "System.Collections.Generic", "System.Linq", "System.Numerics"], imports.Take(4));
        Assert.Contains("RCNetProofs.Numerics", imports);
        Assert.Contains("RCNetProofs.Kernel.Claims", imports);
        Assert.Contains("RCNetProofs.Constructions.Telgarsky", imports);
        Assert.DoesNotContain(imports, ns => ns.StartsWith("RCNetProofs.Scripting", StringComparison.Ordinal));
    }
}
