using System.Reflection;

namespace RCNetProofs.Scripting;

/// <summary>A stated claim waiting to be checked, or already known to fail (with the reason).</summary>
internal sealed class PendingClaim(ClaimRecord record, Assembly script, string? failure)
{
    public ClaimRecord Record { get; } = record;

    /// <summary>The script assembly, to map exceptions to lines.</summary>
    public Assembly Script { get; } = script;

    /// <summary>Why the claim cannot be checked (its script failed, it has no check, its id is taken), or null.</summary>
    public string? Failure { get; set; } = failure;
}
