using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Kernel.Claims;

/// <summary>
/// The kernel's answer about one claim. Only the kernel constructs verdicts (the constructor is internal), so a
/// script can state any claim but cannot mint an answer.
/// </summary>
public sealed class Verdict
{
    internal Verdict(Claim claim, VerdictKind kind, string message, string? measured = null, string? bound = null,
        Witness? witness = null, NetworkSizes? sizes = null, string? measuredLow = null, string? measuredHigh = null)
    {
        if (kind == VerdictKind.Refuted && witness is null) throw new InvalidOperationException($"{claim.Id}: a refutation needs a witness");
        Claim = claim; Kind = kind; Message = message; Measured = measured; Bound = bound; Witness = witness; Sizes = sizes;
        MeasuredLow = measuredLow; MeasuredHigh = measuredHigh;
    }

    /// <summary>The claim judged.</summary>
    public Claim Claim { get; }
    /// <summary>The answer.</summary>
    public VerdictKind Kind { get; }
    /// <summary>True when the answer differs from what the claim expected.</summary>
    public bool Unexpected => Kind != Claim.Expected;
    /// <summary>One line for people, starting with the rule checked.</summary>
    public string Message { get; }
    /// <summary>The exact measured quantity as "p/q" (null when not a single number).</summary>
    public string? Measured { get; }
    /// <summary>Lower end of a rational enclosure of the measured quantity, when it is not rational.</summary>
    public string? MeasuredLow { get; }
    /// <summary>Upper end of that enclosure.</summary>
    public string? MeasuredHigh { get; }
    /// <summary>The claimed bound as "p/q", if any.</summary>
    public string? Bound { get; }
    /// <summary>The re-evaluated counterexample of a refutation.</summary>
    public Witness? Witness { get; }
    /// <summary>Sizes measured from the network judged, if one was.</summary>
    public NetworkSizes? Sizes { get; }
}
