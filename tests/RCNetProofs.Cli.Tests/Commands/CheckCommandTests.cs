using System.Text.Json.Nodes;
using RCNetProofs.Cli.Commands;
using RCNetProofs.Kernel.Analysis;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class CheckCommandTests
{
    private static CheckCommand.Request Req(string[] paths, string? json = null, string? shard = null, string[]? filters = null, string? certs = null) =>
        new(paths, filters ?? [], json, null, certs, shard, PiecewiseLinear.DefaultBudget, null, null, NoCache: true);

    [Fact]
    public void MissingPath_Exit2()
    {
        var (code, _, err) = Repo.Capture((o, e) => CheckCommand.Run(["no-such-folder"], o, e));
        Assert.Equal(2, code);
        Assert.Contains("no-such-folder: no such file or folder", err);
    }

    [Fact]
    public void WrongBound_IsAnUnexpectedRefutation_Exit1_Golden()
    {
        var (code, output, _) = Repo.Capture((o, e) => CheckCommand.Run(Req([Repo.File("proofs/bad/wrong-bound.csx")]), o, e, interactive: false));
        Assert.Equal(1, code);
        Repo.AssertGolden("check-wrong-bound", output);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void SeedErrata_DanielyEquation_RefutedBesideItsCorrection_Golden()
    {
        var request = Req([Repo.File("proofs/seeds-lectures.csx")]) with { Filters = ["SEED-DAN-EQ*", "SEED-MISC-S4*"] };
        var (code, output, _) = Repo.Capture((o, e) => CheckCommand.Run(request, o, e, interactive: false));
        Assert.Equal(0, code);
        Repo.AssertGolden("check-seed-errata", output);
    }

    [Fact]
    public void CompileError_Exit2_WithFileLineColumn()
    {
        var (code, _, err) = Repo.Capture((o, e) => CheckCommand.Run(Req([Repo.File("proofs/bad/compile-error.csx")]), o, e, interactive: false));
        Assert.Equal(2, code);
        Assert.Contains("proofs/bad/compile-error.csx(8,22): error CS0117", err);
    }

    [Fact]
    public void BadShard_Exit2()
    {
        var (code, _, err) = Repo.Capture((o, e) => CheckCommand.Run(Req([Repo.File("proofs/bad/wrong-bound.csx")], shard: "3/2"), o, e, interactive: false));
        Assert.Equal(2, code);
        Assert.Contains("--shard", err);
    }

    [Fact]
    public void ShardsMerged_GiveTheUnshardedSummary()
    {
        var dir = Directory.CreateTempSubdirectory("rcnet-shards-").FullName;
        try
        {
            var script = Repo.File("proofs/telgarsky.csx");
            string[] filters = ["TEL-SHALLOW/k=1?,*", "SEED-*", "TEL-PAR*"];
            var all = Path.Combine(dir, "all.json");
            var (c0, _, _) = Repo.Capture((o, e) => CheckCommand.Run(Req([script], all, filters: filters), o, e, interactive: false));
            Assert.Equal(0, c0);
            var parts = new List<string>();
            for (int k = 1; k <= 3; k++)
            {
                var part = Path.Combine(dir, $"s{k}.json"); parts.Add(part);
                var (ck, _, _) = Repo.Capture((o, e) => CheckCommand.Run(Req([script], part, $"{k}/3", filters), o, e, interactive: false));
                Assert.Equal(0, ck);
            }
            var merged = Path.Combine(dir, "merged.json");
            Assert.Equal(0, Repo.Capture((o, e) => MergeCommand.Run(parts.ToArray(), merged, null, o, e)).Code);
            var a = JsonNode.Parse(File.ReadAllText(all))!; var m = JsonNode.Parse(File.ReadAllText(merged))!;
            Assert.Equal(a["summary"]!.ToJsonString(), m["summary"]!.ToJsonString());
            Assert.Equal(a["claims"]!.AsArray().Select(c => (string)c!["id"]!).Order(StringComparer.Ordinal), m["claims"]!.AsArray().Select(c => (string)c!["id"]!));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("YAR-SQ/m=20", "YAR-SQ_m=20")]
    [InlineData("RC-T1.1/d=1,r=16,f=abs(x-1/3)", "RC-T1.1_d=1,r=16,f=abs_x-1_3_")]
    public void SafeFileName_KeepsIdsReadable(string id, string file) => Assert.Equal(file, CheckCommand.SafeFileName(id));

    [Fact]
    public void ReadmeExample_RunsAsDocumented()
    {
        var (code, output, _) = Repo.Capture((o, e) => CheckCommand.Run(Req([Repo.File("examples/proofs/first-proof.csx")]), o, e, interactive: false));
        Assert.Equal(0, code);
        Assert.Contains("3 claims: 2 proved, 1 refuted, 0 sampled, 0 unknown, 0 error; 0 unexpected", output);
        var readme = File.ReadAllText(Repo.File("README.md"));
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.Contains(line.TrimEnd(), Repo.Normalise(readme));
    }
}
