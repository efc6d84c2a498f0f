using RCNetProofs.Kernel.Claims;

namespace RCNetProofs.Scripting;

/// <summary>Everything one run of proof scripts produced: a verdict per selected claim, the scripts, and script errors.</summary>
public sealed class CheckRun
{
    internal CheckRun(IReadOnlyList<ClaimResult> claims, IReadOnlyList<ScriptRun> scripts, IReadOnlyList<ScriptError> errors,
        int claimsStated, int claimsSelected)
    {
        Claims = claims; Scripts = scripts; Errors = errors; ClaimsStated = claimsStated; ClaimsSelected = claimsSelected;
    }

    /// <summary>The claims of this run (selected by filter and shard), in script order and then in the order stated.</summary>
    public IReadOnlyList<ClaimResult> Claims { get; }

    /// <summary>Each script of the run, in the order given.</summary>
    public IReadOnlyList<ScriptRun> Scripts { get; }

    /// <summary>Compile errors, scripts that threw while stating claims, duplicate ids, unreadable files.</summary>
    public IReadOnlyList<ScriptError> Errors { get; }

    /// <summary>Claims the scripts stated, before filter and shard.</summary>
    public int ClaimsStated { get; }

    /// <summary>Claims the filter selected, before the shard split.</summary>
    public int ClaimsSelected { get; }

    /// <summary>Number of claims with this verdict.</summary>
    public int Count(VerdictKind kind) => Claims.Count(c => c.Verdict.Kind == kind);

    /// <summary>Number of claims whose verdict differs from the one expected.</summary>
    public int UnexpectedCount => Claims.Count(c => c.Unexpected);

    /// <summary>True when no script failed and every verdict is the one expected.</summary>
    public bool AllAsExpected => Errors.Count == 0 && UnexpectedCount == 0;
}
