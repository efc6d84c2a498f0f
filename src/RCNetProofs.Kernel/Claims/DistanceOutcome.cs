using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Claims;

/// <summary>
/// What the kernel's distance checks (<c>Check.Distance</c>, either overload) measured, kept beside the verdict so a certificate can record it.
/// </summary>
/// <param name="Norm">The distance measured.</param>
/// <param name="Low">Lower end of the measured value (equal to High when exact).</param>
/// <param name="High">Upper end of the measured value.</param>
/// <param name="ArgMax">For sup: a rational point where |N − f| = Low; null for integrals.</param>
/// <param name="Pieces">Network pieces enumerated.</param>
/// <param name="PieceDigest">SHA-256 over the canonical text of every piece, in order: a compact stand-in for the piece list (null unless asked for).</param>
public sealed record DistanceOutcome(Norm Norm, Rational Low, Rational High, Rational? ArgMax, long Pieces, string? PieceDigest);
