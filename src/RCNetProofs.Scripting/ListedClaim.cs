using RCNetProofs.Kernel.Claims;

namespace RCNetProofs.Scripting;

/// <summary>A claim as a script states it, without checking it (what `rcnet list` prints).</summary>
/// <param name="Id">The claim id.</param>
/// <param name="Source">Where the statement comes from.</param>
/// <param name="Statement">The statement in words.</param>
/// <param name="Expected">The verdict its author expects.</param>
/// <param name="ScriptPath">The script that states it.</param>
/// <param name="Line">The 1-based line of its <c>Claim(…)</c> call.</param>
public sealed record ListedClaim(string Id, string Source, string Statement, VerdictKind Expected, string ScriptPath, int Line);
