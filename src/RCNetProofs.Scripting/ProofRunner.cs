using System.Diagnostics;
using System.Globalization;
using System.Runtime.Loader;
using RCNetProofs.Kernel.Claims;

namespace RCNetProofs.Scripting;

/// <summary>
/// Runs proof scripts: compiles (or loads from the cache) each script, runs it once to collect its claims, then
/// checks every selected claim through the kernel, one at a time, timing each and bounding it by the run's piece
/// budget and time limit.
/// </summary>
/// <remarks>
/// Order of work: all scripts are loaded and their claims stated first (duplicate ids are found across the whole
/// run, independent of filter and shard); then the filter selects claims, then the shard splits them; then the
/// selected claims are checked in script order and, within a script, in the order stated.
/// A script that does not compile contributes compile errors and no claims. A script that throws while stating
/// claims contributes a located error, and every claim it stated is reported as Error; other scripts still run.
/// A check that throws makes its claim Error, with the script line. The host writes nothing to the console; it
/// reports progress through <see cref="IProgress{T}"/>, synchronously: on the calling thread, except that a claim's own
/// progress (<see cref="RunStage.ClaimProgress"/>) comes from the thread its check runs on while the caller waits for it.
/// </remarks>
public static class ProofRunner
{
    /// <summary>How long past the time limit a cooperative check gets to notice the cancellation and stop.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);

    /// <summary>Runs <paramref name="scriptPaths"/> (each a .csx file; repeats of one file are run once) and returns every verdict.</summary>
    /// <param name="scriptPaths">The scripts, as they should be named in messages.</param>
    /// <param name="options">Cache, filter, shard, budget and time limit; null for the defaults.</param>
    /// <param name="progress">Receives a report per script loaded, per claim started and finished, and from long checks as they go.</param>
    public static CheckRun Run(IReadOnlyList<string> scriptPaths, RunOptions? options = null, IProgress<RunProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(scriptPaths);
        options ??= new RunOptions();
        var filter = new ClaimFilter(options.Filters);
        // One collectible context per run: the script assemblies go away with it, so a long-lived caller does not grow.
        var context = new AssemblyLoadContext("rcnet-proof-scripts", isCollectible: true);
        try
        {
            return RunIn(context, scriptPaths, options, filter, progress);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// Runs the scripts only as far as stating their claims (no check is made) and returns the claims the filter and
    /// shard select, each with the network it is about, and the script errors met.
    /// </summary>
    public static (IReadOnlyList<ListedClaim> Claims, IReadOnlyList<ScriptError> Errors) List(IReadOnlyList<string> scriptPaths, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scriptPaths);
        options ??= new RunOptions();
        var filter = new ClaimFilter(options.Filters);
        var context = new AssemblyLoadContext("rcnet-proof-scripts", isCollectible: true);
        try
        {
            var (selected, errors, _, _, _) = Select(context, scriptPaths, options, filter, null);
            return (selected.Select(p => new ListedClaim(p.Record.Id, p.Record.Source, p.Record.Statement, p.Record.Expected, p.Record.ScriptPath, p.Record.Line)
            {
                Network = p.Record.Subject,
                Problem = p.Failure,
            }).ToList(), errors);
        }
        finally
        {
            context.Unload();
        }
    }

    private static (List<PendingClaim> Selected, List<ScriptError> Errors, List<ScriptRun> Scripts, int Stated, int SelectedBeforeShard) Select(
        AssemblyLoadContext context, IReadOnlyList<string> scriptPaths, RunOptions options, ClaimFilter filter, IProgress<RunProgress>? progress)
    {
        var paths = scriptPaths.DistinctBy(Path.GetFullPath, StringComparer.Ordinal).ToList();
        var scripts = new List<ScriptRun>(paths.Count);
        var errors = new List<ScriptError>();
        var stated = new List<PendingClaim>();
        for (int i = 0; i < paths.Count; i++)
        {
            progress?.Report(new RunProgress(RunStage.LoadingScript, paths[i], i + 1, paths.Count));
            var run = LoadScript(paths[i], options, context, errors, stated);
            scripts.Add(run);
            progress?.Report(new RunProgress(RunStage.ScriptLoaded, paths[i], i + 1, paths.Count, CacheHit: run.CacheHit));
        }
        MarkDuplicates(stated, errors);

        var selected = stated.Where(p => filter.Selects(p.Record.Id)).ToList();
        int selectedCount = selected.Count;
        if (options.Shard is { } shard) selected = selected.Where(p => shard.Contains(p.Record.Id)).ToList();
        return (selected, errors, scripts, stated.Count, selectedCount);
    }

    private static CheckRun RunIn(AssemblyLoadContext context, IReadOnlyList<string> scriptPaths, RunOptions options, ClaimFilter filter,
        IProgress<RunProgress>? progress)
    {
        var (selected, errors, scripts, statedCount, selectedCount) = Select(context, scriptPaths, options, filter, progress);

        var results = new List<ClaimResult>(selected.Count);
        for (int i = 0; i < selected.Count; i++)
        {
            var record = selected[i].Record;
            progress?.Report(new RunProgress(RunStage.CheckingClaim, record.ScriptPath, i + 1, selected.Count, record.Id));
            int index = i;
            var result = CheckOne(selected[i], options, progress is null ? null
                : detail => progress.Report(new RunProgress(RunStage.ClaimProgress, record.ScriptPath, index + 1, selected.Count, record.Id, Detail: detail)));
            results.Add(result);
            progress?.Report(new RunProgress(RunStage.ClaimChecked, record.ScriptPath, i + 1, selected.Count, record.Id, result));
        }
        return new CheckRun(results, scripts, errors, statedCount, selectedCount);
    }

    private static ScriptRun LoadScript(string path, RunOptions options, AssemblyLoadContext context, List<ScriptError> errors, List<PendingClaim> stated)
    {
        var clock = Stopwatch.StartNew();
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ScriptError(ScriptErrorKind.Input, path, 0, 0, $"cannot read the script: {e.Message}"));
            return new ScriptRun(path, false, 0, clock.Elapsed.TotalSeconds, 0, null, Failed: true);
        }

