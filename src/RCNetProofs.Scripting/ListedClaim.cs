using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Scripting;

/// <summary>A claim as a script states it, without checking it (what `rcnet list` prints).</summary>
/// <param name="Id">The claim id.</param>
/// <param name="Source">Where the statement comes from.</param>
/// <param name="Statement">The statement in words.</param>
/// <param name="Expected">The verdict its author expects.</param>
/// <param name="ScriptPath">The script that states it.</param>
/// <param name="Line">The 1-based line of its <c>Claim(…)</c> call.</param>
public sealed record ListedClaim(string Id, string Source, string Statement, VerdictKind Expected, string ScriptPath, int Line)
{
    /// <summary>The network the claim is about, as the script built it; null for a claim about a count alone.</summary>
    public Network? Network { get; init; }

    /// <summary>Why the claim would not be checked (its script threw, its id is stated twice, it states no check); null when it would be.</summary>
    public string? Problem { get; init; }
}
