using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;

namespace RCNetProofs.Scripting;

/// <summary>
/// Compiles a proof script with Roslyn into an assembly image (PE with embedded portable PDB, so exceptions carry
/// script line numbers). The only place, with <see cref="ScriptRules"/>, where Roslyn types appear.
/// </summary>
internal static class RoslynCompiler
{
    /// <summary>Compiles <paramref name="source"/>; the entry point is <c>Submission#0.&lt;Factory&gt;</c>.</summary>
    /// <exception cref="ScriptCompileException">With every compiler error and script-rule violation, located.</exception>
    public static byte[] Compile(string displayPath, string fullPath, string source, IReadOnlyList<string> references, IReadOnlyList<string> imports)
    {
        var options = ScriptOptions.Default
            .WithFilePath(fullPath)
            .WithFileEncoding(Encoding.UTF8)
            .WithReferences(references.Select(p => MetadataReference.CreateFromFile(p)))
            .WithImports(imports)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(true)
            .WithAllowUnsafe(false)
            .WithMetadataResolver(new NoMetadataReferences())
            .WithSourceResolver(new NoSourceReferences());
        var compilation = CSharpScript.Create<object>(source, options, typeof(ProofScript)).GetCompilation();

        var ruleErrors = ScriptRules.Check(compilation, displayPath).ToList();
        // A refused #r or #load also fails to resolve; the rule's message says why, the compiler's would not.
        var directiveLines = ruleErrors.Where(e => e.Message.Contains(ScriptRules.DirectiveRule, StringComparison.Ordinal)).Select(e => e.Line).ToHashSet();
        // Emit first: a script that compiles is then bound once. Only when emit fails are all diagnostics gathered
        // (emit stops at the first stage with errors, so its own list can be incomplete).
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        var diagnostics = emitted.Success ? emitted.Diagnostics : compilation.GetDiagnostics().AddRange(emitted.Diagnostics).Distinct();
        var errors = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => Located(displayPath, d))
            .Where(e => !directiveLines.Contains(e.Line))
            .Concat(ruleErrors)
            .OrderBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();
        if (errors.Count > 0 || !emitted.Success)
            throw new ScriptCompileException(displayPath, errors.Count > 0 ? errors
                : diagnostics.Select(d => Located(displayPath, d)).ToList());
        return image.ToArray();
    }

    private static ScriptError Located(string displayPath, Diagnostic d) =>
        At(displayPath, d.Location, $"error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");

    /// <summary>A compile error at a source location, 1-based.</summary>
    internal static ScriptError At(string displayPath, Location location, string message)
    {
        if (!location.IsInSource) return new ScriptError(ScriptErrorKind.Compile, displayPath, 0, 0, message);
        var start = location.GetLineSpan().StartLinePosition;
        return new ScriptError(ScriptErrorKind.Compile, displayPath, start.Line + 1, start.Character + 1, message);
    }

    /// <summary>Resolves no #r directive: scripts see the project's assemblies and nothing else.</summary>
    private sealed class NoMetadataReferences : MetadataReferenceResolver
    {
        public override bool Equals(object? other) => other is NoMetadataReferences;
        public override int GetHashCode() => nameof(NoMetadataReferences).GetHashCode(StringComparison.Ordinal);
        public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [];
    }

    /// <summary>Resolves no #load directive: the cache key covers one file's source, so a script is one file.</summary>
    private sealed class NoSourceReferences : SourceReferenceResolver
    {
        public override bool Equals(object? other) => other is NoSourceReferences;
        public override int GetHashCode() => nameof(NoSourceReferences).GetHashCode(StringComparison.Ordinal);
        public override string? NormalizePath(string path, string? baseFilePath) => null;
        public override string? ResolveReference(string path, string? baseFilePath) => null;
        public override Stream OpenRead(string resolvedPath) => throw new FileNotFoundException("proof scripts cannot #load other files", resolvedPath);
    }
}
