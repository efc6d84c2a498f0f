using System.Xml.Linq;
using RCNetProofs.Cli.Commands;
using Xunit;

namespace RCNetProofs.Cli.Tests.Commands;

public class PlotCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rcnet-plot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private PlotCommand.Output To(string file) => new(Path.Combine(_dir, file), 800, 0, 1 << 17);

    [Fact]
    public void Sawtooth_Svg_WrittenAndWellFormed()
    {
        var (code, output, _) = Repo.Capture((o, e) => PlotCommand.RunSawtooth(3, "[0,1]", To("saw.svg"), o, e));

        Assert.Equal(0, code);
        Assert.Contains("wrote", output);
        Assert.NotNull(XDocument.Load(Path.Combine(_dir, "saw.svg")).Root);
    }

    [Fact]
    public void Yarotsky_Png_WrittenNonEmpty()
    {
        Assert.Equal(0, Repo.Capture((o, e) => PlotCommand.RunYarotsky(3, To("h3.png"), o, e)).Code);
        Assert.True(new FileInfo(Path.Combine(_dir, "h3.png")).Length > 1000);
    }

    [Fact]
    public void NetworkFile_AgainstTarget_Written()
    {
        var code = Repo.Capture((o, e) => PlotCommand.RunNetwork(Repo.File("examples/networks/triangle.json"), "x^2", "[-1/2,3/2]", To("n.svg"), o, e)).Code;
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(_dir, "n.svg")));
    }

    [Theory]
    [InlineData(0, "[0,1]", "saw.svg", "--L")]
    [InlineData(3, "[1,0]", "saw.svg", "--on")]
    [InlineData(3, "[0,1]", "saw.pdf", ".svg or .png")]
    public void Sawtooth_BadInput_Exit2WithTheOptionNamed(int L, string on, string file, string named)
    {
        var (code, _, err) = Repo.Capture((o, e) => PlotCommand.RunSawtooth(L, on, To(file), o, e));
        Assert.Equal(2, code);
        Assert.Contains(named, err);
    }

    [Fact]
    public void NoOutput_Exit2() =>
        Assert.Equal(2, Repo.Capture((o, e) => PlotCommand.RunYarotsky(2, new PlotCommand.Output(null, 800, 0, 1000), o, e)).Code);

    [Fact]
    public void TooManyPieces_Exit2WithAdvice()
    {
        var (code, _, err) = Repo.Capture((o, e) => PlotCommand.RunSawtooth(12, "[0,1]", To("x.svg") with { Budget = 100 }, o, e));
        Assert.Equal(2, code);
        Assert.Contains("--budget", err);
    }

    [Fact]
    public void Daniely_BadEpsilon_Exit2() =>
        Assert.Equal(2, Repo.Capture((o, e) => PlotCommand.RunDaniely("x^2", "2", "4", "-1", To("d.svg"), o, e)).Code);

    [Fact]
    public void Main_PlotSubcommandWithShortOutputOption_Exit0()
    {
        var path = Path.Combine(_dir, "main.svg");
        Assert.Equal(0, Program.Main(["plot", "sawtooth", "--L", "2", "-o", path]));
        Assert.True(File.Exists(path));
    }
}
