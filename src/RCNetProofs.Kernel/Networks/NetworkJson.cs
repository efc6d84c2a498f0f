using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

/// <summary>
/// Reads and writes networks in the lossless <c>rcnet-network/1</c> JSON format described in docs/network-format.md.
/// </summary>
/// <remarks>
/// Reading is strict: unknown or repeated keys, inexact numbers and every size disagreement are rejected
/// with a <see cref="NetworkFormatException"/> naming the file, the JSON path and what was expected.
/// Writing is canonical: numbers as reduced "p/q" text, keys in a fixed order, "\n" line ends, so equal
/// networks give byte-equal files and <c>ToJson(Parse(ToJson(n))) == ToJson(n)</c>.
/// </remarks>
public static class NetworkJson
{
    /// <summary>The value of the "format" key this reader accepts and this writer emits.</summary>
    public const string FormatName = "rcnet-network/1";

    /// <summary>Largest input dimension or layer size accepted when reading (2^20).</summary>
    /// <remarks>
    /// "input" is the only size a file can claim without spelling out the data behind it (a sparse first
    /// layer needs no dense row), so without a cap a few bytes could demand gigabytes of evaluation buffers.
    /// </remarks>
    public const int MaxDimension = 1 << 20;

    /// <summary>Longest number text accepted when reading (100 000 characters, about 330 000 bits).</summary>
    /// <remarks>
    /// Parsing and reducing an n-digit number costs far more than linear time (seconds at a million digits),
    /// so a small file could otherwise stall the reader; no construction comes near this size.
    /// </remarks>
    public const int MaxNumberLength = 100_000;

