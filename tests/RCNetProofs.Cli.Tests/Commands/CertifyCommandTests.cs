using System.Text.Json.Nodes;
using RCNetProofs.Cli.Commands;
using RCNetProofs.Kernel.Analysis;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class CertifyCommandTests
{
    private static readonly string H5 = Repo.File("examples/networks/yarotsky-h5.json");

    private static (int, string, string) Certify(string network, string target, string on, string norm = "sup", string? bound = null, string? json = null, string? cert = null, long budget = PiecewiseLinear.DefaultBudget) =>
        Repo.Capture((o, e) => CertifyCommand.Run(network, target, on, norm, bound, json, cert, budget, null, o, e));

    [Fact]
    public void H5AgainstXSquared_IsExactlyFourToTheMinusSix()
    {
        var (code, output, _) = Certify(H5, "x^2", "[0,1]");
        Assert.Equal(0, code);
        Repo.AssertGolden("certify-h5-sup", output);
        Assert.Contains("= 1/4096", output);
    }

    [Fact]
    public void BoundTooSmall_IsRefutedWithWitness_Exit1()
    {
        var (code, output, _) = Certify(H5, "x^2", "[0,1]", bound: "1/4097");
        Assert.Equal(1, code);
        Repo.AssertGolden("certify-h5-refuted", output);
    }

    [Fact]
    public void JsonReportAndCertificate_AreWrittenAndReplay()
    {
        var dir = Directory.CreateTempSubdirectory("rcnet-cli-").FullName;
        try
        {
            var json = Path.Combine(dir, "r.json"); var cert = Path.Combine(dir, "c.json");
            var (code, _, _) = Certify(H5, "x^2", "[0,1]", "L2", "1/1000000", json, cert);
            Assert.Equal(0, code);
            var report = JsonNode.Parse(File.ReadAllText(json))!;
            Assert.Equal("rcnet-report/1", (string?)report["format"]);
            var claim = report["claims"]![0]!;
            Assert.Equal("CERTIFY", (string?)claim["id"]);
            Assert.Equal("proved", (string?)claim["verdict"]);
            // ∫(h_5 − x²)² = δ⁴/30 with δ = 1/32
            Assert.Equal("1/31457280", (string?)claim["measured"]);
            Assert.Equal(cert, (string?)claim["certificate"]);
            Assert.Equal(1, (int)report["summary"]!["proved"]!);
            var (vcode, vout, _) = Repo.Capture((o, e) => VerifyCommand.Run([cert], o, e));
            Assert.Equal(0, vcode);
            Assert.Contains("1 accepted, 0 rejected", vout);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void DeepSawtooth_WithSmallBudget_IsUnknown_Exit1()
    {
        var (code, output, _) = Certify(Repo.File("examples/networks/yarotsky-h5.json"), "x^2", "[0,1]", budget: 10);
        Assert.Equal(1, code);
        Assert.Contains("unknown", output);
        Assert.Contains("piece budget reached after 10 pieces", output);
    }

    [Theory]
    [InlineData("missing.json", "x^2", "[0,1]", "sup", null, "missing.json: no such file")]
    [InlineData("@H5", "x^", "[0,1]", "sup", null, "--target:")]
    [InlineData("@H5", "x^2", "[1,0]", "sup", null, "--on: the interval [1, 0] is empty")]
    [InlineData("@H5", "x^2", "[0,1/0]", "sup", null, "--on: right end:")]
    [InlineData("@H5", "x^2", "[0,1]", "L7", null, "--norm: 'L7' is not sup, L1 or L2")]
    [InlineData("@H5", "x^2", "[0,1]", "sup", "1/0", "--bound:")]
    public void BadInput_Exit2WithAMessageNamingTheProblem(string network, string target, string on, string norm, string? bound, string message)
    {
        var (code, output, err) = Certify(network == "@H5" ? H5 : network, target, on, norm, bound);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, err);
    }

    [Fact]
    public void MalformedNetworkFile_Exit2NamingFileAndPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rcnet-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"format\": \"rcnet-network/1\", \"input\": 1, \"layers\": [ { \"weights\": [[\"1\"]], \"bias\": [\"x\"], \"activation\": \"identity\" } ] }");
        try
        {
            var (code, _, err) = Certify(path, "x", "[0,1]");
            Assert.Equal(2, code);
            Assert.Contains(Path.GetFileName(path), err);
            Assert.Contains("$.layers[0].bias[0]", err);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void NetworkWithTwoInputs_IsRejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rcnet-2d-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"format\": \"rcnet-network/1\", \"input\": 2, \"layers\": [ { \"weights\": [[\"1\", \"1\"]], \"bias\": [\"0\"], \"activation\": \"identity\" } ] }");
        try
        {
            var (code, _, err) = Certify(path, "x", "[0,1]");
            Assert.Equal(2, code);
            Assert.Contains("R^2 → R^1; certify needs R → R", err);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("[0,1]", "0", "1")]
    [InlineData(" [ -1/2 , 3/4 ] ", "-1/2", "3/4")]
    [InlineData("0.25,0.5", "1/4", "1/2")]
    public void TryParseInterval_ReadsRationalEnds(string text, string a, string b)
    {
        Assert.True(CertifyCommand.TryParseInterval(text, out var x, out var y, out _));
        Assert.Equal(a, x.ToString());
        Assert.Equal(b, y.ToString());
    }
}
