using System.Reflection;

namespace RCNetProofs.Scripting;

/// <summary>A script assembly ready to run, and where it came from.</summary>
internal sealed record LoadedScript(Assembly Assembly, bool CacheHit, double CompileSeconds, string? CacheFile);
