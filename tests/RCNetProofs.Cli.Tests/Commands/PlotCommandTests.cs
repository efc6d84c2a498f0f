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

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void RCNet_D1_Svg_ExactCurveOmegaShadedAndSuprema()
    {
        var (code, output, _) = Repo.Capture((o, e) => PlotCommand.RunRCNet("t1.1", 1, 4, "abs(x-1/3)", 1, 48, To("rc.svg"), o, e));
        Assert.Equal(0, code);
        Assert.Contains("RC-T1.1", output);
        var doc = XDocument.Load(Path.Combine(_dir, "rc.svg"));
        // K = 4: three strips of Ω in each of the two panels
        Assert.Equal(6, doc.Descendants(Svg + "rect").Count(r => (string?)r.Attribute("class") == "band"));
        var exact = Assert.Single(doc.Descendants(Svg + "polyline"), e => (string?)e.Attribute("data-exact") == "true");
        Assert.True(((string)exact.Attribute("points")!).Split(' ').Length >= 5);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value.StartsWith("error N − f: exact sup off Ω = ", StringComparison.Ordinal));
    }

    [Fact]
    public void RCNet_D2_Png_Written()
    {
        Assert.Equal(0, Repo.Capture((o, e) => PlotCommand.RunRCNet("ta1", 2, 4, "max(x1,x2)", 1, 8, To("rc2.png"), o, e)).Code);
        Assert.True(new FileInfo(Path.Combine(_dir, "rc2.png")).Length > 1000);
    }

    [Fact]
    public void RCNet_D2_Svg_HeatMapSaysExact()
    {
        Assert.Equal(0, Repo.Capture((o, e) => PlotCommand.RunRCNet("t1.1", 2, 4, "x1*x2", 1, 8, To("rc2.svg"), o, e)).Code);
        var doc = XDocument.Load(Path.Combine(_dir, "rc2.svg"));
        Assert.Contains(doc.Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "cell");
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value.Contains("8×8 grid, exact rational evaluation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("t1.1", 1, 4, "abs(x-1/3)", 48, "rc.pdf", ".svg or .png")]
    [InlineData("t1.1", 1, 4, "abs(x-1/3)", 2, "rc.svg", "--grid")]
    [InlineData("t1.1", 3, 4, "abs(x-1/3)", 48, "rc.svg", "--d")]
    [InlineData("t1.1", 2, 4, "abs(x-1/3)", 48, "rc.svg", "--d")]
    [InlineData("t1.1", 1, 0, "abs(x-1/3)", 48, "rc.svg", "--r")]
    [InlineData("nope", 1, 4, "abs(x-1/3)", 48, "rc.svg", "--rcnet")]
    [InlineData("t1.1", 1, 4, "exp(x)", 48, "rc.svg", "--target")]
    public void RCNet_BadInput_Exit2WithTheOptionNamed(string name, int d, int r, string target, int grid, string file, string named)
    {
        var (code, _, err) = Repo.Capture((o, e) => PlotCommand.RunRCNet(name, d, r, target, 1, grid, To(file), o, e));
        Assert.Equal(2, code);
        Assert.Contains(named, err);
        Assert.False(File.Exists(Path.Combine(_dir, file)));
    }

    [Fact]
    public void Main_PlotRCNet_Exit0_AndBadTargetExit2()
    {
        var path = Path.Combine(_dir, "main-rc.svg");
        Assert.Equal(0, Program.Main(["plot", "rcnet", "--d", "1", "--r", "2", "--target", "abs(x-1/2)", "-o", path]));
        Assert.True(File.Exists(path));
        Assert.Equal(2, Program.Main(["plot", "rcnet", "--target", "sin(x)", "-o", path]));
    }
}
