namespace RCNetProofs.Kernel.Claims;

/// <summary>The five answers the kernel gives about a claim.</summary>
public enum VerdictKind
{
    /// <summary>Checked exactly and exhaustively.</summary>
    Proved,
    /// <summary>False, with an exact witness the kernel re-evaluated.</summary>
    Refuted,
    /// <summary>Holds on the recorded sample points only: evidence, never proof.</summary>
    Sampled,
    /// <summary>Not decided: the budget or time ran out, or the question is outside what the kernel decides.</summary>
    Unknown,
    /// <summary>The script or input failed before the kernel could decide.</summary>
    Error,
}
