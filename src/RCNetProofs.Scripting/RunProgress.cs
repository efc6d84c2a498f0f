namespace RCNetProofs.Scripting;

/// <summary>One progress report of a run, for the caller to print; the host itself prints nothing.</summary>
/// <param name="Stage">What happened.</param>
/// <param name="ScriptPath">The script concerned, as the caller named it.</param>
/// <param name="Index">For claims: 1-based position among the claims checked in this run; for scripts: among the scripts.</param>
/// <param name="Total">Number of claims (or scripts) in this run.</param>
/// <param name="ClaimId">The claim concerned, for claim stages.</param>
/// <param name="Result">The finished claim, for <see cref="RunStage.ClaimChecked"/>.</param>
/// <param name="CacheHit">For <see cref="RunStage.ScriptLoaded"/>: true when the compiled script came from the cache.</param>
/// <param name="Detail">For <see cref="RunStage.ClaimProgress"/>: how far the check is, in words ("box 12/1024").</param>
public sealed record RunProgress(RunStage Stage, string ScriptPath, int Index, int Total, string? ClaimId = null,
    ClaimResult? Result = null, bool? CacheHit = null, string? Detail = null);
