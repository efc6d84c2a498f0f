using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;

namespace RCNetProofs.Scripting;

/// <summary>
/// Loads a proof script as a compiled assembly: from the on-disk cache when an entry for exactly this source, path
/// and set of libraries exists, else by compiling it (and storing the result).
/// </summary>
/// <remarks>
/// The entry is <c>&lt;cacheDir&gt;/&lt;sha256&gt;.dll</c>, the hash taken over <see cref="ScriptAssemblies.Fingerprint"/>,
/// the script's full path and its source, so any change to either, to a project assembly, to the runtime or to the
/// compiler gives a new name; stale entries are never read again (nothing deletes them). Entries are written to a
/// unique temporary file and renamed into place, so concurrent runs never see a partial file and the last writer
/// wins with identical content. A hit loads the file and never touches the compiler: every Roslyn call lives in
/// <see cref="RoslynCompiler"/>, reached only through <see cref="CompileWithRoslyn"/>.
/// </remarks>
internal static class ScriptCache
{
    /// <summary>The SHA-256 (lowercase hex) naming the cache entry of this script.</summary>
    public static string Key(string fullPath, string source)
    {
        var text = ScriptAssemblies.Fingerprint + "\0" + fullPath + "\0" + source;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }

    /// <summary>Loads (or compiles and loads) the script into <paramref name="context"/>.</summary>
    /// <exception cref="ScriptCompileException">When the script does not compile or breaks a script rule.</exception>
    public static LoadedScript Load(string displayPath, string fullPath, string source, RunOptions options, AssemblyLoadContext context)
    {
        string? file = null;
        if (options.UseCache)
        {
            file = Path.Combine(options.ResolvedCacheDirectory, Key(fullPath, source) + ".dll");
            if (File.Exists(file))
            {
                try { return new LoadedScript(context.LoadFromAssemblyPath(file), CacheHit: true, CompileSeconds: 0, file); }
                catch (BadImageFormatException) { /* a damaged entry: compile again and replace it */ }
            }
        }
        var clock = Stopwatch.StartNew();
        var image = CompileWithRoslyn(displayPath, fullPath, source);
        double seconds = clock.Elapsed.TotalSeconds;
        if (file is not null && TryStore(file, image))
            return new LoadedScript(context.LoadFromAssemblyPath(file), CacheHit: false, seconds, file);
        using var stream = new MemoryStream(image);
        return new LoadedScript(context.LoadFromStream(stream), CacheHit: false, seconds, null);
    }

    // Kept out of line so that the JIT compiling Load does not need RoslynCompiler's callees, and so Roslyn's
    // assemblies load only when this method actually runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte[] CompileWithRoslyn(string displayPath, string fullPath, string source) =>
        RoslynCompiler.Compile(displayPath, fullPath, source, ScriptAssemblies.ReferencePaths(), ScriptAssemblies.Imports());

    /// <summary>Writes the entry atomically; false when the cache folder cannot be written (the run goes on uncached).</summary>
    private static bool TryStore(string file, byte[] image)
    {
        string temp = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(temp, image);
            File.Move(temp, file, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            return false;
        }
    }
}
