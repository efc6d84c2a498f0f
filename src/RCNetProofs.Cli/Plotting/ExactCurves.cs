using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Cli.Plotting;

/// <summary>
/// The exact points a plot is drawn through: a network's graph from its breakpoints (the kernel's piece enumeration,
/// no sampling), a target at exact rational points, and the error N − f between them.
/// </summary>
internal static class ExactCurves
{
    /// <summary>Default cap on the pieces drawn: beyond it a polyline is larger than any picture can show.</summary>
    public const long DefaultBudget = 1 << 17;

    /// <summary>
    /// The corners of N's graph on [a, b]: both ends and every breakpoint, each with its exact value. Neighbouring
    /// pieces with one affine map are merged, so there are (maximal linear pieces) + 1 vertices, and N is exactly the
    /// straight line between consecutive ones.
    /// </summary>
    /// <exception cref="InvalidOperationException">When N has more than <paramref name="budget"/> pieces on [a, b].</exception>
    public static IReadOnlyList<(Rational X, Rational Y)> Vertices(Network network, Rational a, Rational b, long budget = DefaultBudget)
    {
        var vertices = new List<(Rational X, Rational Y)>();
        Rational slope = default, intercept = default;
        var run = PiecewiseLinear.Enumerate(network, Segment.Interval(a, b), p =>
        {
            if (p.Start == p.End) return true;
            var s = p.Slope[0]; var c = p.Intercept[0];
            if (vertices.Count == 0) vertices.Add((p.Start, s * p.Start + c));
            else if (s == slope && c == intercept) vertices.RemoveAt(vertices.Count - 1);
            vertices.Add((p.End, s * p.End + c));
            (slope, intercept) = (s, c);
            return true;
        }, budget);
        if (!run.Complete)
            throw new InvalidOperationException($"the network has more than {budget} linear pieces on [{a}, {b}]; narrow --on or raise --budget");
        return vertices;
    }

    /// <summary>
    /// The target at exact points of [a, b]: an even grid of <paramref name="samples"/> + 1 points, every point where
    /// the target switches branch (abs, min, max; when those are rational) and the given extra points.
    /// </summary>
    public static IReadOnlyList<(Rational X, Rational Y)> Target(TargetExpression target, Rational a, Rational b, IEnumerable<Rational>? extra = null, int samples = 600)
    {
        var xs = new SortedSet<Rational>(Grid(a, b, samples));
        foreach (var x in SwitchPoints(target, a, b)) xs.Add(x);
        if (extra is not null) foreach (var x in extra) if (x >= a && x <= b) xs.Add(x);
        return xs.Select(x => (x, target.Evaluate(x))).ToList();
    }

    /// <summary>
    /// N − f at exact points: every vertex of N, every switch point of f, and <paramref name="perPiece"/> evenly spaced
    /// points inside each piece of N (where N is the straight line between its vertices, so N needs no evaluation).
    /// </summary>
    public static IReadOnlyList<(Rational X, Rational Y)> Error(IReadOnlyList<(Rational X, Rational Y)> vertices, TargetExpression target, int perPiece)
    {
        var a = vertices[0].X; var b = vertices[^1].X;
        var points = new SortedDictionary<Rational, Rational>();
        for (int i = 0; i + 1 < vertices.Count; i++)
        {
            var (x0, y0) = vertices[i]; var (x1, y1) = vertices[i + 1];
            var slope = (y1 - y0) / (x1 - x0);
            for (int k = 0; k <= perPiece; k++)
            {
                var x = x0 + (x1 - x0) * Rational.Create(k, perPiece + 1);
                points[x] = y0 + slope * (x - x0);
            }
        }
        points[b] = vertices[^1].Y;
        foreach (var x in SwitchPoints(target, a, b))
        {
            int i = 0;
            while (i + 2 < vertices.Count && vertices[i + 1].X < x) i++;
            var (x0, y0) = vertices[i]; var (x1, y1) = vertices[i + 1];
            points[x] = y0 + (y1 - y0) / (x1 - x0) * (x - x0);
        }
        return points.Select(p => (p.Key, p.Value - target.Evaluate(p.Key))).ToList();
    }

    /// <summary>The points as doubles, for drawing.</summary>
    public static IReadOnlyList<PlotPoint> ToPlot(IEnumerable<(Rational X, Rational Y)> points) =>
        points.Select(p => new PlotPoint(p.X.ToDouble(), p.Y.ToDouble())).ToList();

    /// <summary>a + k(b − a)/n for k = 0..n.</summary>
    public static IEnumerable<Rational> Grid(Rational a, Rational b, int n) =>
        Enumerable.Range(0, n + 1).Select(k => a + (b - a) * Rational.Create(k, n));

    // Where the target's pieces meet; none when a switch point is irrational (the even grid then has to do).
    private static IEnumerable<Rational> SwitchPoints(TargetExpression target, Rational a, Rational b)
    {
        try { return PiecewisePolynomial.Restrict(target, a, b).Breakpoints; }
        catch (TargetUnsupportedException) { return []; }
    }
}