    private const string NumberExpectation = "a number string like \"3\", \"-1/2\" or \"0.125\"";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Reads the network stored in the file at <paramref name="path"/>; error messages name the path as given.</summary>
    /// <exception cref="NetworkFormatException">When the file is not a valid <c>rcnet-network/1</c> document.</exception>
    public static Network Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a network from UTF-8 JSON in <paramref name="stream"/>; <paramref name="fileName"/> is used only in error messages.</summary>
    /// <exception cref="NetworkFormatException">When the text is not a valid <c>rcnet-network/1</c> document.</exception>
    public static Network Read(Stream stream, string fileName)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(stream, DocumentOptions); }
        catch (JsonException e) { throw SyntaxError(fileName, e); }
        using (document) return new Reader(fileName).ReadNetwork(document.RootElement);
    }

    /// <summary>Reads a network from JSON text; <paramref name="fileName"/> is used only in error messages.</summary>
    /// <exception cref="NetworkFormatException">When the text is not a valid <c>rcnet-network/1</c> document.</exception>
    public static Network Parse(string json, string fileName = "<text>")
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json, DocumentOptions); }
        catch (JsonException e) { throw SyntaxError(fileName, e); }
        using (document) return new Reader(fileName).ReadNetwork(document.RootElement);
    }

    /// <summary>The canonical, indented JSON text of <paramref name="network"/>.</summary>
    public static string ToJson(Network network)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteTo(network, writer);
        return writer.ToString();
    }

    /// <summary>Writes the canonical JSON of <paramref name="network"/> to <paramref name="stream"/> as UTF-8 without a byte-order mark; the stream is left open.</summary>
    public static void Write(Network network, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        WriteTo(network, writer);
    }

    /// <summary>Writes the canonical JSON of <paramref name="network"/> to <paramref name="path"/>, replacing any file there only once the new one is complete.</summary>
    /// <remarks>
    /// The text goes to a temporary file in the same directory, is flushed to disk, and is then renamed over
    /// <paramref name="path"/>, so a crash or error leaves either the old file or the new one, never half of one.
    /// </remarks>
    public static void Write(Network network, string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no directory", nameof(path));
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Write(network, stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }

    private static void WriteTo(Network network, TextWriter w)
    {
        w.Write("{\n");
        w.Write($"  \"format\": \"{FormatName}\",\n");
        w.Write($"  \"input\": {network.InputDimension.ToString(CultureInfo.InvariantCulture)},\n");
        w.Write("  \"layers\": [\n");
        for (int l = 0; l < network.Layers.Length; l++)
        {
            WriteLayer(network.Layers[l], w);
            w.Write(l < network.Layers.Length - 1 ? "    },\n" : "    }\n");
        }
        w.Write("  ]");
        if (network.Meta.Count > 0)
        {
            w.Write(",\n  \"meta\": {\n");
            // Ordinal order, so the bytes do not depend on the culture the sorted dictionary compared with.
            var entries = network.Meta.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
            for (int i = 0; i < entries.Length; i++)
            {
                w.Write($"    {QuoteJson(entries[i].Key)}: {QuoteJson(entries[i].Value)}");
                w.Write(i < entries.Length - 1 ? ",\n" : "\n");
            }
            w.Write("  }");
        }
        w.Write("\n}\n");
    }

    private static void WriteLayer(AffineLayer layer, TextWriter w)
    {
        w.Write("    {\n");
        w.Write(layer.PreferSparse ? "      \"sparse\": [\n" : "      \"weights\": [\n");
        for (int i = 0; i < layer.OutputSize; i++)
        {
            var cols = layer.RowColumns(i);
            var vals = layer.RowValues(i);
            w.Write("        [");
            if (layer.PreferSparse)
            {
                for (int k = 0; k < cols.Length; k++)
                    w.Write($"{(k > 0 ? ", " : "")}[{cols[k].ToString(CultureInfo.InvariantCulture)}, \"{vals[k]}\"]");
            }
            else
            {
                // Walk the stored entries alongside the columns instead of a lookup per weight.
                int next = 0;
                for (int j = 0; j < layer.InputSize; j++)
                {
                    var v = next < cols.Length && cols[next] == j ? vals[next++] : Rational.Zero;
                    w.Write($"{(j > 0 ? ", " : "")}\"{v}\"");
                }
            }
            w.Write(i < layer.OutputSize - 1 ? "],\n" : "]\n");
        }
        w.Write("      ],\n");
        w.Write("      \"bias\": [");
        for (int i = 0; i < layer.OutputSize; i++) w.Write($"{(i > 0 ? ", " : "")}\"{layer.Bias[i]}\"");
        w.Write("],\n");
        var acts = layer.Activations;
        bool uniform = true;
        foreach (var a in acts) uniform &= a == acts[0];
        if (uniform) w.Write($"      \"activation\": \"{ActivationName(acts[0])}\"\n");
        else
        {
            w.Write("      \"activation\": [");
            for (int i = 0; i < acts.Length; i++) w.Write($"{(i > 0 ? ", " : "")}\"{ActivationName(acts[i])}\"");
            w.Write("]\n");
        }
    }

    private static string ActivationName(Activation a) => a == Activation.Relu ? "relu" : "identity";

    private static string QuoteJson(string s) =>
        "\"" + JsonEncodedText.Encode(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";

    private static NetworkFormatException SyntaxError(string fileName, JsonException e)
    {
        long line = (e.LineNumber ?? 0) + 1, column = (e.BytePositionInLine ?? 0) + 1;
        // The parser appends its own position ("LineNumber: 0 | BytePositionInLine: 5."); we state it once, 1-based.
        var reason = e.Message;
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            int cut = reason.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0) reason = reason[..cut];
        }
        return new NetworkFormatException(fileName, $"line {line}, column {column}",
            $"expected JSON, found a syntax error: {reason.Trim()}", e);
    }

    /// <summary>A short, quoted, escaped rendering of found text, so a huge or odd string cannot swamp a message.</summary>
    private static string Quote(string s) => QuoteJson(Truncate(s, 40));

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"{Quote(e.GetString()!)} (a string)",
        JsonValueKind.Number => $"{Truncate(e.GetRawText(), 40)} (a JSON number)",
        JsonValueKind.True or JsonValueKind.False => $"{e.GetRawText()} (a boolean)",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => e.GetArrayLength() switch { 0 => "an empty array", 1 => "an array of 1 item", int n => $"an array of {n} items" },
        _ => "an object",
    };

    private static string Truncate(string s, int max) => s.Length > max ? s[..max] + "…" : s;

    private sealed class Reader(string fileName)
    {
        private NetworkFormatException Fail(string path, string reason, Exception? inner = null) => new(fileName, path, reason, inner);

        public Network ReadNetwork(JsonElement root)
        {
            var top = Members(root, "$");
            // The format is checked before anything else: a file of some other kind should be named as such,
            // not reported for its unfamiliar keys.
            if (!top.TryGetValue("format", out var format))
                throw Fail("$", $"expected key \"format\" with value \"{FormatName}\", found none");
            if (format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
                throw Fail("$.format", $"expected \"{FormatName}\", found {Describe(format)}");
            RejectUnknown(top, "$", "format", "input", "layers", "meta");

            int input = ReadSize(Require(top, "$", "input", "a positive integer"), "$.input");
            var layerArray = Require(top, "$", "layers", "an array of layers");
            ExpectArray(layerArray, "$.layers", "a non-empty array of layers");
            if (layerArray.GetArrayLength() == 0) throw Fail("$.layers", "expected at least one layer, found an empty array");

            var layers = new List<AffineLayer>();
            int width = input;
            foreach (var element in layerArray.EnumerateArray())
            {
                var layer = ReadLayer(element, $"$.layers[{layers.Count}]", width);
                layers.Add(layer);
                width = layer.OutputSize;
            }
            var meta = top.TryGetValue("meta", out var m) ? ReadMeta(m) : null;
            try { return new Network(input, layers, meta); }
            catch (NetworkException e) { throw Fail(LocateNetworkError(input, layers), e.Message, e); }
        }

        /// <summary>The path of the first rule <see cref="Network"/>'s constructor checks that these layers break.</summary>
        private static string LocateNetworkError(int input, List<AffineLayer> layers)
        {
            int width = input;
            for (int i = 0; i < layers.Count; i++)
            {
                if (layers[i].InputSize != width) return $"$.layers[{i}].{(layers[i].PreferSparse ? "sparse" : "weights")}";
                width = layers[i].OutputSize;
            }
            return layers[^1].AllIdentity ? "$" : $"$.layers[{layers.Count - 1}].activation";
        }

        private AffineLayer ReadLayer(JsonElement element, string path, int width)
        {
            var members = Members(element, path);
            RejectUnknown(members, path, "weights", "sparse", "bias", "activation");
            bool hasDense = members.TryGetValue("weights", out var weights);
            bool hasSparse = members.TryGetValue("sparse", out var sparse);
            if (hasDense && hasSparse) throw Fail(path, "expected either \"weights\" or \"sparse\", found both");
            if (!hasDense && !hasSparse)
                throw Fail(path, "expected \"weights\" (dense rows) or \"sparse\" (rows of [column, \"value\"] pairs), found neither");

            Rational[][]? denseRows = null;
            (int Column, Rational Value)[][]? sparseRows = null;
            int rowCount;
            if (hasDense) { denseRows = ReadDense(weights, path + ".weights"); rowCount = denseRows.Length; }
            else { sparseRows = ReadSparse(sparse, path + ".sparse", width); rowCount = sparseRows.Length; }

            var biasElement = Require(members, path, "bias", "an array of number strings");
            ExpectArray(biasElement, path + ".bias", "an array of number strings");
            if (biasElement.GetArrayLength() != rowCount)
                throw Fail(path + ".bias", $"expected {rowCount} biases (one per weight row), found {biasElement.GetArrayLength()}");
            var bias = new Rational[rowCount];
            int b = 0;
            foreach (var e in biasElement.EnumerateArray()) { bias[b] = ReadNumber(e, $"{path}.bias[{b}]"); b++; }

            var activations = ReadActivations(Require(members, path, "activation", "\"relu\" or \"identity\""), path + ".activation", rowCount);
            try
            {
                return hasDense
                    ? AffineLayer.Dense(denseRows!, bias, activations)
                    : AffineLayer.Sparse(width, sparseRows!, bias, activations);
            }
            catch (NetworkException e) { throw Fail(path, e.Message, e); }
        }

        private Rational[][] ReadDense(JsonElement element, string path)
        {
            int rows = RowCount(element, path, "an array of weight rows");
            var result = new Rational[rows][];
            int columns = -1;
            int i = 0;
            foreach (var row in element.EnumerateArray())
            {
                string rowPath = $"{path}[{i}]";
                ExpectArray(row, rowPath, "an array of number strings");
                int n = row.GetArrayLength();
                if (i == 0)
                {
                    if (n == 0) throw Fail(rowPath, "expected at least one weight per row, found an empty array");
                    if (n > MaxDimension) throw Fail(rowPath, $"expected at most {MaxDimension} weights per row, found {n}");
                    columns = n;
                }
                else if (n != columns) throw Fail(rowPath, $"expected {columns} weights (as in row 0), found {n}");
                var values = new Rational[n];
                int j = 0;
                foreach (var e in row.EnumerateArray()) { values[j] = ReadNumber(e, $"{rowPath}[{j}]"); j++; }
                result[i++] = values;
            }
            return result;
        }

        private (int Column, Rational Value)[][] ReadSparse(JsonElement element, string path, int width)
        {
            int rows = RowCount(element, path, "an array of sparse rows");
            var result = new (int, Rational)[rows][];
            var firstSeen = new Dictionary<int, int>();
            int i = 0;
            foreach (var row in element.EnumerateArray())
            {
                string rowPath = $"{path}[{i}]";
                ExpectArray(row, rowPath, "an array of [column, \"value\"] pairs");
                var entries = new (int, Rational)[row.GetArrayLength()];
                firstSeen.Clear();
                int k = 0;
                foreach (var pair in row.EnumerateArray())
                {
                    string entryPath = $"{rowPath}[{k}]";
                    if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
                        throw Fail(entryPath, $"expected a [column, \"value\"] pair, found {Describe(pair)}");
                    var c = pair[0];
                    if (c.ValueKind != JsonValueKind.Number || !c.TryGetInt32(out int column) || column < 0 || column >= width)
                        throw Fail(entryPath + "[0]", $"expected a column index from 0 to {width - 1} (the layer has {width} inputs), found {Describe(c)}");
                    if (firstSeen.TryGetValue(column, out int first))
                        throw Fail(entryPath + "[0]", $"expected each column at most once per row, found column {column} again (first at {rowPath}[{first}])");
                    firstSeen[column] = k;
                    entries[k] = (column, ReadNumber(pair[1], entryPath + "[1]"));
                    k++;
                }
                result[i++] = entries;
            }
            return result;
        }

        private int RowCount(JsonElement element, string path, string what)
        {
            ExpectArray(element, path, what);
            int rows = element.GetArrayLength();
            if (rows == 0) throw Fail(path, "expected at least one row (a layer needs a neuron), found an empty array");
            if (rows > MaxDimension) throw Fail(path, $"expected at most {MaxDimension} rows, found {rows}");
            return rows;
        }

        private Activation[] ReadActivations(JsonElement element, string path, int count)
        {
            if (element.ValueKind == JsonValueKind.String)
                return Enumerable.Repeat(ReadActivation(element, path), count).ToArray();
            if (element.ValueKind != JsonValueKind.Array)
                throw Fail(path, $"expected \"relu\", \"identity\" or an array of them (one per row), found {Describe(element)}");
            if (element.GetArrayLength() != count)
                throw Fail(path, $"expected {count} activations (one per weight row), found {element.GetArrayLength()}");
            var result = new Activation[count];
            int i = 0;
            foreach (var e in element.EnumerateArray()) { result[i] = ReadActivation(e, $"{path}[{i}]"); i++; }
            return result;
        }

        private Activation ReadActivation(JsonElement element, string path) =>
            element.ValueKind == JsonValueKind.String && element.GetString() is "relu" or "identity"
                ? (element.GetString() == "relu" ? Activation.Relu : Activation.Identity)
                : throw Fail(path, $"expected \"relu\" or \"identity\", found {Describe(element)}");

        private Dictionary<string, string> ReadMeta(JsonElement element)
        {
            var members = Members(element, "$.meta");
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in members)
            {
                if (value.ValueKind != JsonValueKind.String)
                    throw Fail(Child("$.meta", key), $"expected a string, found {Describe(value)}");
                meta[key] = value.GetString()!;
            }
            return meta;
        }

        private Rational ReadNumber(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.String)
                throw Fail(path, $"expected {NumberExpectation}, found {Describe(element)}");
            var text = element.GetString()!;
            if (text.Length > MaxNumberLength)
                throw Fail(path, $"expected a number string of at most {MaxNumberLength} characters, found one of {text.Length}");
            if (!Rational.TryParse(text, out var value, out var error))
                throw Fail(path, $"expected {NumberExpectation}, found {Quote(text)} ({Truncate(error ?? "not a number", 120)})");
            return value;
        }

        private int ReadSize(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out long v))
            {
                if (v < 1) throw Fail(path, $"expected a positive integer, found {v}");
                if (v > MaxDimension) throw Fail(path, $"expected a positive integer at most {MaxDimension}, found {v}");
                return (int)v;
            }
            throw Fail(path, $"expected a positive integer, found {Describe(element)}");
        }

        private void ExpectArray(JsonElement element, string path, string what)
        {
            if (element.ValueKind != JsonValueKind.Array) throw Fail(path, $"expected {what}, found {Describe(element)}");
        }

        private JsonElement Require(Dictionary<string, JsonElement> members, string path, string key, string what) =>
            members.TryGetValue(key, out var value) ? value : throw Fail(path, $"expected key \"{key}\" ({what}), found none");

        /// <summary>The object's members by name; repeated keys are an error because JSON leaves their meaning open.</summary>
        private Dictionary<string, JsonElement> Members(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object) throw Fail(path, $"expected an object, found {Describe(element)}");
            var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var p in element.EnumerateObject())
                if (!members.TryAdd(p.Name, p.Value))
                    throw Fail(Child(path, p.Name), $"expected each key once, found {Quote(p.Name)} again");
            return members;
        }

        private void RejectUnknown(Dictionary<string, JsonElement> members, string path, params string[] allowed)
        {
            foreach (var key in members.Keys)
                if (Array.IndexOf(allowed, key) < 0)
                    throw Fail(Child(path, key), $"expected one of the keys {string.Join(", ", allowed.Select(a => $"\"{a}\""))}, found unknown key {Quote(key)}");
        }

        private static string Child(string path, string key) =>
            key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{key}" : $"{path}[{Quote(key)}]";
    }
}
