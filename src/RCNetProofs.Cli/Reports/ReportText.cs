using System.Text;
using System.Text.Json.Nodes;
using RCNetProofs.Kernel.Claims;

namespace RCNetProofs.Cli.Reports;

/// <summary>Reports for people: an aligned verdict table, a summary line, and a Markdown table.</summary>
public static class ReportText
{
    /// <summary>"12 claims: 9 proved, 2 refuted, 1 sampled, 0 unknown, 0 error; 0 unexpected".</summary>
    public static string SummaryLine(JsonObject summary, int claims) =>
        $"{claims} claim{(claims == 1 ? "" : "s")}: {summary["proved"]} proved, {summary["refuted"]} refuted, {summary["sampled"]} sampled, " +
        $"{summary["unknown"]} unknown, {summary["error"]} error; {summary["unexpected"]} unexpected";

    /// <summary>The measured value against the bound, e.g. "1/4096 ≤ 1/4096", or the enclosure.</summary>
    public static string MeasuredVersusBound(JsonNode claim)
    {
        string? m = (string?)claim["measured"], b = (string?)claim["bound"];
        if (m is null && claim["measured_lo"] is not null) m = $"[{claim["measured_lo"]}, {claim["measured_hi"]}]";
        return (m, b) switch { (null, null) => "", (null, _) => $"bound {b}", (_, null) => m!, _ => $"{m} vs {b}" };
    }

    private static string Sizes(JsonNode claim) =>
        claim["sizes"] is JsonObject s ? $"{s["width"]}×{s["depth"]}" : "";

    /// <summary>An aligned plain-text table; unexpected verdicts are marked with '!'.</summary>
    public static string Table(IReadOnlyList<JsonObject> claims, bool colour = false)
    {
        var rows = claims.Select(c => new[]
        {
            ((string)c["verdict"]! != (string)c["expected"]! ? "! " : "  ") + (string)c["id"]!,
            (string)c["verdict"]!,
            Shorten(MeasuredVersusBound(c), 48),
            Sizes(c),
            $"{(double)c["seconds"]!:F2}",
        }).ToList();
        var header = new[] { "  claim", "verdict", "measured vs bound", "width×depth", "s" };
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        var sb = new StringBuilder();
        void Line(string[] cells, string? verdict)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                var cell = i == 4 ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
                if (colour && i == 1 && verdict is not null) cell = Colour(verdict) + cell + "\u001b[0m";
                sb.Append(cell).Append(i + 1 < cells.Length ? "  " : "");
            }
            sb.Append('\n');
        }
        Line(header, null);
        foreach (var r in rows) Line(r, r[1]);
        return sb.ToString();
    }

    private static string Colour(string verdict) => verdict switch
    {
        "proved" => "\u001b[32m", "refuted" => "\u001b[31m", "sampled" => "\u001b[36m", "unknown" => "\u001b[33m", _ => "\u001b[35m",
    };

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    /// <summary>A Markdown table a paper's reader can paste: claim, statement, source, verdict, measured, bound.</summary>
    public static string Markdown(IReadOnlyList<JsonObject> claims, JsonObject summary)
    {
        static string Esc(string? s) => (s ?? "").Replace("|", "\\|").Replace("\n", " ");
        var sb = new StringBuilder();
        sb.Append("| claim | statement | source | expected | verdict | measured | bound |\n");
        sb.Append("|---|---|---|---|---|---|---|\n");
        foreach (var c in claims)
        {
            string? measured = (string?)c["measured"] ?? (c["measured_lo"] is null ? null : $"[{c["measured_lo"]}, {c["measured_hi"]}]");
            sb.Append($"| `{Esc((string?)c["id"])}` | {Esc((string?)c["statement"])} | {Esc((string?)c["source"])} | {Esc((string?)c["expected"])} | **{Esc((string?)c["verdict"])}** | {Esc(measured)} | {Esc((string?)c["bound"])} |\n");
        }
        sb.Append('\n').Append(SummaryLine(summary, claims.Count)).Append('\n');
        return sb.ToString();
    }

    /// <summary>True when a verdict name is one the kernel gives.</summary>
    public static bool IsVerdictName(string? s) => s is not null && Enum.GetNames<VerdictKind>().Any(n => n.Equals(s, StringComparison.OrdinalIgnoreCase));
}
