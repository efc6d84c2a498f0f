using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Certificates;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Certificates;

public class CertificateTests
{
    private static readonly Claim Claim = new("YAR-SQ/m=4", "test", "sup |h_4 − x²| on [0,1] ≤ 1/1024");

    private static Certificate Certify(Rational? bound, Norm norm = Norm.Sup, int m = 4)
    {
        var (v, c) = Certificate.CheckAndCertify(Claim, TestNetworks.YarotskySquare(m), TargetParser.Parse("x^2"), 0, 1, norm, bound);
        Assert.Equal(VerdictKind.Proved, v.Kind);
        return c!;
    }

    [Fact]
    public void ProvedClaim_GivesACertificateThatReplays()
    {
        var c = Certify(Rational.Create(1, 1024));
        Assert.Equal(Rational.Create(1, 1024), c.Outcome.Low);
        var r = CertificateVerifier.Verify(c.ToJson("test"), "c.json");
        Assert.True(r.Accepted, r.Reason);
        Assert.Equal("YAR-SQ/m=4", r.ClaimId);
    }

    [Theory]
    [InlineData(Norm.L1)]
    [InlineData(Norm.L2)]
    public void IntegralCertificates_Replay(Norm norm)
    {
        var r = CertificateVerifier.Verify(Certify(null, norm).ToJson("test"), "c.json");
        Assert.True(r.Accepted, r.Reason);
    }

    [Fact]
    public void RefutedClaim_GetsNoCertificate()
    {
        var (v, c) = Certificate.CheckAndCertify(Claim, TestNetworks.YarotskySquare(4), TargetParser.Parse("x^2"), 0, 1, Norm.Sup, Rational.Create(1, 1025));
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Null(c);
    }

    [Theory]
    [InlineData("\"low\": \"1/1024\"", "\"low\": \"1/2048\"", "$.result.low")]
    [InlineData("\"high\": \"1/1024\"", "\"high\": \"1/1023\"", "$.result.high")]
    [InlineData("\"pieces\": 16", "\"pieces\": 15", "$.result.pieces")]
    [InlineData("\"bound\": \"1/1024\"", "\"bound\": \"1/2000\"", "replay gives refuted")]
    [InlineData("\"target\": \"x^2\"", "\"target\": \"x^2 + 1/4096\"", "replay")]
    [InlineData("\"format\": \"rcnet-certificate/1\"", "\"format\": \"rcnet-certificate/2\"", "$.format")]
    public void TamperedCertificate_IsRejectedWithTheReason(string from, string to, string reason)
    {
        var json = Certify(Rational.Create(1, 1024)).ToJson("test");
        Assert.Contains(from, json);
        var r = CertificateVerifier.Verify(json.Replace(from, to), "c.json");
        Assert.False(r.Accepted);
        Assert.Contains(reason, r.Reason);
    }

    [Fact]
    public void TamperedNetworkWeight_BreaksTheHash()
    {
        var json = Certify(Rational.Create(1, 1024)).ToJson("test");
        var i = json.IndexOf("\"-1/2\"", StringComparison.Ordinal);
        var bad = json[..i] + "\"-1/3\"" + json[(i + 6)..];
        var r = CertificateVerifier.Verify(bad, "c.json");
        Assert.False(r.Accepted);
        Assert.Contains("network_sha256", r.Reason);
    }

    [Fact]
    public void TamperedNetworkWithFixedHash_FailsTheReplay()
    {
        var c = Certify(Rational.Create(1, 1024));
        var json = c.ToJson("test");
        var other = TestNetworks.YarotskySquare(3);
        var forged = json.Replace(Certificate.NetworkHash(c.Network), Certificate.NetworkHash(other));
        int a = forged.IndexOf("\"network\": {", StringComparison.Ordinal) + "\"network\": ".Length;
        int depth = 0, b = a;
        for (; b < forged.Length; b++) { if (forged[b] == '{') depth++; else if (forged[b] == '}' && --depth == 0) break; }
        forged = forged[..a] + NetworkJson.ToJson(other).TrimEnd() + forged[(b + 1)..];
        var r = CertificateVerifier.Verify(forged, "c.json");
        Assert.False(r.Accepted);
        Assert.Contains("replay", r.Reason);
    }

    [Fact]
    public void NotJson_IsRejected()
    {
        var r = CertificateVerifier.Verify("{ nope", "c.json");
        Assert.False(r.Accepted);
        Assert.StartsWith("c.json: rejected: not a certificate", r.Reason);
    }

    [Fact]
    public void WriteThenVerifyFile_RoundTrips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rcnet-cert-{Guid.NewGuid():N}.json");
        try
        {
            Certify(null).Write(path, "test");
            Assert.True(CertificateVerifier.VerifyFile(path).Accepted);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Digest_IsTheSameOnDyadicAndRationalPaths()
    {
        // |x| with weights 1/3 and 3 is not dyadic, so it is enumerated over the rationals; plain |x| over the dyadics.
        var third = Rational.Create(1, 3);
        var viaThirds = new Network(1, [
            AffineLayer.Dense([[third], [-third]], [Rational.Zero, Rational.Zero], Activation.Relu),
            AffineLayer.Dense([[(Rational)3, (Rational)3]], [Rational.Zero], Activation.Identity)]);
        Assert.False(viaThirds.IsDyadic);
        var (_, o1) = Check.Distance(Claim, TestNetworks.Abs(), TargetParser.Parse("x"), -1, 1, Norm.Sup, null, digestPieces: true);
        var (_, o2) = Check.Distance(Claim, viaThirds, TargetParser.Parse("x"), -1, 1, Norm.Sup, null, digestPieces: true);
        Assert.Equal(o1!.PieceDigest, o2!.PieceDigest);
        Assert.NotNull(o1.PieceDigest);
    }
}
