using RCNetProofs.Kernel.Analysis;

namespace RCNetProofs.Scripting;

/// <summary>How <see cref="ProofRunner.Run"/> selects, bounds and caches the work of one run.</summary>
public sealed record RunOptions
{
    /// <summary>The environment variable naming the compile-cache folder.</summary>
    public const string CacheEnvironmentVariable = "RCNET_CACHE";

    /// <summary>Folder for compiled scripts; null means <see cref="DefaultCacheDirectory()"/>.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>False compiles every script in memory and neither reads nor writes the cache.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Claim-id patterns (see <see cref="ClaimFilter"/>); empty selects every claim.</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    /// <summary>Check only this shard of the selected claims; null checks all of them.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Piece budget per claim for the exact 1-D analyses; running out makes the claim Unknown.</summary>
    public long PieceBudget { get; init; } = PiecewiseLinear.DefaultBudget;

    /// <summary>True to attach a replayable certificate to every proved distance claim (<see cref="ClaimEvidence.Certificate"/>).</summary>
    public bool Certificates { get; init; }

    /// <summary>Wall-clock limit per claim; when it passes the claim is Unknown. Null means no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// The cache folder used when <see cref="CacheDirectory"/> is null: $RCNET_CACHE, else $XDG_CACHE_HOME/rcnet,
    /// else ~/.cache/rcnet.
    /// </summary>
    public static string DefaultCacheDirectory() =>
        DefaultCacheDirectory(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    internal static string DefaultCacheDirectory(Func<string, string?> environment, string home)
    {
        var explicitDir = environment(CacheEnvironmentVariable);
        if (!string.IsNullOrEmpty(explicitDir)) return explicitDir;
        var xdg = environment("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg)) return Path.Combine(xdg, "rcnet");
        return Path.Combine(home, ".cache", "rcnet");
    }

    /// <summary>The cache folder this run uses.</summary>
    public string ResolvedCacheDirectory => CacheDirectory ?? DefaultCacheDirectory();
}
