using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using RCNetProofs.Cli.Export.Onnx;
using RCNetProofs.Cli.Reports;
using RCNetProofs.Float;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Cli.Export;

/// <summary>
/// Writes a network as a float64 ONNX model (IR 8, opset 17): per affine layer one Gemm with transB = 1 (weights
/// stored out × in, as the network holds them), then the layer's activation.
/// </summary>
/// <remarks>
/// Activations: a layer that is all ReLU gets a Relu node, an all-identity layer none, and a layer that mixes them a
/// Max against a per-neuron floor (0 for a ReLU neuron, −∞ for an identity one). max(z, 0) is ReLU and max(z, −∞) = z
/// exactly in IEEE arithmetic, so the mask adds no rounding and keeps one node per layer instead of splitting it.
/// Weights and biases are the nearest doubles to the exact values, as in <see cref="FloatNetwork"/>. Input "x" is
/// [N, d], output "y" is [N, b], N symbolic.
/// Metadata: rcnet.format, rcnet.version, rcnet.source, rcnet.network_sha256 (SHA-256 of the UTF-8 bytes of
/// <see cref="NetworkJson.ToJson"/> of the exact network, the lossless export), rcnet.meta.KEY for each metadata entry, and
/// rcnet.rounding_bound: per output, an exact dyadic ≥ |ONNX-style double evaluation − exact network| for every x in
/// the unit box [0, 1]^d (<see cref="BoxRoundingErrorBound"/>; the box is named in rcnet.rounding_bound_box), or
/// "none" when the double evaluation might overflow there.
/// </remarks>
internal static class OnnxExporter
{
    public const long IrVersion = 8;
    public const long Opset = 17;
    private const int DoubleType = (int)TensorProto.Types.DataType.Double;

    /// <summary>The SHA-256 (lowercase hex) of the network's lossless JSON.</summary>
    public static string NetworkSha256(Network network) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NetworkJson.ToJson(network))));

    public static ModelProto ToModel(Network network, string source)
    {
        var graph = new GraphProto { Name = "rcnet" };
        graph.Input.Add(Value("x", network.InputDimension));
        string previous = "x";
        for (int l = 0; l < network.Layers.Length; l++)
        {
            var layer = network.Layers[l];
            bool last = l == network.Layers.Length - 1;
            graph.Initializer.Add(Tensor($"W{l}", [layer.OutputSize, layer.InputSize], Weights(layer)));
            graph.Initializer.Add(Tensor($"b{l}", [layer.OutputSize], layer.Bias.ToArray().Select(NumberConverters.ToDouble).ToArray()));
            string z = last && layer.AllIdentity ? "y" : $"z{l}";
            var gemm = new NodeProto { Name = $"gemm{l}", OpType = "Gemm" };
            gemm.Input.Add([previous, $"W{l}", $"b{l}"]);
            gemm.Output.Add(z);
            gemm.Attribute.Add(new AttributeProto { Name = "transB", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
            graph.Node.Add(gemm);
            previous = z;
            if (layer.AllIdentity) continue;
            string h = last ? "y" : $"h{l}";
            NodeProto act;
            if (layer.AllRelu)
            {
                act = new NodeProto { Name = $"relu{l}", OpType = "Relu" };
                act.Input.Add(z);
            }
            else
            {
                var floor = new double[layer.OutputSize];
                for (int i = 0; i < floor.Length; i++) floor[i] = layer.Activations[i] == Activation.Relu ? 0.0 : double.NegativeInfinity;
                graph.Initializer.Add(Tensor($"floor{l}", [layer.OutputSize], floor));
                act = new NodeProto { Name = $"mask{l}", OpType = "Max" };
                act.Input.Add([z, $"floor{l}"]);
            }
            act.Output.Add(h);
            graph.Node.Add(act);
            previous = h;
        }
        graph.Output.Add(Value("y", network.OutputDimension));

        var model = new ModelProto
        {
            IrVersion = IrVersion, ProducerName = "rcnet", ProducerVersion = ToolInfo.Version, ModelVersion = 1, Graph = graph,
            DocString = "Exported by rcnet: a ReLU network built in exact arithmetic, weights rounded to the nearest double.",
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = Opset });
        void Meta(string key, string value) => model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
        Meta("rcnet.format", NetworkJson.FormatName);
        Meta("rcnet.version", ToolInfo.Version);
        Meta("rcnet.source", source);
        Meta("rcnet.network_sha256", NetworkSha256(network));
        foreach (var (k, v) in network.Meta) Meta($"rcnet.meta.{k}", v);
        var bound = BoxRoundingErrorBound.For(network, Rational.Zero, Rational.One);
        Meta("rcnet.rounding_bound_box", $"[0,1]^{network.InputDimension.ToString(CultureInfo.InvariantCulture)}");
        Meta("rcnet.rounding_bound", bound is null ? "none" : string.Join(",", bound.Select(b => b.ToString())));
        return model;
    }

    public static byte[] ToBytes(Network network, string source) => ToModel(network, source).ToByteArray();

    private static double[] Weights(AffineLayer layer)
    {
        var w = new double[layer.OutputSize * layer.InputSize];
        for (int i = 0; i < layer.OutputSize; i++)
        {
            var cols = layer.RowColumns(i);
            var vals = layer.RowValues(i);
            for (int k = 0; k < cols.Length; k++) w[i * layer.InputSize + cols[k]] = NumberConverters.ToDouble(vals[k]);
        }
        return w;
    }

    private static TensorProto Tensor(string name, long[] dims, double[] values)
    {
        var t = new TensorProto { Name = name, DataType = DoubleType };
        t.Dims.Add(dims);
        // raw_data is little-endian IEEE 754, as ONNX specifies, whatever the host.
        var raw = new byte[values.Length * sizeof(double)];
        for (int i = 0; i < values.Length; i++) System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(raw.AsSpan(i * 8), values[i]);
        t.RawData = ByteString.CopyFrom(raw);
        return t;
    }

    private static ValueInfoProto Value(string name, int width)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "N" });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = width });
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = DoubleType, Shape = shape } } };
    }
}
