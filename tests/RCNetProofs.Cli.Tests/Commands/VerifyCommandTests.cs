using RCNetProofs.Cli.Commands;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class VerifyCommandTests
{
    [Fact]
    public void TamperedCertificate_IsRejected_Exit1()
    {
        var dir = Directory.CreateTempSubdirectory("rcnet-verify-").FullName;
        try
        {
            var cert = Path.Combine(dir, "c.json");
            var (code, _, _) = Repo.Capture((o, e) => CertifyCommand.Run(Repo.File("examples/networks/yarotsky-h5.json"), "x^2", "[0,1]", "sup", null, null, cert, 1 << 20, null, o, e));
            Assert.Equal(0, code);
            File.WriteAllText(cert, File.ReadAllText(cert).Replace("\"high\": \"1/4096\"", "\"high\": \"1/8192\""));
            var (vcode, vout, _) = Repo.Capture((o, e) => VerifyCommand.Run([cert], o, e));
            Assert.Equal(1, vcode);
            Assert.Contains("REJECTED", vout);
            Assert.Contains("$.result.high: recorded 1/8192, replay gives 1/4096", vout);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void MissingFile_Exit2()
    {
        var (code, _, err) = Repo.Capture((o, e) => VerifyCommand.Run(["no/such/cert.json"], o, e));
        Assert.Equal(2, code);
        Assert.Contains("no/such/cert.json: no such file", err);
    }
}
