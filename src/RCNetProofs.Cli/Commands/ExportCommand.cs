using System.CommandLine;
using RCNetProofs.Cli.Export;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet export`: a network file to lossless JSON or to a float64 ONNX model.</summary>
internal static class ExportCommand
{
    public static Command Build()
    {
        var network = new Option<string>("--network") { Description = "The network file (rcnet-network/1 JSON).", Required = true };
        var format = new Option<string>("--format") { Description = "json: lossless rcnet-network/1 (exact numbers); onnx: float64 ONNX, Gemm + Relu per layer.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "The file to write (replaced atomically).", Required = true };
        var cmd = new Command("export",
            "Export a network: lossless JSON, or a float64 ONNX model (IR 8, opset 17) whose metadata records its provenance\n" +
            "(construction metadata, source file, SHA-256 of the exact network JSON) and an a-priori bound on its rounding\n" +
            "error over the unit box [0,1]^d. Mixed ReLU/identity layers become Gemm + Max against a per-neuron floor of 0 or -inf.\n" +
            "Exporting the network of a claim (--claim ID) is not implemented yet: write it with the script, then export the file.\n\n" +
            "Examples:\n  rcnet export --network examples/networks/triangle.json --format onnx -o triangle.onnx\n" +
            "  rcnet export --network net.json --format json -o copy.json\n\n" +
            "Exit codes: 0 written, 2 bad input.");
        foreach (var o in new Option[] { network, format, output }) cmd.Options.Add(o);
        cmd.SetAction(p => Run(p.GetValue(network)!, p.GetValue(format)!, p.GetValue(output)!, Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(string networkPath, string format, string outputPath, TextWriter stdout, TextWriter stderr)
    {
        int Fail(string message) { stderr.WriteLine($"rcnet export: {message}"); return Program.ExitInputError; }
        if (format is not ("json" or "onnx")) return Fail($"--format: '{format}' is neither json nor onnx");
        Network net;
        try { net = NetworkJson.Read(networkPath); }
        catch (FileNotFoundException) { return Fail($"{networkPath}: no such file"); }
        catch (Exception e) when (e is FormatException or NetworkException or IOException or UnauthorizedAccessException) { return Fail(e.Message); }
        byte[] bytes = format == "json"
            ? new System.Text.UTF8Encoding(false).GetBytes(NetworkJson.ToJson(net))
            : OnnxExporter.ToBytes(net, Path.GetFileName(networkPath));
        try { WriteAtomically(outputPath, bytes); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Fail($"{outputPath}: {e.Message}"); }
        stdout.WriteLine($"{outputPath}: {format}, {bytes.Length} bytes, network sha256 {OnnxExporter.NetworkSha256(net)}");
        return Program.ExitOk;
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, "." + Path.GetFileName(full) + ".tmp-" + Environment.ProcessId);
        try
        {
            File.WriteAllBytes(tmp, bytes);
            File.Move(tmp, full, overwrite: true);
        }
        finally { if (File.Exists(tmp)) File.Delete(tmp); }
    }
}
