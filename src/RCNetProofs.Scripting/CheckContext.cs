namespace RCNetProofs.Scripting;

/// <summary>
/// The limits the host hands to a claim's deferred check: the piece budget, the time-limit token, whether proved
/// distance claims should come with a certificate, and where a long check says how far it is ("box 12/1024").
/// </summary>
internal readonly record struct CheckContext(long Budget, CancellationToken Cancellation, bool Certify = false, Action<string>? Activity = null);
