using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RCNetProofs.Kernel.Claims;

namespace RCNetProofs.Cli.Reports;

/// <summary>Writes and reads <c>rcnet-report/1</c>, the machine-readable report of a run (a stable interface).</summary>
public static class ReportJson
{
    /// <summary>The format tag.</summary>
    public const string Format = "rcnet-report/1";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The verdict's name as written in reports ("proved", "refuted", …).</summary>
    public static string Name(VerdictKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>One claim as a JSON object.</summary>
    public static JsonObject ClaimNode(ReportEntry e)
    {
        var v = e.Verdict;
        var node = new JsonObject
        {
            ["id"] = v.Claim.Id,
            ["family"] = v.Claim.Family,
            ["source"] = v.Claim.Source,
            ["statement"] = v.Claim.Statement,
            ["expected"] = Name(v.Claim.Expected),
            ["verdict"] = Name(v.Kind),
            ["measured"] = v.Measured,
            ["bound"] = v.Bound,
            ["witness"] = v.Witness is { } w ? new JsonObject
            {
                ["x"] = new JsonArray(w.X.Select(x => (JsonNode?)JsonValue.Create(x.ToString())).ToArray()),
                ["network"] = w.NetworkValue.ToString(),
                ["target"] = w.TargetValue.ToString(),
                ["gap"] = w.Gap.ToString(),
            } : null,
            ["sizes"] = v.Sizes is { } s ? new JsonObject
            {
                ["width"] = s.Width, ["depth"] = s.Depth, ["params"] = s.Parameters, ["nonzeros"] = s.NonZeros,
            } : null,
            ["seconds"] = Math.Round(e.Seconds, 3),
            ["certificate"] = e.CertificatePath,
        };
        if (v.MeasuredLow is not null) { node["measured_lo"] = v.MeasuredLow; node["measured_hi"] = v.MeasuredHigh; }
        return node;
    }

    /// <summary>The summary counts of a list of claim nodes (also used when merging reports).</summary>
    public static JsonObject Summary(IEnumerable<(string Verdict, string Expected)> claims)
    {
        var counts = new Dictionary<string, int> { ["proved"] = 0, ["refuted"] = 0, ["sampled"] = 0, ["unknown"] = 0, ["error"] = 0, ["unexpected"] = 0 };
        foreach (var (verdict, expected) in claims)
        {
            if (counts.ContainsKey(verdict)) counts[verdict]++;
            if (verdict != expected) counts["unexpected"]++;
        }
        var o = new JsonObject();
        foreach (var k in new[] { "proved", "refuted", "sampled", "unknown", "error", "unexpected" }) o[k] = counts[k];
        return o;
    }

    /// <summary>The whole report as text.</summary>
    public static string ToJson(IReadOnlyList<ReportEntry> entries) =>
        Document(entries.Select(ClaimNode).ToList()).ToJsonString(Options) + "\n";

    /// <summary>A report document from claim nodes, with the summary computed from them.</summary>
    public static JsonObject Document(IReadOnlyList<JsonObject> claims) => new()
    {
        ["format"] = Format,
        ["tool"] = "rcnet",
        ["version"] = ToolInfo.Version,
        ["claims"] = new JsonArray(claims.Select(c => (JsonNode?)c.DeepClone()).ToArray()),
        ["summary"] = Summary(claims.Select(c => (c["verdict"]!.GetValue<string>(), c["expected"]!.GetValue<string>()))),
    };

    /// <summary>Serialises a document.</summary>
    public static string Serialize(JsonObject document) => document.ToJsonString(Options) + "\n";

    /// <summary>Writes text to a file atomically (temporary file in the same folder, then rename).</summary>
    public static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, "." + Path.GetFileName(full) + ".tmp-" + Environment.ProcessId);
        try
        {
            File.WriteAllText(tmp, text, new UTF8Encoding(false));
            File.Move(tmp, full, overwrite: true);
        }
        finally { if (File.Exists(tmp)) File.Delete(tmp); }
    }
}
