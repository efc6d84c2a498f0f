namespace RCNetProofs.Scripting;

/// <summary>
/// The limits the host hands to a claim's deferred check: the piece budget, the time-limit token, and whether
/// proved distance claims should come with a certificate.
/// </summary>
internal readonly record struct CheckContext(long Budget, CancellationToken Cancellation, bool Certify = false);
