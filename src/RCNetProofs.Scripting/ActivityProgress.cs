namespace RCNetProofs.Scripting;

/// <summary>
/// Hands a kernel check's progress counts straight to the host's activity callback, on the reporting thread
/// (System.Progress would post them to the thread pool, out of order and after the claim has finished).
/// </summary>
internal sealed class ActivityProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
