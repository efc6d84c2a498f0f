using System.CommandLine;
using RCNetProofs.Cli.Benchmarking;
using RCNetProofs.Cli.Reports;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet bench`: times the exact, float, certification and script kernels and reports medians.</summary>
internal static class BenchCommand
{
    public static Command Build()
    {
        var quick = new Option<bool>("--quick") { Description = "Short runs (1 s warm-up and 5 runs per kernel); the whole suite stays under about a minute." };
        var json = new Option<string?>("--json") { Description = "Also write the results as rcnet-bench/1 JSON to this file." };
        // For tests and for timing one kernel by hand; not part of the stable interface.
        var filter = new Option<string?>("--filter") { Description = "Only the kernel of this name (a trailing * matches a prefix).", Hidden = true };
        var cmd = new Command("bench",
            "Time the kernels: exact and float sawtooth Δ^∘L (10,000 points), a 117-wide dense layer (4,096 points), the exact\n" +
            "certification of Yarotsky's h_m against x², the RC-T1.1 RCNet, and a proof script with a warm compile cache.\n" +
            "Each kernel warms up for at least 1 s; the time is the median over several runs, per invocation.\n\n" +
            "Examples:\n  rcnet bench --quick\n  rcnet bench --json bench.json");
        foreach (var o in new Option[] { quick, json, filter }) cmd.Options.Add(o);
        cmd.SetAction(p => Run(p.GetValue(quick), p.GetValue(json), p.GetValue(filter), Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(bool quick, string? jsonPath, string? filter, TextWriter stdout, TextWriter stderr, BenchRunner? runner = null)
    {
        runner ??= quick ? BenchRunner.Quick : BenchRunner.Full;
        var kernels = BenchSuite.All().Where(k => Selects(filter, k.Name)).ToList();
        if (kernels.Count == 0)
        {
            stderr.WriteLine($"rcnet bench: no kernel matches '{filter}'");
            return Program.ExitInputError;
        }
        var machine = BenchReport.Machine();
        stdout.WriteLine($"machine: {machine}");
        stdout.WriteLine($"warm-up ≥ {runner.Warmup.TotalSeconds:0.#} s per kernel, median of {runner.Runs} runs");
#if DEBUG
        stdout.WriteLine("note: this rcnet is a Debug build; its times are several times slower than a Release build's");
#endif
        stdout.WriteLine("rcnet-t1.1: the RC-T1.1 RCNet (Constructions/RCNets/CompositionApprox) for |x − 1/3|, built and evaluated exactly at k/64");
        stdout.WriteLine(BenchReport.Header());
        var results = new List<BenchResult>();
        foreach (var kernel in kernels)
        {
            BenchResult result;
            try { result = runner.Measure(kernel); }
            catch (InvalidOperationException e)
            {
                stderr.WriteLine($"rcnet bench: {kernel.Name}: {e.Message}");
                return Program.ExitUnexpected;
            }
            results.Add(result);
            stdout.WriteLine(BenchReport.Row(result));
            stdout.Flush();
        }
        if (jsonPath is not null)
        {
            try { ReportJson.WriteAtomically(jsonPath, ReportJson.Serialize(BenchReport.ToJson(machine, results))); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"rcnet bench: {jsonPath}: {e.Message}");
                return Program.ExitInputError;
            }
        }
        return Program.ExitOk;
    }

    internal static bool Selects(string? filter, string name) =>
        filter is null || (filter.EndsWith('*') ? name.StartsWith(filter[..^1], StringComparison.Ordinal) : name == filter);
}
