using System.Xml.Linq;
using RCNetProofs.Cli.Plotting;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Analysis;
using Xunit;

namespace RCNetProofs.Cli.Tests.Plotting;

public class SvgWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(1)] [InlineData(4)] [InlineData(9)]
    public void Render_Sawtooth_IsWellFormedWithOneVertexPerBreakpointAndEnd(int L)
    {
        var svg = SvgWriter.Render(Figures.Sawtooth(L, 0, 1, ExactCurves.DefaultBudget), 800, 500);

        var doc = XDocument.Parse(svg);
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        var exact = Assert.Single(doc.Descendants(Svg + "polyline"), e => (string?)e.Attribute("data-exact") == "true");
        var vertices = ((string)exact.Attribute("points")!).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Oracle: the kernel's count of maximal linear pieces, plus one (2^L pieces on [0, 1]).
        var pieces = PiecewiseLinear.CountDistinctPieces(Sawtooth.Build(L), Segment.Interval(0, 1), out _);
        Assert.Equal(pieces + 1, vertices.Length);
        Assert.Equal((1 << L) + 1, vertices.Length);
        Assert.All(vertices, v => Assert.Equal(2, v.Split(',').Length));
    }

    [Fact]
    public void Render_Yarotsky_HasTitleAxisLabelsAndALegendEntryPerLabelledCurve()
    {
        var figure = Figures.Yarotsky(3, ExactCurves.DefaultBudget);

        var doc = XDocument.Parse(SvgWriter.Render(figure, 900, 900));

        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains(figure.Title, texts);
        Assert.Contains("x", texts);
        Assert.Contains("h(x) − x²", texts);
        Assert.Equal(2, doc.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "panel"));
        var legends = doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "legend").ToList();
        Assert.Equal(figure.Panels.Sum(p => p.Curves.Count(c => c.Label.Length > 0)), legends.Sum(l => l.Elements(Svg + "text").Count()));
        // Tick labels on both axes of both panels.
        Assert.Contains("0.5", texts);
    }

    [Fact]
    public void Render_TextWithMarkupCharacters_IsEscaped()
    {
        var figure = new Figure("a < b & c", [new Panel("p", "x", "y", [new Curve("<N>", [new(0, 0), new(1, 1)], "#000000")])]);

        var doc = XDocument.Parse(SvgWriter.Render(figure, 400, 300));

        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "a < b & c");
    }
}
