using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Certificates;

/// <summary>
/// A replayable record of a proved 1-D distance claim (<c>rcnet-certificate/1</c>): the network (embedded, with
/// its SHA-256), the query (target, interval, norm, bound) and the exact result with a digest of every piece.
/// <see cref="CertificateVerifier"/> recomputes everything with the kernel alone.
/// </summary>
public sealed class Certificate
{
    /// <summary>The format tag written in every certificate.</summary>
    public const string Format = "rcnet-certificate/1";

    private Certificate(Claim claim, Network network, string target, Rational a, Rational b, Norm norm, Rational? bound, DistanceOutcome outcome, VerdictKind verdict)
    {
        Claim = claim; Network = network; Target = target; A = a; B = b; Norm = norm; Bound = bound; Outcome = outcome; Verdict = verdict;
    }

    /// <summary>The claim that was proved.</summary>
    public Claim Claim { get; }
    /// <summary>The network judged.</summary>
    public Network Network { get; }
    /// <summary>The target expression's text.</summary>
    public string Target { get; }
    /// <summary>Left end of the interval.</summary>
    public Rational A { get; }
    /// <summary>Right end of the interval.</summary>
    public Rational B { get; }
    /// <summary>The distance measured.</summary>
    public Norm Norm { get; }
    /// <summary>The bound, if the claim had one.</summary>
    public Rational? Bound { get; }
    /// <summary>The recorded measurement.</summary>
    public DistanceOutcome Outcome { get; }
    /// <summary>The verdict recorded (always Proved for certificates the kernel issues).</summary>
    public VerdictKind Verdict { get; }

    /// <summary>
    /// Checks a distance claim with piece digests on and, when the verdict is Proved, returns its certificate too.
    /// </summary>
    public static (Verdict Verdict, Certificate? Certificate) CheckAndCertify(Claim claim, Network network, TargetExpression target,
        Rational a, Rational b, Norm norm, Rational? bound, long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default,
        IProgress<long>? piecesFound = null)
    {
        var (verdict, outcome) = Check.Distance(claim, network, target, a, b, norm, bound, budget, cancellation, digestPieces: true, piecesFound);
        if (verdict.Kind != VerdictKind.Proved || outcome is null) return (verdict, null);
        return (verdict, new Certificate(claim, network, target.ToString(), a, b, norm, bound, outcome, verdict.Kind));
    }

    /// <summary>SHA-256 (lower-case hex) of the network's canonical <c>rcnet-network/1</c> text.</summary>
    public static string NetworkHash(Network network) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(NetworkJson.ToJson(network)))).ToLowerInvariant();

    /// <summary>The certificate as indented JSON (see docs/certificate-format.md).</summary>
    public string ToJson(string toolVersion)
    {
        var root = new JsonObject
        {
            ["format"] = Format,
            ["tool"] = "rcnet",
            ["version"] = toolVersion,
            ["claim"] = new JsonObject
            {
                ["id"] = Claim.Id, ["source"] = Claim.Source, ["statement"] = Claim.Statement,
                ["expected"] = Claim.Expected.ToString().ToLowerInvariant(),
            },
            ["network_sha256"] = NetworkHash(Network),
            ["network"] = JsonNode.Parse(NetworkJson.ToJson(Network)),
            ["query"] = new JsonObject
            {
                ["target"] = Target,
                ["interval"] = new JsonArray(A.ToString(), B.ToString()),
                ["norm"] = NormName(Norm),
                ["bound"] = Bound?.ToString(),
            },
            ["result"] = new JsonObject
            {
                ["verdict"] = Verdict.ToString().ToLowerInvariant(),
                ["pieces"] = Outcome.Pieces,
                ["pieces_sha256"] = Outcome.PieceDigest,
                ["low"] = Outcome.Low.ToString(),
                ["high"] = Outcome.High.ToString(),
                ["argmax"] = Outcome.ArgMax?.ToString(),
            },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>Writes the certificate atomically (temporary file, then rename).</summary>
    public void Write(string path, string toolVersion)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var tmp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            File.WriteAllText(tmp, ToJson(toolVersion), new UTF8Encoding(false));
            File.Move(tmp, full, overwrite: true);
        }
        finally { if (File.Exists(tmp)) File.Delete(tmp); }
    }

    /// <summary>"sup", "L1" or "L2".</summary>
    public static string NormName(Norm norm) => norm switch { Norm.Sup => "sup", Norm.L1 => "L1", _ => "L2" };

    /// <summary>Reads "sup", "L1", "L2" (case-insensitive for the L).</summary>
    public static bool TryParseNorm(string text, out Norm norm)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "sup": case "linf": case "inf": norm = Norm.Sup; return true;
            case "l1": norm = Norm.L1; return true;
            case "l2": norm = Norm.L2; return true;
            default: norm = Norm.Sup; return false;
        }
    }
}
