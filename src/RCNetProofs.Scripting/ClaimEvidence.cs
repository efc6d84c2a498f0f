using RCNetProofs.Kernel.Certificates;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Scripting;

/// <summary>
/// What a claim's check looked at and measured, kept beside the verdict so that a certificate can be written
/// and replayed by the kernel alone.
/// </summary>
/// <param name="Network">The network judged, if any.</param>
/// <param name="Target">For distance claims: the target as text the target parser reads back.</param>
/// <param name="From">For distance and piece claims: left end of the interval.</param>
/// <param name="To">For distance and piece claims: right end of the interval.</param>
/// <param name="Norm">For distance claims: the norm.</param>
/// <param name="Bound">For distance claims: the stated bound, if any.</param>
/// <param name="Distance">For distance claims that ran to completion: what the kernel measured.</param>
/// <param name="Certificate">For proved distance claims when certificates were asked for: the kernel's certificate.</param>
public sealed record ClaimEvidence(Network? Network, string? Target = null, Rational? From = null, Rational? To = null,
    Norm? Norm = null, Rational? Bound = null, DistanceOutcome? Distance = null, Certificate? Certificate = null);
