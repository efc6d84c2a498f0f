namespace RCNetProofs.Kernel.Analysis;

/// <summary>How an enumeration ended.</summary>
/// <param name="Complete">True when every piece of the segment was delivered.</param>
/// <param name="Pieces">Pieces delivered (before merging equal neighbours, as the sink saw them).</param>
/// <param name="StoppedBy">Why it stopped early: "budget" when the piece budget ran out, "sink" when the consumer asked to stop; null when complete.</param>
public sealed record EnumerationResult(bool Complete, long Pieces, string? StoppedBy);
