using RCNetProofs.Cli.Commands;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class PieceProgressTests
{
    [Fact]
    public void Report_WritesThePiecesWithThousandsSeparators()
    {
        var stderr = new StringWriter();
        new PieceProgress(stderr, TimeSpan.Zero).Report(4_194_304);
        Assert.StartsWith("rcnet certify: 4,194,304 pieces, ", stderr.ToString());
    }

    [Fact]
    public void Report_WithinTheInterval_WritesNothing()
    {
        var stderr = new StringWriter();
        var progress = new PieceProgress(stderr, TimeSpan.FromHours(1));
        for (long n = 0; n < 1000; n++) progress.Report(n);
        Assert.Equal("", stderr.ToString());
    }
}
