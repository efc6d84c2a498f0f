using System.Text.Json;
using System.Text.Json.Nodes;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Certificates;

/// <summary>
/// Replays a certificate with the kernel alone: re-reads the network and checks its hash, re-parses the target,
/// recomputes the distance with piece digests, and compares every recorded number. Any difference rejects it.
/// </summary>
public static class CertificateVerifier
{
    /// <summary>Outcome of a replay: accepted, or rejected with the first reason found.</summary>
    /// <param name="Accepted">True when every recorded value was reproduced.</param>
    /// <param name="ClaimId">The certificate's claim id (when readable).</param>
    /// <param name="Reason">Why it was rejected, or a one-line summary when accepted.</param>
    public sealed record Result(bool Accepted, string? ClaimId, string Reason);

    /// <summary>Replays the certificate in <paramref name="path"/>.</summary>
    public static Result VerifyFile(string path, long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException e) { return new Result(false, null, $"{path}: cannot read: {e.Message}"); }
        catch (UnauthorizedAccessException e) { return new Result(false, null, $"{path}: cannot read: {e.Message}"); }
        return Verify(text, path, budget, cancellation);
    }

    /// <summary>Replays a certificate given as text; <paramref name="fileName"/> only labels messages.</summary>
    public static Result Verify(string text, string fileName, long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default)
    {
        JsonObject root;
        try { root = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("the document is not a JSON object"); }
        catch (JsonException e) { return Reject(fileName, null, $"not a certificate: {e.Message}"); }
        string? id = null;
        try
        {
            if (Str(root, "format") != Certificate.Format) return Reject(fileName, null, $"$.format: expected \"{Certificate.Format}\"");
            var claimNode = Obj(root, "claim");
            id = Str(claimNode, "id");
            var claim = new Claim(id, Str(claimNode, "source"), Str(claimNode, "statement"), VerdictKind.Proved);
            var networkNode = Obj(root, "network");
            Network network;
            try { network = NetworkJson.Parse(networkNode.ToJsonString(), $"{fileName} $.network"); }
            catch (Exception e) when (e is FormatException or NetworkException) { return Reject(fileName, id, $"$.network: {e.Message}"); }
            var hash = Certificate.NetworkHash(network);
            if (hash != Str(root, "network_sha256")) return Reject(fileName, id, $"$.network_sha256: the embedded network hashes to {hash}, not {Str(root, "network_sha256")}");
            var query = Obj(root, "query");
            var target = TargetParser.Parse(Str(query, "target"));
            var interval = query["interval"] as JsonArray ?? throw new FormatException("$.query.interval: expected [\"a\", \"b\"]");
            if (interval.Count != 2) throw new FormatException("$.query.interval: expected two numbers");
            var a = Num(interval[0], "$.query.interval[0]"); var b = Num(interval[1], "$.query.interval[1]");
            if (!Certificate.TryParseNorm(Str(query, "norm"), out var norm)) throw new FormatException("$.query.norm: expected sup, L1 or L2");
            Rational? bound = query["bound"] is null ? null : Num(query["bound"], "$.query.bound");
            var result = Obj(root, "result");
            if (Str(result, "verdict") != "proved") return Reject(fileName, id, "$.result.verdict: only proved results are certified");

            var (verdict, outcome) = Check.Distance(claim, network, target, a, b, norm, bound, budget, cancellation, digestPieces: true);
            if (verdict.Kind != VerdictKind.Proved || outcome is null)
                return Reject(fileName, id, $"replay gives {verdict.Kind.ToString().ToLowerInvariant()}: {verdict.Message}");
            long pieces = result["pieces"]?.GetValue<long>() ?? throw new FormatException("$.result.pieces: expected an integer");
            if (pieces != outcome.Pieces) return Reject(fileName, id, $"$.result.pieces: recorded {pieces}, replay enumerates {outcome.Pieces}");
            if (Str(result, "pieces_sha256") != outcome.PieceDigest) return Reject(fileName, id, "$.result.pieces_sha256: the replayed pieces hash differently");
            var low = Num(result["low"], "$.result.low"); var high = Num(result["high"], "$.result.high");
            if (low != outcome.Low) return Reject(fileName, id, $"$.result.low: recorded {low}, replay gives {outcome.Low}");
            if (high != outcome.High) return Reject(fileName, id, $"$.result.high: recorded {high}, replay gives {outcome.High}");
            Rational? argMax = result["argmax"] is null ? null : Num(result["argmax"], "$.result.argmax");
            if (argMax != outcome.ArgMax) return Reject(fileName, id, $"$.result.argmax: recorded {argMax?.ToString() ?? "null"}, replay gives {outcome.ArgMax?.ToString() ?? "null"}");
            return new Result(true, id, $"{fileName}: {id}: replayed {outcome.Pieces} pieces; {verdict.Message}");
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or TargetParseException or JsonException)
        {
            return Reject(fileName, id, e.Message);
        }
    }

    private static Result Reject(string file, string? id, string reason) => new(false, id, $"{file}: {(id is null ? "" : id + ": ")}rejected: {reason}");

    private static JsonObject Obj(JsonObject o, string key) =>
        o[key] as JsonObject ?? throw new FormatException($"{key}: expected an object");

    private static string Str(JsonObject o, string key)
    {
        try { return o[key]?.GetValue<string>() ?? throw new FormatException($"{key}: expected a string"); }
        catch (InvalidOperationException) { throw new FormatException($"{key}: expected a string"); }
    }

    private static Rational Num(JsonNode? node, string path)
    {
        string? s = null;
        try { s = node?.GetValue<string>(); } catch (InvalidOperationException) { }
        if (s is null) throw new FormatException($"{path}: expected a number string, found none");
        if (!Rational.TryParse(s, out var v, out var error)) throw new FormatException($"{path}: {error}");
        return v;
    }
}
