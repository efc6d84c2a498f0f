using System.Globalization;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Cli.Plotting;

/// <summary>
/// Pictures of the RCNets of the catalogue against their targets: for d = 1 the network through its exact breakpoints
/// with the trifling region Ω(K, δ) shaded, and its error; for d = 2 a heat map of |N − f| on a grid, evaluated exactly.
/// </summary>
internal static class RCNetFigures
{
    private const string NetworkColour = "#1f77b4";
    private const string TargetColour = "#d95f02";
    private const string ErrorColour = "#1b9e77";
    private const string OmegaColour = "#7f7f7f";

    /// <summary>N = L2∘g^∘r∘L1 and f on [0, 1] with Ω shaded; the error N − f with its exact suprema on [0, 1] and off Ω.</summary>
    /// <exception cref="InvalidOperationException">When N has more than <paramref name="budget"/> pieces on [0, 1].</exception>
    public static Figure OneDimensional(RCNet net, ApproximationTarget target, long budget)
    {
        var flat = net.Flatten();
        var f = TargetParser.Parse(target.Name);
        var vertices = ExactCurves.Vertices(flat, 0, 1, budget);
        var (k, delta) = Grid(net);
        var bands = Strips(k, delta);
        var all = Distance.Sup(flat, PiecewisePolynomial.Restrict(f, 0, 1), budget);
        var off = Cubes(k, delta).Select(c => Distance.Sup(flat, PiecewisePolynomial.Restrict(f, c.A, c.B), budget)).ToList();
        string offText = off.All(d => d.Exact is not null) ? off.Select(d => d.Low).Aggregate(Rational.Max).ToString() : "(not decided within the budget)";
        string allText = all.Exact?.ToString() ?? "(not decided within the budget)";
        var networkCurve = new Curve($"N (network, {vertices.Count - 1} pieces, exact breakpoints)", ExactCurves.ToPlot(vertices), NetworkColour, ShowVertices: vertices.Count <= 65, Exact: true);
        var targetCurve = new Curve($"f = {target.Name} (target)", ExactCurves.ToPlot(ExactCurves.Target(f, 0, 1, vertices.Select(v => v.X))), TargetColour, Dashed: true);
        return new Figure(Title(net, target),
        [
            new Panel($"N against f; Ω(K = {k}, δ = {delta}) shaded", "x", "y", [networkCurve, targetCurve], bands),
            new Panel($"error N − f: exact sup off Ω = {offText}, on all of [0, 1] = {allText}", "x", "N(x) − f(x)",
                [new Curve("N − f", ExactCurves.ToPlot(ExactCurves.Error(vertices, f, Math.Clamp(2048 / Math.Max(1, vertices.Count - 1), 1, 40))), ErrorColour)],
                bands),
        ]);
    }

    /// <summary>|N − f| at the centres of an n × n grid of cells of [0, 1]², N and f evaluated exactly (rationals).</summary>
    public static Figure TwoDimensional(RCNet net, ApproximationTarget target, int cells)
    {
        var (k, delta) = Grid(net);
        var omega = new TriflingRegion(2, k, delta);
        var errors = ExactErrors(net, target, cells);
        var values = new double[cells, cells];
        Rational worst = Rational.Zero, worstOff = Rational.Zero;
        for (int i = 0; i < cells; i++)
            for (int j = 0; j < cells; j++)
            {
                var e = errors[i, j];
                values[i, j] = e.ToDouble();
                worst = Rational.Max(worst, e);
                if (!omega.Contains([Centre(j, cells), Centre(i, cells)])) worstOff = Rational.Max(worstOff, e);
            }
        var map = new Heatmap(values, 0, 1, 0, 1, "|N − f|");
        return new Figure(Title(net, target),
        [
            new Panel($"|N − f| at the centres of a {cells}×{cells} grid, exact rational evaluation; largest {Short(worst)}, off Ω(K = {k}, δ = {delta}) {Short(worstOff)}",
                "x₁", "x₂", [], Map: map),
        ]);
    }

    /// <summary>|N(x) − f(x)| at the cell centres, exactly: L1, then g applied r times, then L2 (g compiled once).</summary>
    internal static Rational[,] ExactErrors(RCNet net, ApproximationTarget target, int cells)
    {
        var g = new CompiledNetwork<Rational>(net.G, NumberConverters.ToRational);
        var errors = new Rational[cells, cells];
        Parallel.For(0, cells, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            for (int j = 0; j < cells; j++)
            {
                Rational[] x = [Centre(j, cells), Centre(i, cells)];
                var state = net.L1.Evaluate(x);
                for (int s = 0; s < net.Compositions; s++) state = g.Evaluate(state);
                errors[i, j] = Rational.Abs(net.L2.Evaluate(state)[0] - target.Value(x));
            }
        });
        return errors;
    }

    private static Rational Centre(int index, int cells) => Rational.Create(2 * index + 1, 2 * cells);

    private static string Short(Rational v) => v.ToDouble().ToString("G4", CultureInfo.InvariantCulture);

    private static string Title(RCNet net, ApproximationTarget target)
    {
        var g = NetworkSizes.Measure(net.G);
        return $"{net.Meta.GetValueOrDefault("construction", "RCNet")} for f = {target.Name}, r = {net.Meta.GetValueOrDefault("r", "?")}: " +
            $"L2∘g^∘{net.Compositions}∘L1, g ∈ NN{{{g.Width}, {g.Depth}; R^{net.StateDimension}}}";
    }

    private static (int K, Rational Delta) Grid(RCNet net) =>
        (int.Parse(net.Meta["K"], CultureInfo.InvariantCulture), Rational.Parse(net.Meta["delta"]));

    // The open strips (k/K − δ, k/K), k = 1..K−1, of one axis.
    private static IReadOnlyList<Band> Strips(int k, Rational delta) =>
        Enumerable.Range(1, k - 1).Select(i => new Band((Rational.Create(i, k) - delta).ToDouble(), Rational.Create(i, k).ToDouble(),
            i == 1 ? "Ω (trifling region)" : "", OmegaColour)).ToList();

    // The closed intervals [k/K, (k+1)/K − δ] (the last one up to 1) whose union is [0, 1] \ Ω.
    private static IEnumerable<(Rational A, Rational B)> Cubes(int k, Rational delta) =>
        Enumerable.Range(0, k).Select(i => (Rational.Create(i, k), i < k - 1 ? Rational.Create(i + 1, k) - delta : Rational.One));
}
