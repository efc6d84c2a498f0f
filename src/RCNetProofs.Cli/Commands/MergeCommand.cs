using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using RCNetProofs.Cli.Reports;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet merge REPORT…`: combines sharded rcnet-report/1 files into one report.</summary>
internal static class MergeCommand
{
    public static Command Build()
    {
        var reports = new Argument<string[]>("reports") { Description = "Report files written by 'rcnet check --json' (one per shard).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<string?>("--json") { Description = "Write the merged report here (default: standard output)." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the merged report as a Markdown table." };
        var cmd = new Command("merge",
            "Combine the JSON reports of sharded runs into one, with the summary an unsharded run gives.\n\n" +
            "Example:\n  for k in 1 2 3 4; do rcnet check --shard $k/4 --json shard$k.json & done; wait\n  rcnet merge shard*.json --json all.json\n\n" +
            "Exit codes: 0 merged and nothing unexpected, 1 some verdict unexpected, 2 unreadable or inconsistent reports.");
        cmd.Arguments.Add(reports); cmd.Options.Add(json); cmd.Options.Add(markdown);
        cmd.SetAction(p => Run(p.GetValue(reports)!, p.GetValue(json), p.GetValue(markdown), Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(string[] paths, string? jsonPath, string? markdownPath, TextWriter stdout, TextWriter stderr)
    {
        var claims = new List<JsonObject>();
        var seen = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            JsonObject doc;
            try { doc = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new JsonException("not a JSON object"); }
            catch (FileNotFoundException) { stderr.WriteLine($"rcnet merge: {path}: no such file"); return Program.ExitInputError; }
            catch (Exception e) when (e is JsonException or IOException) { stderr.WriteLine($"rcnet merge: {path}: not a report: {e.Message}"); return Program.ExitInputError; }
            if ((string?)doc["format"] != ReportJson.Format) { stderr.WriteLine($"rcnet merge: {path}: $.format: expected \"{ReportJson.Format}\""); return Program.ExitInputError; }
            if (doc["claims"] is not JsonArray arr) { stderr.WriteLine($"rcnet merge: {path}: $.claims: expected an array"); return Program.ExitInputError; }
            for (int i = 0; i < arr.Count; i++)
            {
                if (arr[i] is not JsonObject c || c["id"]?.GetValueKind() != JsonValueKind.String
                    || !ReportText.IsVerdictName((string?)c["verdict"]) || !ReportText.IsVerdictName((string?)c["expected"]))
                { stderr.WriteLine($"rcnet merge: {path}: $.claims[{i}]: expected a claim with id, expected and verdict"); return Program.ExitInputError; }
                var id = (string)c["id"]!;
                if (seen.TryGetValue(id, out var other)) { stderr.WriteLine($"rcnet merge: claim {id} appears in both {other} and {path}; shards must be disjoint"); return Program.ExitInputError; }
                seen[id] = path;
                claims.Add((JsonObject)c.DeepClone());
            }
        }
        claims.Sort((a, b) => string.CompareOrdinal((string)a["id"]!, (string)b["id"]!));
        var merged = ReportJson.Document(claims);
        var text = ReportJson.Serialize(merged);
        if (jsonPath is null) stdout.Write(text); else ReportJson.WriteAtomically(jsonPath, text);
        if (markdownPath is not null) ReportJson.WriteAtomically(markdownPath, ReportText.Markdown(claims, (JsonObject)merged["summary"]!));
        var summary = (JsonObject)merged["summary"]!;
        (jsonPath is null ? stderr : stdout).WriteLine(ReportText.SummaryLine(summary, claims.Count));
        return (int)summary["unexpected"]! == 0 ? Program.ExitOk : Program.ExitUnexpected;
    }
}
