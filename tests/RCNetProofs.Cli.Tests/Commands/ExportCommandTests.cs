using RCNetProofs.Cli.Commands;
using RCNetProofs.Cli.Export.Onnx;
using RCNetProofs.Kernel.Networks;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class ExportCommandTests
{
    private static string Temp(string ext) => Path.Combine(Path.GetTempPath(), $"rcnet-export-{Guid.NewGuid():N}.{ext}");

    [Fact]
    public void Json_RoundTripsTheNetworkLosslessly()
    {
        var source = Repo.File("examples/networks/yarotsky-h5.json");
        var path = Temp("json");
        try
        {
            var (code, _, _) = Repo.Capture((o, e) => ExportCommand.Run(source, "json", path, o, e));
            Assert.Equal(0, code);
            Assert.Equal(NetworkJson.ToJson(NetworkJson.Read(source)), NetworkJson.ToJson(NetworkJson.Read(path)));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Onnx_WritesAModelThatParsesBack()
    {
        var source = Repo.File("examples/networks/triangle.json");
        var path = Temp("onnx");
        try
        {
            var (code, _, _) = Repo.Capture((o, e) => ExportCommand.Run(source, "onnx", path, o, e));
            Assert.Equal(0, code);
            var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));
            Assert.Equal(8, model.IrVersion);
            Assert.Equal(["Gemm", "Relu", "Gemm"], model.Graph.Node.Select(n => n.OpType));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void MissingNetwork_Exit2NamingTheFile()
    {
        var (code, _, err) = Repo.Capture((o, e) => ExportCommand.Run("no-such-net.json", "onnx", Temp("onnx"), o, e));
        Assert.Equal(2, code);
        Assert.Contains("no-such-net.json", err);
    }

    [Fact]
    public void MalformedNetwork_Exit2NamingTheFileAndWritesNothing()
    {
        var bad = Temp("json");
        var output = Temp("onnx");
        File.WriteAllText(bad, "{ \"format\": \"rcnet-network/1\", \"input\": 1, \"layers\": [");
        try
        {
            var (code, _, err) = Repo.Capture((o, e) => ExportCommand.Run(bad, "onnx", output, o, e));
            Assert.Equal(2, code);
            Assert.Contains(Path.GetFileName(bad), err);
            Assert.False(File.Exists(output));
        }
        finally { File.Delete(bad); }
    }

    [Fact]
    public void UnknownFormat_Exit2() =>
        Assert.Equal(2, Repo.Capture((o, e) => ExportCommand.Run(Repo.File("examples/networks/triangle.json"), "tflite", Temp("x"), o, e)).Code);

    [Fact]
    public void Claim_Json_WritesTheNetworkTheClaimIsAbout_WithTheClaimInItsMetadata()
    {
        var path = Temp("json");
        try
        {
            var (code, output, _) = Repo.Capture((o, e) => ExportCommand.Run(null, "YAR-SQ/m=2,part=size", [Repo.File("examples/proofs/first-proof.csx")], "json", path, o, e));
            Assert.Equal(0, code);
            Assert.Contains("claim YAR-SQ/m=2,part=size (examples/proofs/first-proof.csx(12))", output);
            var written = NetworkJson.Read(path);
            // The same layers as h_2 built here, independently of the script; the metadata names the claim.
            var h2 = RCNetProofs.Constructions.Yarotsky.SquareApprox.Build(2);
            Assert.Equal(NetworkJson.ToJson(h2.WithMeta(new Dictionary<string, string>())), NetworkJson.ToJson(written.WithMeta(new Dictionary<string, string>())));
            Assert.Equal("YAR-SQ/m=2,part=size", written.Meta["claim"]);
            Assert.EndsWith("first-proof.csx(12)", written.Meta["claim-script"]);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Claim_Onnx_WritesAModelWhoseMetadataNamesTheClaim()
    {
        var path = Temp("onnx");
        try
        {
            var (code, _, _) = Repo.Capture((o, e) => ExportCommand.Run(null, "YAR-SQ/m=2", [Repo.File("examples/proofs/first-proof.csx")], "onnx", path, o, e));
            Assert.Equal(0, code);
            var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));
            Assert.Contains(model.MetadataProps, p => p.Value.Contains("YAR-SQ/m=2", StringComparison.Ordinal));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Claim_BadInput_Exit2WithTheReasonAndWritesNothing()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"rcnet-export-claims-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var output = Temp("json");
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.csx"), """
                Claim("T/n=1", source: "s", statement: "a network").Network(Triangle.Build()).InClass(width: 3, depth: 1);
                Claim("T/n=2", source: "s", statement: "a count").Count("one", () => 1).Exactly(1);
                Claim("T/n=3", source: "s", statement: "stated twice").Network(Triangle.Build()).InClass(width: 3, depth: 1);
                """);
            File.WriteAllText(Path.Combine(dir, "b.csx"), """
                Claim("T/n=3", source: "s", statement: "stated twice").Network(Triangle.Build()).InClass(width: 3, depth: 1);
                """);
            (int Code, string Err) Export(string? network, string? claim, params string[] paths)
            {
                var (code, _, err) = Repo.Capture((o, e) => ExportCommand.Run(network, claim, paths, "json", output, o, e));
                return (code, err);
            }

            var unknown = Export(null, "T/n=4", dir);
            Assert.Equal(2, unknown.Code);
            Assert.Contains("no claim 'T/n=4'", unknown.Err);
            Assert.Contains("T/n=1", unknown.Err);   // the family's ids are offered

            var count = Export(null, "T/n=2", dir);
            Assert.Equal(2, count.Code);
            Assert.Contains("about a count, not a network", count.Err);

            var twice = Export(null, "T/n=3", dir);
            Assert.Equal(2, twice.Code);
            Assert.Contains("ambiguous", twice.Err);
            Assert.Contains("a.csx(3)", twice.Err);
            Assert.Contains("b.csx(1)", twice.Err);

            var both = Export(Repo.File("examples/networks/triangle.json"), "T/n=1");
            Assert.Equal(2, both.Code);
            Assert.Contains("not both", both.Err);

            Assert.Equal(2, Export(null, null).Code);
            Assert.Equal(2, Export(Repo.File("examples/networks/triangle.json"), null, dir).Code);
            Assert.Equal(2, Export(null, "T/n=1", Path.Combine(dir, "missing")).Code);
            Assert.False(File.Exists(output));

            // The claim that is fine exports.
            Assert.Equal(0, Export(null, "T/n=1", Path.Combine(dir, "a.csx")).Code);
            Assert.True(File.Exists(output));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            File.Delete(output);
        }
    }

    [Fact]
    public void Claim_ScriptThatThrows_Exit2NamingTheScript()
    {
        var script = Path.Combine(Path.GetTempPath(), $"rcnet-export-throws-{Guid.NewGuid():N}.csx");
        var output = Temp("json");
        File.WriteAllText(script, """
            Claim("T/n=1", source: "s", statement: "a network").Network(Triangle.Build()).InClass(width: 3, depth: 1);
            var broken = Sawtooth.Build(0);
            """);
        try
        {
            var (code, _, err) = Repo.Capture((o, e) => ExportCommand.Run(null, "T/n=1", [script], "json", output, o, e));
            Assert.Equal(2, code);
            Assert.Contains("failed while stating claims", err);
            Assert.False(File.Exists(output));
        }
        finally
        {
            File.Delete(script);
            File.Delete(output);
        }
    }
}
