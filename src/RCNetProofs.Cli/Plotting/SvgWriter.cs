using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace RCNetProofs.Cli.Plotting;

/// <summary>
/// Writes a figure as a self-contained SVG 1.1 document: per panel a frame with grid, ticks, axis labels, a legend,
/// and one polyline per curve (clipped to the frame). Built as an XML tree, so the output is always well formed.
/// </summary>
/// <remarks>
/// Each curve's polyline carries <c>class="curve"</c>, its label in <c>data-label</c>, and <c>data-exact="true"</c>
/// when its vertices are a network's exact breakpoints, one "x,y" pair per vertex. Shaded strips are rects with
/// <c>class="band"</c>; a heat map is rows of <c>class="cell"</c> rects (neighbouring cells of one colour joined) with a
/// colour bar.
/// </remarks>
internal static class SvgWriter
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const int TitleHeight = 40, Left = 86, Right = 24, PanelTop = 34, PanelBottom = 52;

    /// <summary>The SVG text of <paramref name="figure"/> at <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static string Render(Figure figure, int width, int height)
    {
        var root = new XElement(Svg + "svg",
            new XAttribute("width", width), new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("font-family", "DejaVu Sans, Verdana, Arial, sans-serif"), new XAttribute("font-size", 13),
            new XElement(Svg + "title", figure.Title),
            new XElement(Svg + "rect", new XAttribute("width", width), new XAttribute("height", height), new XAttribute("fill", "white")),
            Text(width / 2.0, 26, figure.Title, 17, "middle", bold: true));
        double panelHeight = (height - TitleHeight) / (double)figure.Panels.Count;
        for (int i = 0; i < figure.Panels.Count; i++)
            root.Add(RenderPanel(figure.Panels[i], i, width, TitleHeight + i * panelHeight, panelHeight));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString(SaveOptions.None) + "\n";
    }

    /// <summary>Writes the SVG file (UTF-8, no byte-order mark).</summary>
    public static void Write(Figure figure, string path, int width, int height) =>
        File.WriteAllText(path, Render(figure, width, height), new UTF8Encoding(false));

    private static XElement RenderPanel(Panel panel, int index, int width, double top, double height)
    {
        var map = panel.Map;
        double x0 = Left, x1 = width - Right - (map is null ? 0 : 96), y0 = top + PanelTop, y1 = top + height - PanelBottom;
        var points = panel.Curves.SelectMany(c => c.Points).ToList();
        var bands = panel.Bands ?? [];
        var legend = panel.Curves.Where(c => c.Label.Length > 0).Select(c => (c.Label, c.Colour, c.Dashed, Filled: false))
            .Concat(bands.Where(b => b.Label.Length > 0).Select(b => (b.Label, b.Colour, Dashed: false, Filled: true))).ToList();
        double xMin, xMax, yMin, yMax;
        if (map is not null) (xMin, xMax, yMin, yMax) = (map.XMin, map.XMax, map.YMin, map.YMax);
        else
        {
            // The x range is the domain itself; the y range gets a margin so the curve does not touch the frame.
            (xMin, xMax) = AxisTicks.Range(points.Select(p => p.X), margin: 0);
            (yMin, yMax) = AxisTicks.Range(points.Select(p => p.Y));
            // Room above the curves for the legend: its rows, in the units of the y axis.
            int rows = legend.Count;
            yMax += (yMax - yMin) * (rows * 19 + 16) / Math.Max(1, y1 - y0 - rows * 19 - 16);
        }
        double X(double x) => x0 + (x - xMin) / (xMax - xMin) * (x1 - x0);
        double Y(double y) => y1 - (y - yMin) / (yMax - yMin) * (y1 - y0);

        var g = new XElement(Svg + "g", new XAttribute("class", "panel"));
        string clip = $"plot-area-{index}";
        g.Add(new XElement(Svg + "defs", new XElement(Svg + "clipPath", new XAttribute("id", clip),
            new XElement(Svg + "rect", Attr("x", x0), Attr("y", y0), Attr("width", x1 - x0), Attr("height", y1 - y0)))));
        g.Add(Text((x0 + x1) / 2, top + 22, panel.Title, 14, "middle"));

        foreach (var t in AxisTicks.Nice(xMin, xMax, 8))
        {
            g.Add(Line(X(t), y0, X(t), y1, "#e5e5e5"));
            g.Add(Line(X(t), y1, X(t), y1 + 5, "#333333"));
            g.Add(Text(X(t), y1 + 19, AxisTicks.Label(t), 12, "middle"));
        }
        foreach (var t in AxisTicks.Nice(yMin, yMax, 6))
        {
            g.Add(Line(x0, Y(t), x1, Y(t), "#e5e5e5"));
            g.Add(Line(x0 - 5, Y(t), x0, Y(t), "#333333"));
            g.Add(Text(x0 - 8, Y(t) + 4, AxisTicks.Label(t), 12, "end"));
        }
        foreach (var b in bands)
        {
            double left = X(Math.Max(b.From, xMin)), right = X(Math.Min(b.To, xMax));
            if (right <= left) continue;
            g.Add(new XElement(Svg + "rect", new XAttribute("class", "band"), Attr("x", left), Attr("y", y0), Attr("width", right - left), Attr("height", y1 - y0),
                new XAttribute("fill", b.Colour), new XAttribute("fill-opacity", 0.25), new XAttribute("clip-path", $"url(#{clip})")));
        }
        if (map is not null) AddHeatmap(g, map, X, Y, x1, y0, y1);
        g.Add(new XElement(Svg + "rect", Attr("x", x0), Attr("y", y0), Attr("width", x1 - x0), Attr("height", y1 - y0),
            new XAttribute("fill", "none"), new XAttribute("stroke", "#333333")));
        g.Add(Text((x0 + x1) / 2, y1 + 40, panel.XLabel, 13, "middle"));
        var yLabel = Text(x0 - 62, (y0 + y1) / 2, panel.YLabel, 13, "middle");
        yLabel.Add(new XAttribute("transform", $"rotate(-90 {F(x0 - 62)} {F((y0 + y1) / 2)})"));
        g.Add(yLabel);

        foreach (var curve in panel.Curves)
        {
            var line = new XElement(Svg + "polyline",
                new XAttribute("class", "curve"), new XAttribute("data-label", curve.Label),
                new XAttribute("fill", "none"), new XAttribute("stroke", curve.Colour), new XAttribute("stroke-width", curve.Exact ? 1.8 : 1.4),
                new XAttribute("stroke-linejoin", "round"), new XAttribute("clip-path", $"url(#{clip})"),
                new XAttribute("points", string.Join(" ", curve.Points.Select(p => $"{F(X(p.X))},{F(Y(p.Y))}"))));
            if (curve.Exact) line.Add(new XAttribute("data-exact", "true"));
            if (curve.Dashed) line.Add(new XAttribute("stroke-dasharray", "7 4"));
            g.Add(line);
            if (curve.ShowVertices)
                foreach (var p in curve.Points)
                    g.Add(new XElement(Svg + "circle", Attr("cx", X(p.X)), Attr("cy", Y(p.Y)), new XAttribute("r", 2.6),
                        new XAttribute("fill", curve.Colour), new XAttribute("clip-path", $"url(#{clip})")));
        }
        g.Add(Legend(legend, x1 - 10, y0 + 10));
        return g;
    }

    // The cells, one rect per run of equal colour in a row (256 colour levels), and the colour bar right of the frame.
    private static void AddHeatmap(XElement g, Heatmap map, Func<double, double> X, Func<double, double> Y, double x1, double y0, double y1)
    {
        int rows = map.Values.GetLength(0), cols = map.Values.GetLength(1);
        double max = map.Max, cw = (map.XMax - map.XMin) / cols, ch = (map.YMax - map.YMin) / rows;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols;)
            {
                var colour = Heatmap.Colour(Math.Round(map.Values[i, j] / max * 255) / 255);
                int end = j + 1;
                while (end < cols && Heatmap.Colour(Math.Round(map.Values[i, end] / max * 255) / 255) == colour) end++;
                double left = X(map.XMin + j * cw), right = X(map.XMin + end * cw), upper = Y(map.YMin + (i + 1) * ch), lower = Y(map.YMin + i * ch);
                // Half a pixel of overlap hides the seams anti-aliasing would leave between cells.
                g.Add(new XElement(Svg + "rect", new XAttribute("class", "cell"), Attr("x", left), Attr("y", upper),
                    Attr("width", right - left + 0.5), Attr("height", lower - upper + 0.5), new XAttribute("fill", colour)));
                j = end;
            }
        double bx = x1 + 18, bw = 16;
        const int steps = 64;
        for (int s = 0; s < steps; s++)
        {
            double ya = y1 - (y1 - y0) * (s + 1) / steps, yb = y1 - (y1 - y0) * s / steps;
            g.Add(new XElement(Svg + "rect", Attr("x", bx), Attr("y", ya), Attr("width", bw), Attr("height", yb - ya + 0.5),
                new XAttribute("fill", Heatmap.Colour((s + 0.5) / steps))));
        }
        g.Add(new XElement(Svg + "rect", Attr("x", bx), Attr("y", y0), Attr("width", bw), Attr("height", y1 - y0), new XAttribute("fill", "none"), new XAttribute("stroke", "#333333")));
        foreach (var t in AxisTicks.Nice(0, max, 6))
        {
            if (t < 0 || t > max) continue;
            double y = y1 - (y1 - y0) * t / max;
            g.Add(Line(bx + bw, y, bx + bw + 4, y, "#333333"));
            g.Add(Text(bx + bw + 6, y + 4, AxisTicks.Label(t), 11, "start"));
        }
        var label = Text(bx + bw + 62, (y0 + y1) / 2, map.ScaleLabel, 12, "middle");
        label.Add(new XAttribute("transform", $"rotate(-90 {F(bx + bw + 62)} {F((y0 + y1) / 2)})"));
        g.Add(label);
    }

    // A legend box whose top-right corner is at (right, top): a line sample per curve, a filled square per band.
    private static XElement Legend(IReadOnlyList<(string Label, string Colour, bool Dashed, bool Filled)> rows, double right, double top)
    {
        var g = new XElement(Svg + "g", new XAttribute("class", "legend"));
        if (rows.Count == 0) return g;
        // DejaVu Sans at 12 px averages about 7 px per character.
        double boxWidth = 44 + 7 * rows.Max(c => c.Label.Length), rowHeight = 19;
        double left = right - boxWidth;
        g.Add(new XElement(Svg + "rect", Attr("x", left), Attr("y", top), Attr("width", boxWidth), Attr("height", rowHeight * rows.Count + 8),
            new XAttribute("fill", "white"), new XAttribute("fill-opacity", 0.9), new XAttribute("stroke", "#999999")));
        for (int i = 0; i < rows.Count; i++)
        {
            double y = top + 4 + rowHeight * i + rowHeight / 2;
            if (rows[i].Filled)
                g.Add(new XElement(Svg + "rect", Attr("x", left + 12), Attr("y", y - 6), Attr("width", 16), Attr("height", 12),
                    new XAttribute("fill", rows[i].Colour), new XAttribute("fill-opacity", 0.25), new XAttribute("stroke", rows[i].Colour)));
            else
            {
                var sample = Line(left + 8, y, left + 32, y, rows[i].Colour);
                sample.SetAttributeValue("stroke-width", 2);
                if (rows[i].Dashed) sample.Add(new XAttribute("stroke-dasharray", "7 4"));
                g.Add(sample);
            }
            g.Add(Text(left + 38, y + 4, rows[i].Label, 12, "start"));
        }
        return g;
    }

    private static XElement Text(double x, double y, string text, int size, string anchor, bool bold = false)
    {
        var e = new XElement(Svg + "text", Attr("x", x), Attr("y", y), new XAttribute("font-size", size), new XAttribute("text-anchor", anchor), text);
        if (bold) e.Add(new XAttribute("font-weight", "bold"));
        return e;
    }

    private static XElement Line(double xa, double ya, double xb, double yb, string colour) =>
        new(Svg + "line", Attr("x1", xa), Attr("y1", ya), Attr("x2", xb), Attr("y2", yb), new XAttribute("stroke", colour));

    private static XAttribute Attr(string name, double value) => new(name, F(value));

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
