using System.Text.Json.Nodes;
using RCNetProofs.Cli.Commands;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class MergeCommandTests
{
    private static string Report(params (string Id, string Expected, string Verdict)[] claims) =>
        new JsonObject
        {
            ["format"] = "rcnet-report/1", ["tool"] = "rcnet", ["version"] = "0",
            ["claims"] = new JsonArray(claims.Select(c => (JsonNode?)new JsonObject
            {
                ["id"] = c.Id, ["family"] = c.Id.Split('/')[0], ["source"] = "s", ["statement"] = "t",
                ["expected"] = c.Expected, ["verdict"] = c.Verdict, ["measured"] = "1/2", ["bound"] = null,
                ["witness"] = null, ["sizes"] = null, ["seconds"] = 0.5, ["certificate"] = null,
            }).ToArray()),
            ["summary"] = new JsonObject(),
        }.ToJsonString();

    private static string[] Write(string dir, params string[] reports) =>
        reports.Select((r, i) => { var p = Path.Combine(dir, $"shard{i}.json"); File.WriteAllText(p, r); return p; }).ToArray();

    [Fact]
    public void Shards_MergeIntoOneSortedReportWithRecomputedSummary()
    {
        var dir = Directory.CreateTempSubdirectory("rcnet-merge-").FullName;
        try
        {
            var files = Write(dir,
                Report(("YAR-SQ/m=2", "proved", "proved"), ("SEED-DELTA", "refuted", "refuted")),
                Report(("YAR-SQ/m=1", "proved", "unknown")));
            var outPath = Path.Combine(dir, "all.json"); var md = Path.Combine(dir, "all.md");
            var (code, output, _) = Repo.Capture((o, e) => MergeCommand.Run(files, outPath, md, o, e));
            Assert.Equal(1, code); // one unexpected verdict
            var doc = JsonNode.Parse(File.ReadAllText(outPath))!;
            Assert.Equal(["SEED-DELTA", "YAR-SQ/m=1", "YAR-SQ/m=2"], doc["claims"]!.AsArray().Select(c => (string)c!["id"]!));
            var s = doc["summary"]!;
            Assert.Equal(1, (int)s["proved"]!); Assert.Equal(1, (int)s["refuted"]!); Assert.Equal(1, (int)s["unknown"]!);
            Assert.Equal(1, (int)s["unexpected"]!);
            Assert.Contains("3 claims: 1 proved, 1 refuted, 0 sampled, 1 unknown, 0 error; 1 unexpected", output);
            Assert.Contains("| `YAR-SQ/m=1` |", File.ReadAllText(md));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void OverlappingShards_AreAnError()
    {
        var dir = Directory.CreateTempSubdirectory("rcnet-merge-").FullName;
        try
        {
            var files = Write(dir, Report(("A", "proved", "proved")), Report(("A", "proved", "proved")));
            var (code, _, err) = Repo.Capture((o, e) => MergeCommand.Run(files, null, null, o, e));
            Assert.Equal(2, code);
            Assert.Contains("claim A appears in both", err);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("{ \"format\": \"other\" }", "$.format")]
    [InlineData("[1,2]", "not a report")]
    [InlineData("{ \"format\": \"rcnet-report/1\", \"claims\": [ { \"id\": \"A\" } ] }", "$.claims[0]")]
    public void MalformedReport_Exit2NamingFileAndPath(string text, string message)
    {
        var dir = Directory.CreateTempSubdirectory("rcnet-merge-").FullName;
        try
        {
            var (code, _, err) = Repo.Capture((o, e) => MergeCommand.Run(Write(dir, text), null, null, o, e));
            Assert.Equal(2, code);
            Assert.Contains("shard0.json", err);
            Assert.Contains(message, err);
        }
        finally { Directory.Delete(dir, true); }
    }
}
