using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public sealed class NetworkJsonTests
{
    private const string Hidden = """{ "weights": [["1"], ["1"], ["1"]], "bias": ["0", "-1/2", "-1"], "activation": "relu" }""";
    private const string Output = """{ "weights": [["2", "-4", "2"]], "bias": ["0"], "activation": "identity" }""";
    private const string SpecExample = """
        { "format": "rcnet-network/1", "input": 1,
          "layers": [ { "weights": [["1"], ["1"], ["1"]], "bias": ["0", "-1/2", "-1"], "activation": "relu" },
                      { "weights": [["2", "-4", "2"]], "bias": ["0"], "activation": "identity" } ],
          "meta": { "construction": "TEL-DELTA" } }
        """;

    // The same network in canonical form, written out by hand from the format description.
    private const string SpecExampleCanonical = """
        {
          "format": "rcnet-network/1",
          "input": 1,
          "layers": [
            {
              "weights": [
                ["1"],
                ["1"],
                ["1"]
              ],
              "bias": ["0", "-1/2", "-1"],
              "activation": "relu"
            },
            {
              "weights": [
                ["2", "-4", "2"]
              ],
              "bias": ["0"],
              "activation": "identity"
            }
          ],
          "meta": {
            "construction": "TEL-DELTA"
          }
        }

        """;

    private static string Doc(string layers, string input = "1", string extra = "") =>
        $$"""{ "format": "rcnet-network/1", "input": {{input}}, "layers": [{{layers}}]{{extra}} }""";

    private static string Fail(string json) =>
        Assert.Throws<NetworkFormatException>(() => NetworkJson.Parse(json, "net.json")).Message;

    // Tent of height 1 on [0, 1], written independently of the network: 2x on [0,1/2], 2 − 2x on [1/2,1], else 0.
    private static Rational Tent(Rational x) =>
        x <= 0 || x >= 1 ? Rational.Zero : x <= Rational.Half ? 2 * x : 2 - 2 * x;

    private static void AssertSameStructure(Network expected, Network actual)
    {
        Assert.Equal(expected.InputDimension, actual.InputDimension);
        Assert.Equal(expected.Layers.Length, actual.Layers.Length);
        for (int l = 0; l < expected.Layers.Length; l++)
        {
            AffineLayer a = expected.Layers[l], b = actual.Layers[l];
            Assert.Equal(a.InputSize, b.InputSize);
            Assert.Equal(a.OutputSize, b.OutputSize);
            Assert.Equal(a.PreferSparse, b.PreferSparse);
            Assert.Equal(a.Activations.ToArray(), b.Activations.ToArray());
            Assert.Equal(a.Bias.ToArray(), b.Bias.ToArray());
            for (int i = 0; i < a.OutputSize; i++)
            {
                Assert.Equal(a.RowColumns(i).ToArray(), b.RowColumns(i).ToArray());
                Assert.Equal(a.RowValues(i).ToArray(), b.RowValues(i).ToArray());
            }
        }
        Assert.Equal(expected.Meta.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.Meta.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    // ---- reading well-formed files ----

    [Fact]
    public void Parse_SpecExample_ComputesTheTent()
    {
        var net = NetworkJson.Parse(SpecExample, "net.json");
        Assert.Equal(1, net.InputDimension);
        Assert.Equal(1, net.OutputDimension);
        Assert.Equal("TEL-DELTA", net.Meta["construction"]);
        for (int k = -8; k <= 24; k++)
        {
            var x = Rational.Create(k, 16);
            Assert.Equal(Tent(x), net.EvaluateScalar(x));
        }
    }

    [Fact]
    public void ToJson_SpecExample_IsTheCanonicalText()
    {
        var net = NetworkJson.Parse(SpecExample, "net.json");
        Assert.Equal(SpecExampleCanonical.ReplaceLineEndings("\n"), NetworkJson.ToJson(net));
    }

    [Fact]
    public void Parse_NumberForms_AreReadExactlyAndWrittenCanonically()
    {
        var json = Doc("""{ "weights": [["0.50", "+3", "-2/4", "-0.125"]], "bias": ["10/5"], "activation": "identity" }""", input: "4");
        var net = NetworkJson.Parse(json);
        var layer = net.Layers[0];
        Assert.Equal(Rational.Create(1, 2), layer.Weight(0, 0));
        Assert.Equal((Rational)3, layer.Weight(0, 1));
        Assert.Equal(Rational.Create(-1, 2), layer.Weight(0, 2));
        Assert.Equal(Rational.Create(-1, 8), layer.Weight(0, 3));
        Assert.Equal((Rational)2, layer.Bias[0]);
        var text = NetworkJson.ToJson(net);
        Assert.Contains("[\"1/2\", \"3\", \"-1/2\", \"-1/8\"]", text);
        Assert.Contains("\"bias\": [\"2\"]", text);
    }

    [Fact]
    public void Parse_SparseRowsUnsortedWithZerosAndEmptyRows_EqualsTheDenseLayer()
    {
        var sparse = NetworkJson.Parse(Doc("""{ "sparse": [[[2, "3"], [0, "1/3"], [1, "0"]], []], "bias": ["1", "0"], "activation": "identity" }""", input: "3"));
        var dense = NetworkJson.Parse(Doc("""{ "weights": [["1/3", "0", "3"], ["0", "0", "0"]], "bias": ["1", "0"], "activation": "identity" }""", input: "3"));
        Assert.True(sparse.Layers[0].PreferSparse);
        Assert.False(dense.Layers[0].PreferSparse);
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                Assert.Equal(dense.Layers[0].Weight(i, j), sparse.Layers[0].Weight(i, j));
        Assert.Equal(2, sparse.Layers[0].WeightNonZeros);
    }

    [Fact]
    public void Parse_SparseFirstLayer_TakesItsInputSizeFromInput()
    {
        var net = NetworkJson.Parse(Doc("""{ "sparse": [[[4, "1"]]], "bias": ["0"], "activation": "identity" }""", input: "5"));
        Assert.Equal(5, net.Layers[0].InputSize);
        Assert.Equal((Rational)7, net.Evaluate(new Rational[] { 0, 0, 0, 0, 7 })[0]);
    }

    [Fact]
    public void Parse_SparseLaterLayer_TakesItsInputSizeFromThePreviousLayer()
    {
        var net = NetworkJson.Parse(Doc(Hidden + """, { "sparse": [[[2, "1"]]], "bias": ["0"], "activation": "identity" }"""));
        Assert.Equal(3, net.Layers[1].InputSize);
    }

    [Fact]
    public void Parse_PerNeuronActivations_AreKept()
    {
        var net = NetworkJson.Parse(Doc("""{ "weights": [["1"], ["1"]], "bias": ["0", "0"], "activation": ["identity", "relu"] }, """ +
                                        """{ "weights": [["1", "1"]], "bias": ["0"], "activation": "identity" }"""));
        Assert.Equal(new[] { Activation.Identity, Activation.Relu }, net.Layers[0].Activations.ToArray());
        // identity passes −2 through, ReLU clips it: −2 + 0.
        Assert.Equal((Rational)(-2), net.EvaluateScalar(-2));
        Assert.Equal((Rational)6, net.EvaluateScalar(3));
    }

    [Fact]
    public void Parse_UniformIdentityHiddenLayer_IsAccepted()
    {
        var net = NetworkJson.Parse(Doc("""{ "weights": [["2"]], "bias": ["1"], "activation": "identity" }, """ + """{ "weights": [["3"]], "bias": ["0"], "activation": "identity" }"""));
        Assert.True(net.Layers[0].AllIdentity);
        Assert.Equal((Rational)(-3), net.EvaluateScalar(-1));
    }

    [Fact]
    public void Parse_WithoutMeta_GivesEmptyMetaAndWritesNone()
    {
        var net = NetworkJson.Parse(Doc(Hidden + ", " + Output));
        Assert.Empty(net.Meta);
        Assert.DoesNotContain("\"meta\"", NetworkJson.ToJson(net));
    }

    [Fact]
    public void ToJson_MixedActivations_WritesAnArrayAndUniformWritesAString()
    {
        var mixed = AffineLayer.Dense([[1], [1]], [0, 0], [Activation.Relu, Activation.Identity]);
        var output = AffineLayer.Dense([[1, 1]], [0], Activation.Identity);
        var text = NetworkJson.ToJson(new Network(1, [mixed, output]));
        Assert.Contains("\"activation\": [\"relu\", \"identity\"]", text);
        Assert.Contains("\"activation\": \"identity\"", text);
    }

    [Fact]
    public void ToJson_SparsePreferredLayer_WritesSparseRowsOfNonZeros()
    {
        var layer = AffineLayer.Sparse(3, [[(2, Rational.Create(-1, 3)), (0, 5)], []], [0, 1], Activation.Identity);
        var text = NetworkJson.ToJson(new Network(3, [layer]));
        Assert.Contains("\"sparse\": [", text);
        Assert.Contains("[[0, \"5\"], [2, \"-1/3\"]]", text);
        Assert.DoesNotContain("\"weights\"", text);
    }

    [Fact]
    public void ToJson_MetaWithQuotesAndNonAscii_RoundTrips()
    {
        var meta = new Dictionary<string, string> { ["note"] = "a \"b\" → c\\d\n", ["z"] = "", ["a key"] = "ü" };
        var net = new Network(1, [AffineLayer.Dense([[1]], [0], Activation.Identity)], meta);
        var back = NetworkJson.Parse(NetworkJson.ToJson(net));
        Assert.Equal(meta.OrderBy(kv => kv.Key, StringComparer.Ordinal), back.Meta.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    // ---- round trips ----

    [Property(MaxTest = 150)]
    public Property RoundTrip_RandomNetwork_IsStructurallyEqualAndEvaluatesEqually() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.Networks(), NetworkGenerators.RationalPoints, 4)), sample =>
        {
            var (net, points) = sample;
            var text = NetworkJson.ToJson(net);
            var back = NetworkJson.Parse(text, "roundtrip.json");
            AssertSameStructure(net, back);
            foreach (var x in points) Assert.Equal(net.Evaluate(x), back.Evaluate(x));
            // Invariant: the canonical text is a fixed point of read-then-write.
            Assert.Equal(text, NetworkJson.ToJson(back));
        });

    [Property(MaxTest = 50)]
    public Property RoundTrip_DenseRewrittenSparse_EvaluatesEqually() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.Networks(), NetworkGenerators.RationalPoints, 3)), sample =>
        {
            // The same weights written in the other layout must denote the same function.
            var (net, points) = sample;
            var flipped = new Network(net.InputDimension, net.Layers.Select(Flip), net.Meta);
            var back = NetworkJson.Parse(NetworkJson.ToJson(flipped));
            foreach (var x in points) Assert.Equal(net.Evaluate(x), back.Evaluate(x));
            Assert.All(back.Layers.Zip(net.Layers), p => Assert.NotEqual(p.First.PreferSparse, p.Second.PreferSparse));
        });

    private static AffineLayer Flip(AffineLayer layer)
    {
        var acts = layer.Activations.ToArray();
        var bias = layer.Bias.ToArray();
        if (!layer.PreferSparse) return AffineLayer.Sparse(layer.InputSize, layer.SparseRows(), bias, acts);
        var rows = Enumerable.Range(0, layer.OutputSize)
            .Select(i => (IReadOnlyList<Rational>)Enumerable.Range(0, layer.InputSize).Select(j => layer.Weight(i, j)).ToArray()).ToArray();
        return AffineLayer.Dense(rows, bias, acts);
    }

    [Fact]
    public void WriteAndReadPath_Network_RoundTripsAndLeavesOnlyTheFile()
    {
        var dir = Directory.CreateTempSubdirectory("rcnet-json-");
        try
        {
            var net = NetworkJson.Parse(SpecExample);
            var path = Path.Combine(dir.FullName, "tent.json");
            NetworkJson.Write(net, path);
            AssertSameStructure(net, NetworkJson.Read(path));
            Assert.Equal(new[] { path }, Directory.GetFiles(dir.FullName));
            Assert.Equal(NetworkJson.ToJson(net), File.ReadAllText(path));
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void WritePath_ExistingFile_IsReplacedWhole()
    {
        var dir = Directory.CreateTempSubdirectory("rcnet-json-");
        try
        {
            var path = Path.Combine(dir.FullName, "net.json");
            File.WriteAllText(path, new string('x', 100_000));
            var net = new Network(1, [AffineLayer.Dense([[2]], [1], Activation.Identity)]);
            NetworkJson.Write(net, path);
            Assert.Equal(NetworkJson.ToJson(net), File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(dir.FullName));
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void WritePath_MissingDirectory_ThrowsAndCreatesNothing()
    {
        var dir = Directory.CreateTempSubdirectory("rcnet-json-");
        try
        {
            var path = Path.Combine(dir.FullName, "absent", "net.json");
            var net = NetworkJson.Parse(SpecExample);
            Assert.ThrowsAny<IOException>(() => NetworkJson.Write(net, path));
            Assert.Empty(Directory.GetFileSystemEntries(dir.FullName));
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void WriteStream_Network_IsUtf8WithoutBomAndLeavesTheStreamOpen()
    {
        var net = NetworkJson.Parse(SpecExample);
        using var stream = new MemoryStream();
        NetworkJson.Write(net, stream);
        Assert.True(stream.CanWrite);
        var bytes = stream.ToArray();
        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal(NetworkJson.ToJson(net), Encoding.UTF8.GetString(bytes));
        stream.Position = 0;
        AssertSameStructure(net, NetworkJson.Read(stream, "mem.json"));
    }

    [Fact]
    public void ReadStream_Utf8WithByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SpecExample)).ToArray();
        using var stream = new MemoryStream(bytes);
        AssertSameStructure(NetworkJson.Parse(SpecExample), NetworkJson.Read(stream, "bom.json"));
    }

    [Fact]
    public void ReadStream_BadContent_NamesTheGivenFile()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "format": "other" }"""));
        var e = Assert.Throws<NetworkFormatException>(() => NetworkJson.Read(stream, "models/a.json"));
        Assert.Equal("models/a.json", e.FileName);
        Assert.Equal("$.format", e.Location);
        Assert.StartsWith("models/a.json: $.format: ", e.Message);
    }

    // ---- malformed files: every message names the file, the path and expected vs found ----

    [Fact]
    public void Parse_NotJson_GivesLineAndColumn()
    {
        var json = "{\n  \"format\": \"rcnet-network/1\",\n  \"input\": 1,\n  \"layers\": [}\n";
        var e = Assert.Throws<NetworkFormatException>(() => NetworkJson.Parse(json, "net.json"));
        int column = json.Split('\n')[3].IndexOf('}') + 1;
        Assert.Equal($"line 4, column {column}", e.Location);
        Assert.StartsWith($"net.json: line 4, column {column}: expected JSON, found a syntax error: ", e.Message);
        Assert.DoesNotContain("LineNumber", e.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(e.InnerException);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"format\": \"rcnet-network/1\", } ")]
    [InlineData("{ \"format\": \"rcnet-network/1\" /* comment */ }")]
    [InlineData("{ \"format\": \"rcnet-network/1\" } { }")]
    public void Parse_InvalidJsonSyntax_IsASyntaxError(string json)
    {
        var message = Fail(json);
        Assert.Matches(@"^net\.json: line \d+, column \d+: expected JSON, found a syntax error: ", message);
    }

    [Fact]
    public void Parse_AbsurdNesting_IsRejectedAsASyntaxError()
    {
        var json = Doc($$"""{ "weights": {{new string('[', 5000)}}{{new string(']', 5000)}} }""");
        Assert.Matches(@"^net\.json: line 1, column \d+: expected JSON, found a syntax error: ", Fail(json));
    }

    [Fact]
    public void Parse_HugeInputWithSparseLayer_IsRejectedWithoutAllocating()
    {
        var json = Doc("""{ "sparse": [[[0, "1"]]], "bias": ["0"], "activation": "identity" }""", input: "2000000000");
        Assert.Equal($"net.json: $.input: expected a positive integer at most {NetworkJson.MaxDimension}, found 2000000000", Fail(json));
    }

    [Fact]
    public void Parse_LongBadNumberText_KeepsTheMessageShort()
    {
        var bad = new string('7', 5000) + "x";
        var message = Fail(Doc($$"""{ "weights": [["{{bad}}"]], "bias": ["0"], "activation": "identity" }"""));
        Assert.StartsWith("net.json: $.layers[0].weights[0][0]: expected a number string", message);
        Assert.True(message.Length < 400, $"message has {message.Length} characters");
    }

    [Fact]
    public void Parse_NumberTextBeyondTheLengthCap_IsRejectedBeforeParsing()
    {
        var huge = new string('7', NetworkJson.MaxNumberLength + 1);
        var message = Fail(Doc($$"""{ "weights": [["{{huge}}"]], "bias": ["0"], "activation": "identity" }"""));
        Assert.Equal($"net.json: $.layers[0].weights[0][0]: expected a number string of at most {NetworkJson.MaxNumberLength} characters, found one of {huge.Length}", message);
    }

    [Fact]
    public void Parse_NumberTextAtTheLengthCap_IsReadExactly()
    {
        var digits = "1" + new string('0', NetworkJson.MaxNumberLength - 1);
        var net = NetworkJson.Parse(Doc($$"""{ "weights": [["{{digits}}"]], "bias": ["0"], "activation": "identity" }"""));
        Assert.Equal(System.Numerics.BigInteger.Pow(10, NetworkJson.MaxNumberLength - 1), net.Layers[0].Weight(0, 0).Numerator);
    }

    public static TheoryData<string, string> Malformed() => new()
    {
        { "[1]", "$: expected an object, found an array of 1 item" },
        { """{ "input": 1, "layers": [] }""", "$: expected key \"format\" with value \"rcnet-network/1\", found none" },
        { """{ "format": "rcnet-network/2", "input": 1, "layers": [] }""", "$.format: expected \"rcnet-network/1\", found \"rcnet-network/2\" (a string)" },
        { """{ "format": 1 }""", "$.format: expected \"rcnet-network/1\", found 1 (a JSON number)" },
        { """{ "format": "rcnet-network/1", "layers": [] }""", "$: expected key \"input\" (a positive integer), found none" },
        { Doc(Output, input: "0"), "$.input: expected a positive integer, found 0" },
        { Doc(Output, input: "-3"), "$.input: expected a positive integer, found -3" },
        { Doc(Output, input: "1.5"), "$.input: expected a positive integer, found 1.5 (a JSON number)" },
        { Doc(Output, input: "1e400"), "$.input: expected a positive integer, found 1e400 (a JSON number)" },
        { Doc(Output, input: "\"1\""), "$.input: expected a positive integer, found \"1\" (a string)" },
        { Doc(Output, input: "99999999999"), "$.input: expected a positive integer at most 1048576, found 99999999999" },
        { Doc(Output, input: "null"), "$.input: expected a positive integer, found null" },
        { """{ "format": "rcnet-network/1", "input": 1 }""", "$: expected key \"layers\" (an array of layers), found none" },
        { Doc(""), "$.layers: expected at least one layer, found an empty array" },
        { """{ "format": "rcnet-network/1", "input": 1, "layers": {} }""", "$.layers: expected a non-empty array of layers, found an object" },
        { Doc("1"), "$.layers[0]: expected an object, found 1 (a JSON number)" },
        { Doc("""{ "weights": [["1", "2"], ["1"]], "bias": ["0", "0"], "activation": "identity" }""", input: "2"), "$.layers[0].weights[1]: expected 2 weights (as in row 0), found 1" },
        { Doc("""{ "weights": [["1"], ["1"], ["1"]], "bias": ["0", "0"], "activation": "relu" }, """ + Output), "$.layers[0].bias: expected 3 biases (one per weight row), found 2" },
        { Doc(Hidden + """, { "weights": [["1", "1", "1"], ["1", "1", "1"], ["1", "1", "1"]], "bias": ["0", "0", 1.5], "activation": "identity" }"""),
          "$.layers[1].bias[2]: expected a number string like \"3\", \"-1/2\" or \"0.125\", found 1.5 (a JSON number)" },
        { Doc("""{ "weights": [["abc"]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[0].weights[0][0]: expected a number string like \"3\", \"-1/2\" or \"0.125\", found \"abc\" ('abc' is not an integer, p/q or exact decimal)" },
        { Doc("""{ "weights": [["1.5e3"]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[0].weights[0][0]: expected a number string like \"3\", \"-1/2\" or \"0.125\", found \"1.5e3\" ('1.5e3' is not an exact decimal)" },
        { Doc("""{ "weights": [["1"]], "bias": ["1/0"], "activation": "identity" }"""),
          "$.layers[0].bias[0]: expected a number string like \"3\", \"-1/2\" or \"0.125\", found \"1/0\" ('1/0' has a zero denominator)" },
        { Doc("""{ "weights": [["1/-2"]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[0].weights[0][0]: expected a number string like \"3\", \"-1/2\" or \"0.125\", found \"1/-2\" ('1/-2' is not of the form p/q with integers p and q)" },
        { Doc("""{ "weights": [[""]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[0].weights[0][0]: expected a number string like \"3\", \"-1/2\" or \"0.125\", found \"\" (empty number)" },
        { Doc("""{ "weights": [["1"]], "bias": ["0"], "activation": "sigmoid" }"""), "$.layers[0].activation: expected \"relu\" or \"identity\", found \"sigmoid\" (a string)" },
        { Doc("""{ "weights": [["1"]], "bias": ["0"], "activation": "ReLU" }, """ + """{ "weights": [["1"]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[0].activation: expected \"relu\" or \"identity\", found \"ReLU\" (a string)" },
        { Doc("""{ "weights": [["1"]], "bias": ["0"] }"""), "$.layers[0]: expected key \"activation\" (\"relu\" or \"identity\"), found none" },
        { Doc("""{ "weights": [["1"]], "bias": ["0"], "activation": 1 }"""),
          "$.layers[0].activation: expected \"relu\", \"identity\" or an array of them (one per row), found 1 (a JSON number)" },
        { Doc("""{ "weights": [["1"], ["1"], ["1"]], "bias": ["0", "0", "0"], "activation": ["relu", "relu"] }, """ + Output),
          "$.layers[0].activation: expected 3 activations (one per weight row), found 2" },
        { Doc("""{ "weights": [["1"], ["1"], ["1"]], "bias": ["0", "0", "0"], "activation": ["relu", null, "relu"] }, """ + Output),
          "$.layers[0].activation[1]: expected \"relu\" or \"identity\", found null" },
        { Doc("""{ "weights": [["1"]], "sparse": [[[0, "1"]]], "bias": ["0"], "activation": "identity" }"""), "$.layers[0]: expected either \"weights\" or \"sparse\", found both" },
        { Doc("""{ "bias": ["0"], "activation": "identity" }"""), "$.layers[0]: expected \"weights\" (dense rows) or \"sparse\" (rows of [column, \"value\"] pairs), found neither" },
        { Doc("""{ "sparse": [[[2, "1"]]], "bias": ["0"], "activation": "identity" }""", input: "2"),
          "$.layers[0].sparse[0][0][0]: expected a column index from 0 to 1 (the layer has 2 inputs), found 2 (a JSON number)" },
        { Doc(Hidden + """, { "sparse": [[[-1, "1"]]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[1].sparse[0][0][0]: expected a column index from 0 to 2 (the layer has 3 inputs), found -1 (a JSON number)" },
        { Doc("""{ "sparse": [[["0", "1"]]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[0].sparse[0][0][0]: expected a column index from 0 to 0 (the layer has 1 inputs), found \"0\" (a string)" },
        { Doc("""{ "sparse": [[[1.0, "1"]]], "bias": ["0"], "activation": "identity" }""", input: "2"),
          "$.layers[0].sparse[0][0][0]: expected a column index from 0 to 1 (the layer has 2 inputs), found 1.0 (a JSON number)" },
        { Doc("""{ "sparse": [[], [[0, "1"], [1, "2"], [0, "0"]]], "bias": ["0", "0"], "activation": "identity" }""", input: "2"),
          "$.layers[0].sparse[1][2][0]: expected each column at most once per row, found column 0 again (first at $.layers[0].sparse[1][0])" },
        { Doc("""{ "sparse": [[[0]]], "bias": ["0"], "activation": "identity" }"""), "$.layers[0].sparse[0][0]: expected a [column, \"value\"] pair, found an array of 1 item" },
        { Doc("""{ "sparse": [[[0, "1", "2"]]], "bias": ["0"], "activation": "identity" }"""), "$.layers[0].sparse[0][0]: expected a [column, \"value\"] pair, found an array of 3 items" },
        { Doc("""{ "sparse": [5], "bias": ["0"], "activation": "identity" }"""), "$.layers[0].sparse[0]: expected an array of [column, \"value\"] pairs, found 5 (a JSON number)" },
        { Doc("""{ "sparse": [[[0, 1]]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[0].sparse[0][0][1]: expected a number string like \"3\", \"-1/2\" or \"0.125\", found 1 (a JSON number)" },
        { Doc(Hidden + """, { "weights": [["2", "-4", "2"]], "bias": ["0"], "activation": "relu" }"""),
          "$.layers[1].activation: layer 1: the output layer must use the identity activation" },
        { Doc("""{ "weights": [["1"], ["1"]], "bias": ["0", "0"], "activation": ["identity", "relu"] }"""),
          "$.layers[0].activation: layer 0: the output layer must use the identity activation" },
        { Doc(Hidden + """, { "weights": [["2", "-4"]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[1].weights: layer 1: takes 2 inputs but layer 0 gives 3" },
        { Doc(Hidden + ", " + Output, input: "2"), "$.layers[0].weights: layer 0: takes 1 inputs but the network input has 2" },
        { Doc("""{ "weights": [], "bias": [], "activation": "identity" }"""), "$.layers[0].weights: expected at least one row (a layer needs a neuron), found an empty array" },
        { Doc("""{ "sparse": [], "bias": [], "activation": "identity" }"""), "$.layers[0].sparse: expected at least one row (a layer needs a neuron), found an empty array" },
        { Doc("""{ "weights": [[]], "bias": ["0"], "activation": "identity" }"""), "$.layers[0].weights[0]: expected at least one weight per row, found an empty array" },
        { Doc("""{ "weights": ["1"], "bias": ["0"], "activation": "identity" }"""), "$.layers[0].weights[0]: expected an array of number strings, found \"1\" (a string)" },
        { Doc("""{ "weights": [["1"]], "bias": "0", "activation": "identity" }"""), "$.layers[0].bias: expected an array of number strings, found \"0\" (a string)" },
        { Doc("""{ "wieghts": [["1"]], "bias": ["0"], "activation": "identity" }"""),
          "$.layers[0].wieghts: expected one of the keys \"weights\", \"sparse\", \"bias\", \"activation\", found unknown key \"wieghts\"" },
        { Doc(Output, extra: """, "extra": true"""), "$.extra: expected one of the keys \"format\", \"input\", \"layers\", \"meta\", found unknown key \"extra\"" },
        { Doc(Output, extra: """, "input": 1"""), "$.input: expected each key once, found \"input\" again" },
        { Doc(Output, extra: """, "meta": { "construction": 3 }"""), "$.meta.construction: expected a string, found 3 (a JSON number)" },
        { Doc(Output, extra: """, "meta": { "odd key": true }"""), "$.meta[\"odd key\"]: expected a string, found true (a boolean)" },
        { Doc(Output, extra: """, "meta": "x" """), "$.meta: expected an object, found \"x\" (a string)" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_MalformedDocument_NamesFilePathAndExpectation(string json, string expected)
    {
        var e = Assert.Throws<NetworkFormatException>(() => NetworkJson.Parse(json, "net.json"));
        Assert.Equal("net.json: " + expected, e.Message);
        Assert.Equal("net.json", e.FileName);
        Assert.Equal(e.Message, $"{e.FileName}: {e.Location}: {e.Reason}");
    }

    [Fact]
    public void Parse_DimensionMismatch_CarriesTheNetworkExceptionAsInner()
    {
        var e = Assert.Throws<NetworkFormatException>(() => NetworkJson.Parse(Doc(Hidden + ", " + Output, input: "2"), "net.json"));
        var inner = Assert.IsType<NetworkException>(e.InnerException);
        Assert.Equal(inner.Message, e.Reason);
    }
}
