namespace RCNetProofs.Scripting;

/// <summary>How one script of a run was loaded.</summary>
/// <param name="ScriptPath">The script, as the caller named it.</param>
/// <param name="CacheHit">True when the compiled script was loaded from the cache, so Roslyn did not run.</param>
/// <param name="CompileSeconds">Seconds spent compiling (0 on a cache hit).</param>
/// <param name="LoadSeconds">Seconds from reading the file to having every claim registered, compile included.</param>
/// <param name="ClaimsStated">Claims the script registered.</param>
/// <param name="CacheFile">The compiled script in the cache, or null when the cache was not used.</param>
/// <param name="Failed">True when the script did not compile or threw while stating its claims.</param>
public sealed record ScriptRun(string ScriptPath, bool CacheHit, double CompileSeconds, double LoadSeconds, int ClaimsStated,
    string? CacheFile, bool Failed);
