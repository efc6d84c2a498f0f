using System.Text.Json.Nodes;
using RCNetProofs.Cli.Reports;
using Xunit;

namespace RCNetProofs.Cli.Tests.Reports;

public class ReportTextTests
{
    private static JsonObject Claim(string id, string verdict, string expected, string? measured, string? bound, string? lo = null, string? hi = null)
    {
        var c = new JsonObject { ["id"] = id, ["statement"] = "s | t", ["source"] = "src", ["verdict"] = verdict, ["expected"] = expected, ["measured"] = measured, ["bound"] = bound, ["seconds"] = 1.25, ["sizes"] = new JsonObject { ["width"] = 3, ["depth"] = 7 } };
        if (lo is not null) { c["measured_lo"] = lo; c["measured_hi"] = hi; }
        return c;
    }

    [Fact]
    public void Table_AlignsColumnsAndMarksUnexpected()
    {
        var t = ReportText.Table([Claim("YAR-SQ/m=1", "proved", "proved", "1/16", "1/16"), Claim("X", "refuted", "proved", "1/2", "1/4")]);
        var lines = t.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
        Assert.StartsWith("! X", lines[2]);
        Assert.Contains("1/16 vs 1/16", lines[1]);
        Assert.Contains("3×7", lines[1]);
    }

    [Fact]
    public void MeasuredVersusBound_ShowsEnclosures() =>
        Assert.Equal("[1/3, 1/2] vs 1", ReportText.MeasuredVersusBound(Claim("X", "unknown", "proved", null, "1", "1/3", "1/2")));

    [Fact]
    public void Markdown_EscapesPipes()
    {
        var md = ReportText.Markdown([Claim("A", "proved", "proved", "1", null)], ReportJson.Summary([("proved", "proved")]));
        Assert.Contains("s \\| t", md);
        Assert.Contains("1 claim: 1 proved", md);
    }
}
