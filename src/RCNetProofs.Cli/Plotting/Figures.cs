using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Cli.Plotting;

/// <summary>
/// The figures `rcnet plot` draws. Networks are drawn through their exact breakpoints; targets at exact rational
/// points; the numbers in titles (pieces, suprema) are measured by the kernel.
/// </summary>
internal static class Figures
{
    private const string NetworkColour = "#1f77b4";
    private const string TargetColour = "#d95f02";
    private const string ErrorColour = "#1b9e77";
    private const string BoundColour = "#c0392b";

    /// <summary>Δ^∘L on [a, b].</summary>
    public static Figure Sawtooth(int depth, Rational a, Rational b, long budget)
    {
        var vertices = ExactCurves.Vertices(Constructions.Telgarsky.Sawtooth.Build(depth), a, b, budget);
        return new Figure($"Telgarsky's sawtooth Δ^∘{depth} (3 ReLUs per layer, {depth} hidden layers)",
        [
            new Panel($"{vertices.Count - 1} linear pieces on [{a}, {b}], drawn through the {vertices.Count} exact breakpoints and ends", "x", $"Δ^∘{depth}(x)",
                [new Curve($"Δ^∘{depth} (network)", ExactCurves.ToPlot(vertices), NetworkColour, ShowVertices: vertices.Count <= 65, Exact: true)]),
        ]);
    }

    /// <summary>Yarotsky's h_m against x² on [0, 1], and the error h_m − x² with its exact supremum.</summary>
    public static Figure Yarotsky(int levels, long budget)
    {
        var h = SquareApprox.Build(levels);
        var square = TargetParser.Parse("x^2");
        var vertices = ExactCurves.Vertices(h, 0, 1, budget);
        var sup = Sup(h, square, 0, 1, budget);
        var bound = SquareApprox.Error(levels);
        int perPiece = PerPiece(vertices.Count - 1);
        return new Figure($"Yarotsky's h_{levels} = x − Σ Δ^∘s/4^s against x² on [0, 1]",
        [
            new Panel($"h_{levels}: {vertices.Count - 1} linear pieces, the chords of x² at k/2^{levels}", "x", "y",
            [
                new Curve($"h_{levels} (network, exact breakpoints)", ExactCurves.ToPlot(vertices), NetworkColour, ShowVertices: vertices.Count <= 65, Exact: true),
                new Curve("x² (target)", ExactCurves.ToPlot(ExactCurves.Target(square, 0, 1, vertices.Select(v => v.X))), TargetColour, Dashed: true),
            ]),
            new Panel($"error h_{levels}(x) − x²: exact sup = {sup} (4^−{levels + 1} = {bound})", "x", "h(x) − x²",
            [
                new Curve($"h_{levels} − x²", ExactCurves.ToPlot(ExactCurves.Error(vertices, square, perPiece)), ErrorColour),
                new Curve($"4^−{levels + 1}", [new(0, bound.ToDouble()), new(1, bound.ToDouble())], BoundColour, Dashed: true),
            ]),
        ]);
    }

    /// <summary>Daniely's depth-2 network for an L-Lipschitz f on [−R, R] (DAN-LIP, knots every 2ε/L), and its error.</summary>
    public static Figure Daniely(TargetExpression f, Rational radius, Rational lipschitz, Rational epsilon, long budget)
    {
        var n = LipschitzApprox.Build(new LipschitzTarget(f.ToString(), f.Evaluate, lipschitz), radius, epsilon);
        // A quarter of R beyond each end shows that N continues with its last slope (so it stays L-Lipschitz on R).
        var a = -radius * Rational.Create(5, 4); var b = radius * Rational.Create(5, 4);
        var vertices = ExactCurves.Vertices(n, a, b, budget);
        var inside = ExactCurves.Vertices(n, -radius, radius, budget);
        var sup = Sup(n, f, -radius, radius, budget);
        int width = n.Layers[0].OutputSize;
        return new Figure($"Daniely's depth-2 network N(x) = f(0) + Σ γ_i σ(±x − t_i) for f = {f}, L = {lipschitz}",
        [
            new Panel($"{width} hidden units; R = {radius}, ε = {epsilon}", "x", "y",
            [
                new Curve("N (network, exact breakpoints)", ExactCurves.ToPlot(vertices), NetworkColour, ShowVertices: vertices.Count <= 65, Exact: true),
                new Curve($"f = {f} (target)", ExactCurves.ToPlot(ExactCurves.Target(f, a, b, vertices.Select(v => v.X))), TargetColour, Dashed: true),
            ]),
            new Panel($"error N − f on [−{radius}, {radius}]: exact sup = {sup} ≤ ε = {epsilon}", "x", "N(x) − f(x)",
            [
                new Curve("N − f", ExactCurves.ToPlot(ExactCurves.Error(inside, f, PerPiece(inside.Count - 1))), ErrorColour),
                new Curve("±ε", [new((-radius).ToDouble(), epsilon.ToDouble()), new(radius.ToDouble(), epsilon.ToDouble())], BoundColour, Dashed: true),
                new Curve("", [new((-radius).ToDouble(), (-epsilon).ToDouble()), new(radius.ToDouble(), (-epsilon).ToDouble())], BoundColour, Dashed: true),
            ]),
        ]);
    }

    /// <summary>A user's network on [a, b], against a target when one is given (then with the error N − f).</summary>
    public static Figure Network(Network network, string name, TargetExpression? target, Rational a, Rational b, long budget)
    {
        var vertices = ExactCurves.Vertices(network, a, b, budget);
        var sizes = NetworkSizes.Measure(network);
        var title = $"{name}: width {sizes.Width}, depth {sizes.Depth}, {vertices.Count - 1} linear pieces on [{a}, {b}]";
        var networkCurve = new Curve($"{name} (network, exact breakpoints)", ExactCurves.ToPlot(vertices), NetworkColour, ShowVertices: vertices.Count <= 65, Exact: true);
        if (target is null)
            return new Figure(title, [new Panel($"drawn through the {vertices.Count} exact breakpoints and ends", "x", "N(x)", [networkCurve])]);
        var sup = Sup(network, target, a, b, budget);
        return new Figure(title,
        [
            new Panel($"against f = {target}", "x", "y",
                [networkCurve, new Curve($"f = {target} (target)", ExactCurves.ToPlot(ExactCurves.Target(target, a, b, vertices.Select(v => v.X))), TargetColour, Dashed: true)]),
            new Panel($"error N − f: exact sup |N − f| = {sup}", "x", "N(x) − f(x)",
                [new Curve("N − f", ExactCurves.ToPlot(ExactCurves.Error(vertices, target, PerPiece(vertices.Count - 1))), ErrorColour)]),
        ]);
    }

    // Interior samples per piece for error curves (quadratic or higher between breakpoints): a few thousand points in all.
    private static int PerPiece(int pieces) => Math.Clamp(2048 / Math.Max(1, pieces), 1, 40);

    // sup |N − f| on [a, b] from the kernel, exact or as its enclosure.
    private static string Sup(Network network, TargetExpression target, Rational a, Rational b, long budget)
    {
        PiecewisePolynomial f;
        try { f = PiecewisePolynomial.Restrict(target, a, b); }
        catch (TargetUnsupportedException) { return "(not decided: the target switches at an irrational point)"; }
        var d = Distance.Sup(network, f, budget);
        if (!d.Enumeration.Complete) return "(not decided within the budget)";
        return d.Low == d.High ? d.Low.ToString() : $"∈ [{d.Low.ToDouble():G6}, {d.High.ToDouble():G6}]";
    }
}
