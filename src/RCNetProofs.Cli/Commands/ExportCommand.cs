using System.CommandLine;
using RCNetProofs.Cli.Export;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Scripting;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet export`: a network file, or the network a proof script's claim is about, to lossless JSON or to a float64 ONNX model.</summary>
internal static class ExportCommand
{
    public static Command Build()
    {
        var network = new Option<string?>("--network") { Description = "The network file (rcnet-network/1 JSON)." };
        var claim = new Option<string?>("--claim") { Description = "The id of a claim stated by the proof scripts in PATHS (default proofs/): export the network it is about." };
        var paths = new Argument<string[]>("paths") { Description = "With --claim: proof scripts (*.csx) or folders holding them. Default: proofs/", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "json: lossless rcnet-network/1 (exact numbers); onnx: float64 ONNX, Gemm + Relu per layer.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "The file to write (replaced atomically).", Required = true };
        var cmd = new Command("export",
            "Export a network: lossless JSON, or a float64 ONNX model (IR 8, opset 17) whose metadata records its provenance\n" +
            "(construction metadata, source file, SHA-256 of the exact network JSON) and an a-priori bound on its rounding\n" +
            "error over the unit box [0,1]^d. Mixed ReLU/identity layers become Gemm + Max against a per-neuron floor of 0 or -inf.\n" +
            "Give exactly one of --network F and --claim ID. With --claim the scripts are run only as far as stating their claims\n" +
            "(nothing is checked), and the network the claim is about is written, its metadata naming the claim and script line.\n\n" +
            "Examples:\n  rcnet export --network examples/networks/triangle.json --format onnx -o triangle.onnx\n" +
            "  rcnet export --network net.json --format json -o copy.json\n" +
            "  rcnet export --claim 'FLOAT-XCHECK/net=sawtooth,L=54,x=1/3' proofs/float.csx --format json -o saw54.json\n\n" +
            "Exit codes: 0 written, 2 bad input (no such file, unknown claim id, a claim about no network, an id stated twice,\n" +
            "both or neither of --network and --claim).");
        foreach (var o in new Option[] { network, claim, format, output }) cmd.Options.Add(o);
        cmd.Arguments.Add(paths);
        cmd.SetAction(p => Run(p.GetValue(network), p.GetValue(claim), p.GetValue(paths) ?? [], p.GetValue(format)!, p.GetValue(output)!, Console.Out, Console.Error));
        return cmd;
    }

    /// <summary>Exports the network file <paramref name="networkPath"/>.</summary>
    internal static int Run(string networkPath, string format, string outputPath, TextWriter stdout, TextWriter stderr) =>
        Run(networkPath, null, [], format, outputPath, stdout, stderr);

    /// <summary>Exports either the network file <paramref name="networkPath"/> or the network of the claim <paramref name="claimId"/> stated by the scripts in <paramref name="scriptPaths"/>.</summary>
    internal static int Run(string? networkPath, string? claimId, string[] scriptPaths, string format, string outputPath, TextWriter stdout, TextWriter stderr)
    {
        int Fail(string message) { stderr.WriteLine($"rcnet export: {message}"); return Program.ExitInputError; }
        if (format is not ("json" or "onnx")) return Fail($"--format: '{format}' is neither json nor onnx");
        if (networkPath is not null && claimId is not null) return Fail("give either --network or --claim, not both");
        if (networkPath is null && claimId is null) return Fail("give --network FILE or --claim ID");
        if (networkPath is not null && scriptPaths.Length > 0) return Fail($"script paths ({string.Join(", ", scriptPaths)}) are read only with --claim");

        Network net;
        string source;
        string? what = null;
        if (networkPath is not null)
        {
            try { net = NetworkJson.Read(networkPath); }
            catch (FileNotFoundException) { return Fail($"{networkPath}: no such file"); }
            catch (Exception e) when (e is FormatException or NetworkException or IOException or UnauthorizedAccessException) { return Fail(e.Message); }
            source = Path.GetFileName(networkPath);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(claimId)) return Fail("--claim: the claim id is empty");
            if (!ScriptPaths.TryExpand(scriptPaths, "export", stderr, out var shown, out var scripts)) return Program.ExitInputError;
            if (scripts.Count == 0) return Fail($"no proof scripts (*.csx) in {string.Join(", ", shown)}");
            if (!TryFindClaimNetwork(claimId, shown, scripts, stderr, out var found, out var failure)) return Fail(failure!);
            net = found!.Network!.WithMeta(found.Network.Meta.SetItem("claim", found.Id).SetItem("claim-script", $"{found.ScriptPath}({found.Line})"));
            source = $"{found.ScriptPath}({found.Line}): {found.Id}";
            what = $", claim {found.Id} ({found.ScriptPath}({found.Line}))";
        }
        byte[] bytes = format == "json"
            ? new System.Text.UTF8Encoding(false).GetBytes(NetworkJson.ToJson(net))
            : OnnxExporter.ToBytes(net, source);
        try { WriteAtomically(outputPath, bytes); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Fail($"{outputPath}: {e.Message}"); }
        stdout.WriteLine($"{outputPath}: {format}, {bytes.Length} bytes, network sha256 {OnnxExporter.NetworkSha256(net)}{what}");
        return Program.ExitOk;
    }

    // Runs the scripts as far as stating their claims and finds the one claim with this exact id; false with the reason otherwise.
    private static bool TryFindClaimNetwork(string id, string[] shown, List<string> scripts, TextWriter stderr, out ListedClaim? found, out string? failure)
    {
        found = null;
        failure = null;
        var (claims, errors) = ProofRunner.List(scripts);
        var matches = claims.Where(c => string.Equals(c.Id, id, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0)
        {
            foreach (var e in errors) stderr.WriteLine(e.ToString());
            var family = id.Split('/')[0];
            // The closest ids first: those sharing the longest prefix with the one asked for.
            var near = claims.Where(c => c.Id.StartsWith(family + "/", StringComparison.Ordinal))
                .OrderByDescending(c => CommonPrefix(c.Id, id)).Select(c => c.Id).Take(5).ToList();
            failure = $"--claim: no claim '{id}' in {string.Join(", ", shown)} ({claims.Count} claims stated{(errors.Count > 0 ? $", {errors.Count} script errors above" : "")})" +
                (near.Count > 0 ? $"; claims of family {family}: {string.Join(", ", near)}{(near.Count == 5 ? ", …" : "")}" : "");
            return false;
        }
        if (matches.Count > 1)
        {
            failure = $"--claim: '{id}' is ambiguous: stated at {string.Join(" and ", matches.Select(c => $"{c.ScriptPath}({c.Line})"))}";
            return false;
        }
        var claim = matches[0];
        var scriptErrors = errors.Where(e => string.Equals(Path.GetFullPath(e.ScriptPath), Path.GetFullPath(claim.ScriptPath), StringComparison.Ordinal) && e.Kind != ScriptErrorKind.DuplicateId).ToList();
        if (scriptErrors.Count > 0)
        {
            foreach (var e in scriptErrors) stderr.WriteLine(e.ToString());
            failure = $"--claim: '{id}' ({claim.ScriptPath}({claim.Line})): its script failed while stating claims, so its network is not trusted to be complete";
            return false;
        }
        if (claim.Network is null)
        {
            failure = $"--claim: '{id}' ({claim.ScriptPath}({claim.Line})) is about a count, not a network: there is nothing to export";
            return false;
        }
        found = claim;
        return true;
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
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
