namespace RCNetProofs.Scripting;

/// <summary>What a <see cref="RunProgress"/> report is about.</summary>
public enum RunStage
{
    /// <summary>A script is being compiled (or loaded from the cache) and its claims registered.</summary>
    LoadingScript,
    /// <summary>A script's claims are registered; <see cref="RunProgress.CacheHit"/> says whether it was compiled.</summary>
    ScriptLoaded,
    /// <summary>A claim's check is starting.</summary>
    CheckingClaim,
    /// <summary>A claim's check says how far it is (<see cref="RunProgress.Detail"/>, e.g. "box 12/1024").</summary>
    ClaimProgress,
    /// <summary>A claim's check finished; <see cref="RunProgress.Result"/> holds its verdict.</summary>
    ClaimChecked,
}
