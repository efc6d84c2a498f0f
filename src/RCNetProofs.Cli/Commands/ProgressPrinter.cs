using System.Diagnostics;
using RCNetProofs.Scripting;

namespace RCNetProofs.Cli.Commands;

/// <summary>
/// Progress of a check run: a live one-line bar on a terminal; on a pipe or under CI, a plain line at most every
/// few seconds (claim n/N, rate, ETA, and how far a long claim's own check is), so long runs are never silent in logs.
/// </summary>
internal sealed class ProgressPrinter(TextWriter output, bool interactive, TimeSpan? plainInterval = null) : IProgress<RunProgress>, IDisposable
{
    private static readonly TimeSpan BarInterval = TimeSpan.FromMilliseconds(200);
    private readonly TimeSpan _plainInterval = plainInterval ?? TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPlain = TimeSpan.Zero, _lastBar = TimeSpan.MinValue / 2;
    private bool _barShown;
    private int _done, _total;

    public void Report(RunProgress p)
    {
        switch (p.Stage)
        {
            case RunStage.LoadingScript when !interactive:
                output.WriteLine($"[rcnet] loading {p.ScriptPath} ({p.Index}/{p.Total})");
                break;
            case RunStage.ScriptLoaded when !interactive:
                output.WriteLine($"[rcnet] {p.ScriptPath}: {(p.CacheHit == true ? "compiled script from cache" : "compiled")}");
                break;
            case RunStage.ClaimChecked:
                _done = p.Index; _total = p.Total;
                if (interactive) DrawBar(p.ClaimId);
                else if (_clock.Elapsed - _lastPlain >= _plainInterval || p.Index == p.Total)
                {
                    _lastPlain = _clock.Elapsed;
                    output.WriteLine($"[rcnet] claim {p.Index}/{p.Total} {p.ClaimId} — {Rate()}");
                }
                break;
            case RunStage.ClaimProgress:
                if (interactive)
                {
                    if (_clock.Elapsed - _lastBar < BarInterval) break;
                    _lastBar = _clock.Elapsed;
                    DrawBar($"{p.ClaimId} {p.Detail}");
                }
                else if (_clock.Elapsed - _lastPlain >= _plainInterval)
                {
                    _lastPlain = _clock.Elapsed;
                    output.WriteLine($"[rcnet] claim {p.Index}/{p.Total} {p.ClaimId}: {p.Detail} — {_clock.Elapsed.TotalSeconds:F0} s elapsed");
                }
                break;
        }
    }

    private string Rate()
    {
        double s = _clock.Elapsed.TotalSeconds;
        double rate = _done / Math.Max(s, 1e-9);
        double eta = rate > 0 ? (_total - _done) / rate : 0;
        return $"{rate:F1} claims/s, {s:F0} s elapsed, ETA {eta:F0} s";
    }

    private void DrawBar(string? id)
    {
        const int width = 24;
        int filled = _total == 0 ? width : _done * width / _total;
        var label = (id ?? "").Length > 48 ? "…" + id![^47..] : id ?? "";
        output.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {_done}/{_total} {label,-48} {Rate()}   ");
        _barShown = true;
    }

    /// <summary>Clears the live bar so the table starts on a clean line.</summary>
    public void Finish()
    {
        if (_barShown) { output.Write("\r" + new string(' ', 120) + "\r"); _barShown = false; }
    }

    public void Dispose() => Finish();
}
