using System.CommandLine;
using System.Text.RegularExpressions;
using RCNetProofs.Cli.Reports;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Scripting;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet check [PATHS…]`: runs proof scripts and reports every claim's verdict.</summary>
internal static partial class CheckCommand
{
    /// <summary>Everything `check` was asked to do.</summary>
    internal sealed record Request(string[] Paths, string[] Filters, string? Json, string? Markdown, string? Certificates,
        string? Shard, long Budget, double? Timeout, string? Cache, bool NoCache);

    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Proof scripts (*.csx) or folders holding them. Default: proofs/", Arity = ArgumentArity.ZeroOrMore };
        var filter = new Option<string[]>("--filter") { Description = "Only claims whose id matches this glob (repeatable), e.g. 'YAR-SQ/*' or 'TEL-FRAC/L=4?'. A pattern without '/' matches a whole family.", AllowMultipleArgumentsPerToken = false };
        var json = new Option<string?>("--json") { Description = "Write the machine-readable report (rcnet-report/1) to this file." };
        var markdown = new Option<string?>("--markdown") { Description = "Write the report as a Markdown table to this file." };
        var certs = new Option<string?>("--certificates") { Description = "Write a certificate for every proved distance claim into this folder (replay with 'rcnet verify')." };
        var shard = new Option<string?>("--shard") { Description = "Check only shard k of n (1 ≤ k ≤ n), split deterministically by claim id; combine with 'rcnet merge'." };
        var budget = new Option<long>("--budget") { Description = "Piece budget per claim for exact 1-D analyses; past it a claim is unknown.", DefaultValueFactory = _ => PiecewiseLinear.DefaultBudget };
        var timeout = new Option<double?>("--timeout") { Description = "Seconds per claim; past it a claim is unknown." };
        var cache = new Option<string?>("--cache") { Description = "Folder for compiled scripts (default: $RCNET_CACHE, else $XDG_CACHE_HOME/rcnet, else ~/.cache/rcnet)." };
        var noCache = new Option<bool>("--no-cache") { Description = "Compile every script afresh; neither read nor write the cache." };
        var cmd = new Command("check",
            "Run proof scripts and report each claim's verdict: proved, refuted (with an exact witness), sampled, unknown or error.\n\n" +
            "Examples:\n  rcnet check proofs\n  rcnet check proofs/telgarsky.csx --filter 'TEL-FRAC/*' --json report.json --markdown report.md\n" +
            "  rcnet check --shard 2/8 --json shard2.json      # one job of a cluster array; then 'rcnet merge'\n\n" +
            "Exit codes: 0 every verdict as expected, 1 some verdict unexpected, 2 a usage, input or script error.\n" +
            "Proof scripts are C# code and run with your rights; only run scripts you trust.");
        cmd.Arguments.Add(paths);
        foreach (var o in new Option[] { filter, json, markdown, certs, shard, budget, timeout, cache, noCache }) cmd.Options.Add(o);
        cmd.SetAction(p => Run(new Request(p.GetValue(paths) ?? [], p.GetValue(filter) ?? [], p.GetValue(json), p.GetValue(markdown),
            p.GetValue(certs), p.GetValue(shard), p.GetValue(budget), p.GetValue(timeout), p.GetValue(cache), p.GetValue(noCache)),
            Console.Out, Console.Error, interactive: !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is not ("true" or "1")));
        return cmd;
    }

    internal static int Run(string[] paths, TextWriter stdout, TextWriter stderr) =>
        Run(new Request(paths, [], null, null, null, null, PiecewiseLinear.DefaultBudget, null, null, false), stdout, stderr, interactive: false);

    internal static int Run(Request r, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        if (!ScriptPaths.TryExpand(r.Paths, "check", stderr, out var paths, out var scripts)) return Program.ExitInputError;
        if (scripts.Count == 0)
        {
            stdout.WriteLine($"rcnet check: no proof scripts (*.csx) in {string.Join(", ", paths)}; nothing to check.");
            return Program.ExitOk;
        }
        Shard? shard = null;
        if (r.Shard is not null)
        {
            try { shard = Shard.Parse(r.Shard); }
            catch (FormatException e) { stderr.WriteLine($"rcnet check: --shard: {e.Message}"); return Program.ExitInputError; }
        }
        if (r.Budget <= 0) { stderr.WriteLine($"rcnet check: --budget: must be positive, got {r.Budget}"); return Program.ExitInputError; }
        if (r.Timeout is <= 0) { stderr.WriteLine($"rcnet check: --timeout: must be positive, got {r.Timeout}"); return Program.ExitInputError; }
        var options = new RunOptions
        {
            Filters = r.Filters, Shard = shard, PieceBudget = r.Budget, Certificates = r.Certificates is not null,
            TimeLimit = r.Timeout is double s ? TimeSpan.FromSeconds(s) : null, CacheDirectory = r.Cache, UseCache = !r.NoCache,
        };

        using var progress = new ProgressPrinter(stderr, interactive);
        var run = ProofRunner.Run(scripts, options, progress);
        progress.Finish();

        foreach (var e in run.Errors) stderr.WriteLine(e.ToString());
        var entries = new List<ReportEntry>();
        foreach (var c in run.Claims)
        {
            string? certPath = null;
            if (r.Certificates is not null && c.Evidence?.Certificate is { } cert)
            {
                certPath = Path.Combine(r.Certificates, SafeFileName(c.Id) + ".json");
                cert.Write(certPath, ToolInfo.Version);
            }
            entries.Add(new ReportEntry(c.Verdict, c.Seconds, certPath));
        }
        var nodes = entries.Select(ReportJson.ClaimNode).ToList();
        var doc = ReportJson.Document(nodes);
        var summary = (System.Text.Json.Nodes.JsonObject)doc["summary"]!;
        if (nodes.Count > 0) stdout.Write(ReportText.Table(nodes, colour: interactive && !Console.IsOutputRedirected));
        foreach (var c in run.Claims.Where(c => c.Unexpected))
            stdout.WriteLine($"unexpected: {c.ScriptPath}({c.Line}): {c.Id}: expected {ReportJson.Name(c.Claim.Expected)}, got {ReportJson.Name(c.Verdict.Kind)}: {c.Verdict.Message}");
        stdout.WriteLine(ReportText.SummaryLine(summary, nodes.Count) + (run.Errors.Count > 0 ? $"; {run.Errors.Count} script error(s)" : ""));
        if (r.Json is not null) ReportJson.WriteAtomically(r.Json, ReportJson.Serialize(doc));
        if (r.Markdown is not null) ReportJson.WriteAtomically(r.Markdown, ReportText.Markdown(nodes, summary));
        if (run.Errors.Count > 0) return Program.ExitInputError;
        return run.UnexpectedCount > 0 ? Program.ExitUnexpected : Program.ExitOk;
    }

    [GeneratedRegex(@"[^A-Za-z0-9._=,+\-]")]
    private static partial Regex Unsafe();

    /// <summary>"YAR-SQ/m=20" → "YAR-SQ_m=20": a claim id as a file name.</summary>
    internal static string SafeFileName(string id) => Unsafe().Replace(id, "_");
}
