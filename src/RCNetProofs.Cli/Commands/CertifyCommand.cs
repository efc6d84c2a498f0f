using System.CommandLine;
using System.Diagnostics;
using RCNetProofs.Cli.Reports;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Certificates;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet certify`: the kernel on a user's own network — the exact distance to a target on an interval.</summary>
internal static class CertifyCommand
{
    public static Command Build()
    {
        var network = new Option<string>("--network") { Description = "The network file (rcnet-network/1 JSON) with one input and one output.", Required = true };
        var target = new Option<string>("--target") { Description = "The target f(x): a polynomial in x with rational constants, + - * ^, abs, min, max. Example: \"abs(x-1/3)\".", Required = true };
        var on = new Option<string>("--on") { Description = "The interval [a,b] with rational ends, e.g. [0,1] or [-1/2,3/4].", Required = true };
        var norm = new Option<string>("--norm") { Description = "sup (default): sup|N-f|;  L1: ∫|N-f|;  L2: ∫|N-f|^2 (the p-th power).", DefaultValueFactory = _ => "sup" };
        var bound = new Option<string?>("--bound") { Description = "Prove measured ≤ bound (else refute with a witness). Without it, report the exact value." };
        var json = new Option<string?>("--json") { Description = "Write the rcnet-report/1 report (one claim, id CERTIFY) to this file." };
        var cert = new Option<string?>("--certificate") { Description = "Write the certificate of a proved result to this file (replay with 'rcnet verify')." };
        var budget = new Option<long>("--budget") { Description = "Largest number of linear pieces to enumerate before answering unknown.", DefaultValueFactory = _ => PiecewiseLinear.DefaultBudget };
        var timeout = new Option<double?>("--timeout") { Description = "Seconds before answering unknown." };
        var cmd = new Command("certify",
            "Measure exactly how far your network is from a target on an interval, and prove or refute a bound.\n\n" +
            "Examples:\n  rcnet certify --network h5.json --target x^2 --on [0,1]\n" +
            "  rcnet certify --network net.json --target \"abs(x-1/3)\" --on [0,1] --norm L2 --bound 1/1000 --json report.json --certificate cert.json\n\n" +
            "Exit codes: 0 proved, 1 refuted or unknown, 2 bad input.");
        foreach (var o in new Option[] { network, target, on, norm, bound, json, cert, budget, timeout }) cmd.Options.Add(o);
        cmd.SetAction(p => Run(p.GetValue(network)!, p.GetValue(target)!, p.GetValue(on)!, p.GetValue(norm)!, p.GetValue(bound),
            p.GetValue(json), p.GetValue(cert), p.GetValue(budget), p.GetValue(timeout), Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(string networkPath, string targetText, string interval, string normText, string? boundText,
        string? jsonPath, string? certPath, long budget, double? timeout, TextWriter stdout, TextWriter stderr)
    {
        int Fail(string message) { stderr.WriteLine($"rcnet certify: {message}"); return Program.ExitInputError; }
        Network net;
        try { net = NetworkJson.Read(networkPath); }
        catch (FileNotFoundException) { return Fail($"{networkPath}: no such file"); }
        catch (Exception e) when (e is FormatException or NetworkException or IOException or UnauthorizedAccessException) { return Fail(e.Message); }
        if (net.InputDimension != 1 || net.OutputDimension != 1)
            return Fail($"{networkPath}: the network maps R^{net.InputDimension} → R^{net.OutputDimension}; certify needs R → R");
        TargetExpression f;
        try { f = TargetParser.Parse(targetText); }
        catch (TargetParseException e) { return Fail($"--target: {e.Message}"); }
        if (!TryParseInterval(interval, out var a, out var b, out var why)) return Fail($"--on: {why}");
        if (!Certificate.TryParseNorm(normText, out var norm)) return Fail($"--norm: '{normText}' is not sup, L1 or L2");
        Rational? bound = null;
        if (boundText is not null)
        {
            if (!Rational.TryParse(boundText, out var q, out var err)) return Fail($"--bound: {err}");
            bound = q;
        }
        if (budget <= 0) return Fail($"--budget: must be positive, got {budget}");

        var claim = new Claim("CERTIFY", $"user network {Path.GetFileName(networkPath)}",
            $"{(norm == Norm.Sup ? "sup" : norm == Norm.L1 ? "∫" : "∫")} |N − ({f})|{(norm == Norm.L2 ? "^2" : "")} on [{a}, {b}]{(bound is null ? "" : $" ≤ {bound}")}");
        using var cts = timeout is double s ? new CancellationTokenSource(TimeSpan.FromSeconds(s)) : new CancellationTokenSource();
        var sw = Stopwatch.StartNew();
        Verdict verdict; Certificate? certificate = null;
        var progress = new PieceProgress(stderr);
        if (certPath is not null) (verdict, certificate) = Certificate.CheckAndCertify(claim, net, f, a, b, norm, bound, budget, cts.Token, progress);
        else verdict = Check.Distance(claim, net, f, a, b, norm, bound, budget, cts.Token, piecesFound: progress).Verdict;
        var seconds = sw.Elapsed.TotalSeconds;

        string? writtenCert = null;
        if (certificate is not null) { certificate.Write(certPath!, ToolInfo.Version); writtenCert = certPath; }
        else if (certPath is not null) stderr.WriteLine($"rcnet certify: no certificate written: only proved results are certified (verdict {ReportJson.Name(verdict.Kind)})");
        if (jsonPath is not null) ReportJson.WriteAtomically(jsonPath, ReportJson.ToJson([new ReportEntry(verdict, seconds, writtenCert)]));

        stdout.WriteLine($"CERTIFY  {ReportJson.Name(verdict.Kind)}  {verdict.Message}  ({seconds:F2} s)");
        if (verdict.Witness is { } w && !verdict.Message.Contains(w.Description, StringComparison.Ordinal)) stdout.WriteLine($"  witness: {w.Description}");
        if (writtenCert is not null) stdout.WriteLine($"  certificate: {writtenCert}");
        return verdict.Kind == VerdictKind.Proved ? Program.ExitOk : Program.ExitUnexpected;
    }

    /// <summary>Reads "[a,b]", "a,b" or "[a, b]" with rational ends and a ≤ b.</summary>
    internal static bool TryParseInterval(string text, out Rational a, out Rational b, out string? error)
    {
        a = b = Rational.Zero; error = null;
        var t = text.Trim();
        if (t.StartsWith('[') && t.EndsWith(']')) t = t[1..^1];
        var parts = t.Split(',');
        if (parts.Length != 2) { error = $"'{text}' is not an interval like [0,1]"; return false; }
        if (!Rational.TryParse(parts[0], out a, out var e1)) { error = $"left end: {e1}"; return false; }
        if (!Rational.TryParse(parts[1], out b, out var e2)) { error = $"right end: {e2}"; return false; }
        if (a >= b) { error = $"the interval [{a}, {b}] is empty or a point; need a < b"; return false; }
        return true;
    }
}
