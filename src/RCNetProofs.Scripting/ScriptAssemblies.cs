using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace RCNetProofs.Scripting;

/// <summary>
/// The assemblies proof scripts compile against, the namespaces they import, and the fingerprint of all of them
/// that keys the compile cache. Nothing here touches Roslyn, so a cache hit never loads it.
/// </summary>
internal static class ScriptAssemblies
{
    private const string ProjectPrefix = "RCNetProofs.";

    /// <summary>Bumped whenever the way scripts are compiled changes (options, rules, imports), to retire old entries.</summary>
    private const string CompileSettingsVersion = "rcnet-script-cache/1";

    // Framework assemblies a script may use directly, beyond what the project's assemblies expose.
    private static readonly string[] ScriptFramework =
        ["System.Runtime", "System.Linq", "System.Collections", "System.Runtime.Numerics", "System.Collections.Immutable", "System.Memory"];

    // Everything above the CLI in the dependency order: what a proof script may build and state claims about.
    private static readonly string[] ProjectAssemblyNames =
        ["RCNetProofs.Numerics", "RCNetProofs.Kernel", "RCNetProofs.Constructions", "RCNetProofs.Float", "RCNetProofs.Scripting"];

    private static readonly string[] ImportedProjectNamespaces = ["RCNetProofs.Numerics", "RCNetProofs.Kernel", "RCNetProofs.Constructions"];

    private static readonly string[] FrameworkImports = ["System", "System.Collections.Generic", "System.Linq", "System.Numerics"];

    private static readonly Lazy<IReadOnlyList<Assembly>> ProjectAssemblies = new(FindProject);
    private static readonly Lazy<string> FingerprintText = new(ComputeFingerprint);

    /// <summary>The project's assemblies scripts see (Numerics, Kernel, Constructions, Float, Scripting), ordered by name.</summary>
    public static IReadOnlyList<Assembly> Project => ProjectAssemblies.Value;

    /// <summary>
    /// Text that changes whenever anything a compiled script depends on changes: the MVID of every project assembly
    /// (a deterministic build gives a new MVID exactly when the assembly's content changes), the runtime, the
    /// compiler version and the compile settings.
    /// </summary>
    public static string Fingerprint => FingerprintText.Value;

    /// <summary>Files to reference when compiling a script: the project's assemblies and the framework assemblies they need.</summary>
    public static IReadOnlyList<string> ReferencePaths()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = new SortedSet<string>(ScriptFramework, StringComparer.Ordinal);
        foreach (var a in Project)
            foreach (var r in a.GetReferencedAssemblies())
                if (r.Name is { } n && !n.StartsWith(ProjectPrefix, StringComparison.Ordinal)) framework.Add(n);
        var paths = new List<string> { typeof(object).Assembly.Location };
        // Only assemblies of the shared framework: the compiler's own assemblies live beside the application, not here.
        paths.AddRange(framework.Select(n => Path.Combine(runtimeDir, n + ".dll")).Where(File.Exists));
        paths.AddRange(Project.Select(a => a.Location));
        return paths;
    }

    /// <summary>Namespaces every script imports: System, System.Collections.Generic, System.Linq, System.Numerics and the project's.</summary>
    public static IReadOnlyList<string> Imports()
    {
        var project = Project
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ImportedProjectNamespaces.Any(p => ns == p || ns.StartsWith(p + ".", StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal);
        return [.. FrameworkImports, .. project];
    }

    private static IReadOnlyList<Assembly> FindProject()
    {
        // By name, not by walking references: the compiler records a reference only where code uses a type, and
        // this assembly uses nothing from the constructions that scripts call.
        var found = new SortedDictionary<string, Assembly>(StringComparer.Ordinal);
        foreach (var name in ProjectAssemblyNames)
            found[name] = name == typeof(ProofScript).Assembly.GetName().Name ? typeof(ProofScript).Assembly : Assembly.Load(new AssemblyName(name));
        return found.Values.ToList();
    }

    private static string ComputeFingerprint()
    {
        var text = new StringBuilder();
        text.Append(CompileSettingsVersion).Append('\n');
        text.Append(RuntimeInformation.FrameworkDescription).Append('\n');
        text.Append("corelib ").Append(typeof(object).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var a in Project)
            text.Append(a.GetName().Name).Append(' ').Append(a.ManifestModule.ModuleVersionId).Append('\n');
        // The compiler's version is read from metadata only, so the compiler is not loaded to learn it.
        foreach (var r in typeof(ProofScript).Assembly.GetReferencedAssemblies().Where(r => r.Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true).OrderBy(r => r.Name, StringComparer.Ordinal))
            text.Append(r.Name).Append(' ').Append(r.Version).Append('\n');
        return text.ToString();
    }
}
