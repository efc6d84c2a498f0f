using RCNetProofs.Kernel.Claims;

namespace RCNetProofs.Scripting;

/// <summary>What a deferred check returns: the kernel's verdict and the evidence behind it.</summary>
internal sealed record CheckOutcome(Verdict Verdict, ClaimEvidence? Evidence);
