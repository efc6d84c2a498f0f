using System.Diagnostics;
using System.Globalization;

namespace RCNetProofs.Cli.Commands;

/// <summary>
/// `rcnet certify`'s progress on standard error: the pieces enumerated so far, at most one line per interval (5 s
/// by default), so a long certification is not silent and standard output stays the result alone.
/// </summary>
internal sealed class PieceProgress(TextWriter stderr, TimeSpan? interval = null) : IProgress<long>
{
    private readonly TimeSpan _interval = interval ?? TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;

    public void Report(long value)
    {
        var now = _clock.Elapsed;
        if (now - _last < _interval) return;
        _last = now;
        stderr.WriteLine($"rcnet certify: {value.ToString("N0", CultureInfo.InvariantCulture)} pieces, {now.TotalSeconds:F0} s elapsed");
    }
}