        LoadedScript loaded;
        try
        {
            loaded = ScriptCache.Load(path, Path.GetFullPath(path), source, options, context);
        }
        catch (ScriptCompileException e)
        {
            errors.AddRange(e.Errors);
            return new ScriptRun(path, false, 0, clock.Elapsed.TotalSeconds, 0, null, Failed: true);
        }

        var globals = new ProofScript(path);
        string? failure = null;
        try
        {
            ScriptEntryPoint.Run(loaded.Assembly, globals);
        }
        catch (Exception e)
        {
            var error = new ScriptError(ScriptErrorKind.Registration, path, ScriptLocation.LineOf(e, loaded.Assembly) ?? 0, 0,
                $"the script threw while stating claims: {ScriptLocation.Describe(e)}");
            errors.Add(error);
            failure = $"not checked: {error}";
        }
        foreach (var record in globals.Records)
            stated.Add(new PendingClaim(record, loaded.Assembly, failure ?? (record.Check is null
                ? $"{record.Where}: the claim states no check; end it with e.g. .InClass(…), .Distance(…).AtMost(…) or .Pieces(…).Exactly(…)"
                : null)));
        return new ScriptRun(path, loaded.CacheHit, loaded.CompileSeconds, clock.Elapsed.TotalSeconds, globals.Records.Count, loaded.CacheFile, failure is not null);
    }

    private static void MarkDuplicates(List<PendingClaim> stated, List<ScriptError> errors)
    {
        foreach (var group in stated.GroupBy(p => p.Record.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var all = group.ToList();
            string places = string.Join(", ", all.Select(p => p.Record.Where));
            foreach (var p in all) p.Failure = $"duplicate claim id '{group.Key}', stated at {places}";
            foreach (var p in all.Skip(1))
                errors.Add(new ScriptError(ScriptErrorKind.DuplicateId, p.Record.ScriptPath, p.Record.Line, 0,
                    $"duplicate claim id '{group.Key}': already stated at {all[0].Record.Where}"));
        }
    }

    private static ClaimResult CheckOne(PendingClaim pending, RunOptions options, Action<string>? activity)
    {
        var record = pending.Record;
        if (pending.Failure is not null)
            return new ClaimResult(Check.Error(record.ToClaim(), pending.Failure), 0, record.ScriptPath, record.Line, null);
        var clock = Stopwatch.StartNew();
        var (verdict, evidence) = Execute(pending, options, activity);
        return new ClaimResult(verdict, clock.Elapsed.TotalSeconds, record.ScriptPath, record.Line, evidence);
    }

    private static (Verdict Verdict, ClaimEvidence? Evidence) Execute(PendingClaim pending, RunOptions options, Action<string>? activity)
    {
        var record = pending.Record;
        var claim = record.Claim!;
        var check = record.Check!;
        using var limit = options.TimeLimit is { } t ? new CancellationTokenSource(t) : null;
        var context = new CheckContext(options.PieceBudget, limit?.Token ?? CancellationToken.None, options.Certificates, activity);
        CheckOutcome outcome;
        try
        {
            if (options.TimeLimit is not { } timeLimit) outcome = check(context);
            else
            {
                // The kernel's enumerations stop at the token; anything else (a script's own measurement, a huge
                // point list) is abandoned on its thread once the limit and a short grace have passed.
                var task = Task.Factory.StartNew(() => check(context), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(timeLimit + Grace))
                {
                    _ = task.ContinueWith(static abandoned => _ = abandoned.Exception, CancellationToken.None,
                        TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                    return (Check.Unknown(claim, $"time limit: the check did not finish within {Seconds(timeLimit)} s and was abandoned"), null);
                }
                outcome = task.GetAwaiter().GetResult();
            }
        }
        catch (OperationCanceledException) when (limit?.IsCancellationRequested == true)
        {
            return (Check.Unknown(claim, $"time limit: the check was stopped after {Seconds(options.TimeLimit!.Value)} s"), null);
        }
        catch (Exception e)
        {
            int line = ScriptLocation.LineOf(e, pending.Script) ?? record.Line;
            return (Check.Error(claim, $"{record.ScriptPath}({line}): the check threw {ScriptLocation.Describe(e)}"), null);
        }
        return Accept(record, outcome);
    }

    /// <summary>
    /// Reports the check's verdict only if it is about the very claim object the host fixed for this check; anything
    /// else never reaches the report.
    /// </summary>
    internal static (Verdict Verdict, ClaimEvidence? Evidence) Accept(ClaimRecord record, CheckOutcome? outcome)
    {
        if (outcome is null || record.Claim is null || !ReferenceEquals(outcome.Verdict.Claim, record.Claim))
            return (Check.Error(record.ToClaim(), $"{record.Where}: the check returned a verdict that is not about this claim; only verdicts " +
                "the host's own check obtained from the kernel are reported"), null);
        return (outcome.Verdict, outcome.Evidence);
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
