using RCNetProofs.Kernel.Claims;

namespace RCNetProofs.Scripting;

/// <summary>One checked claim: the kernel's verdict, how long the check took, and where the claim was stated.</summary>
/// <param name="Verdict">The verdict, obtained by the host from the kernel's <see cref="Check"/>.</param>
/// <param name="Seconds">Wall-clock seconds spent in the check (0 for claims that never ran).</param>
/// <param name="ScriptPath">The script that stated the claim, as the caller named it.</param>
/// <param name="Line">The 1-based line of the script's <c>Claim(…)</c> call.</param>
/// <param name="Evidence">What the check looked at and measured, when it ran.</param>
public sealed record ClaimResult(Verdict Verdict, double Seconds, string ScriptPath, int Line, ClaimEvidence? Evidence)
{
    /// <summary>The claim judged.</summary>
    public Claim Claim => Verdict.Claim;

    /// <summary>The claim's id.</summary>
    public string Id => Verdict.Claim.Id;

    /// <summary>True when the verdict differs from what the claim expected.</summary>
    public bool Unexpected => Verdict.Unexpected;
}
