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
}
