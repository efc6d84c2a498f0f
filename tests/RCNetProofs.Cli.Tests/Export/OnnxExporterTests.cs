using System.Buffers.Binary;
using RCNetProofs.Cli.Export;
using RCNetProofs.Cli.Export.Onnx;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Cli.Tests.Export;

public class OnnxExporterTests
{
    // 1 → 2 (one ReLU, one identity neuron) → 1, the mixed layer the Max mask is for.
    private static Network Mixed() => new(1,
    [
        AffineLayer.Dense([[Rational.One], [Rational.Create(1, 3)]], [Rational.Create(-1, 2), Rational.Zero], [Activation.Relu, Activation.Identity]),
        AffineLayer.Dense([[(Rational)2, (Rational)(-3)]], [Rational.Create(1, 4)], Activation.Identity),
    ], new Dictionary<string, string> { ["construction"] = "TEST-MIXED" });

    private static double[] Doubles(TensorProto t)
    {
        var raw = t.RawData.Span;
        var v = new double[raw.Length / 8];
        for (int i = 0; i < v.Length; i++) v[i] = BinaryPrimitives.ReadDoubleLittleEndian(raw[(i * 8)..]);
        return v;
    }

    [Fact]
    public void MixedLayer_GetsMaxAgainstZeroOrMinusInfinityFloor()
    {
        var model = OnnxExporter.ToModel(Mixed(), "mixed.json");
        Assert.Equal(["Gemm", "Max", "Gemm"], model.Graph.Node.Select(n => n.OpType));
        var floor = model.Graph.Initializer.Single(t => t.Name == "floor0");
        Assert.Equal([0.0, double.NegativeInfinity], Doubles(floor));
        Assert.Equal("y", model.Graph.Node[^1].Output.Single());
    }

    [Fact]
    public void Initializers_AreTheNearestDoublesRowMajorOutByIn()
    {
        var net = Mixed();
        var model = OnnxExporter.ToModel(net, "mixed.json");
        var w0 = model.Graph.Initializer.Single(t => t.Name == "W0");
        Assert.Equal([2L, 1L], w0.Dims);
        Assert.Equal([1.0, 1.0 / 3.0], Doubles(w0));
        Assert.Equal([2.0, -3.0], Doubles(model.Graph.Initializer.Single(t => t.Name == "W1")));
        Assert.Equal(1, model.Graph.Node[0].Attribute.Single(a => a.Name == "transB").I);
    }

    [Fact]
    public void Metadata_RecordsProvenanceAndBound()
    {
        var net = Mixed();
        var model = OnnxExporter.ToModel(net, "mixed.json");
        var meta = model.MetadataProps.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("mixed.json", meta["rcnet.source"]);
        Assert.Equal("TEST-MIXED", meta["rcnet.meta.construction"]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(NetworkJson.ToJson(net)))),
            meta["rcnet.network_sha256"]);
        Assert.Equal("[0,1]^1", meta["rcnet.rounding_bound_box"]);
        Assert.True(Rational.Parse(meta["rcnet.rounding_bound"]).Sign > 0);   // 1/3 is not a double, so the bound cannot be 0
        Assert.Equal(17, model.OpsetImport.Single().Version);
    }
}
