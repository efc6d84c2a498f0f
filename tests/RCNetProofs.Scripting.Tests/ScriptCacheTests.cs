using RCNetProofs.Kernel.Claims;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ScriptCacheTests
{
    private const string Script = """Claim("A/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);""";

    [Fact]
    public void Key_DependsOnSourceAndPathOnly()
    {
        var key = ScriptCache.Key("/p/a.csx", "1");

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, ScriptCache.Key("/p/a.csx", "1"));
        Assert.NotEqual(key, ScriptCache.Key("/p/a.csx", "2"));
        Assert.NotEqual(key, ScriptCache.Key("/p/b.csx", "1"));
        // The separator keeps "path + source" pairs apart that concatenate to the same text.
        Assert.NotEqual(ScriptCache.Key("/p/a", ".csx1"), ScriptCache.Key("/p/a.csx", "1"));
    }

    [Fact]
    public void Load_DamagedEntry_CompilesAgainAndReplacesIt()
    {
        using var files = new TempScripts();
        var path = files.Write("a.csx", Script);
        Directory.CreateDirectory(files.CacheFolder);
        var entry = Path.Combine(files.CacheFolder, ScriptCache.Key(Path.GetFullPath(path), Script) + ".dll");
        File.WriteAllText(entry, "not an assembly");

        var first = ProofRunner.Run([path], files.Options);
        var second = ProofRunner.Run([path], files.Options);

        Assert.False(first.Scripts[0].CacheHit);
        Assert.Equal(VerdictKind.Proved, first.Claims[0].Verdict.Kind);
        Assert.True(second.Scripts[0].CacheHit);
        Assert.Equal(entry, second.Scripts[0].CacheFile);
    }

    [Fact]
    public void Load_CacheFolderCannotBeCreated_RunsUncached()
    {
        using var files = new TempScripts();
        var path = files.Write("a.csx", Script);
        var blocker = files.Write("not-a-folder", "");

        var run = ProofRunner.Run([path], files.Options with { CacheDirectory = blocker });

        Assert.Empty(run.Errors);
        Assert.Null(run.Scripts[0].CacheFile);
        Assert.Equal(VerdictKind.Proved, run.Claims[0].Verdict.Kind);
    }

    [Fact]
    public void Load_ConcurrentRunsOnOneCache_AllSucceedWithOneCompleteEntry()
    {
        using var files = new TempScripts();
        var path = files.Write("a.csx", Script);

        var runs = Enumerable.Range(0, 3).AsParallel().Select(_ => ProofRunner.Run([path], files.Options)).ToList();

        Assert.All(runs, r => Assert.Equal(VerdictKind.Proved, Assert.Single(r.Claims).Verdict.Kind));
        Assert.Single(Directory.GetFiles(files.CacheFolder, "*.dll"));
        Assert.Empty(Directory.GetFiles(files.CacheFolder, "*.tmp"));
        Assert.True(ProofRunner.Run([path], files.Options).Scripts[0].CacheHit);
    }
}
