namespace RCNetProofs.Scripting;

/// <summary>The limits the host hands to a claim's deferred check: the piece budget and the time-limit token.</summary>
internal readonly record struct CheckContext(long Budget, CancellationToken Cancellation);
