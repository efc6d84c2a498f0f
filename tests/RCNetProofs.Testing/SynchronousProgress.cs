namespace RCNetProofs.Testing;

/// <summary>
/// Hands each progress report to <paramref name="report"/> at once, on the reporting thread (System.Progress posts
/// them to the thread pool, where a test would see them late and out of order).
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    /// <summary>Passes the value on.</summary>
    public void Report(T value) => report(value);
}
