using System.CommandLine;
using RCNetProofs.Cli.Plotting;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Cli.Commands;

/// <summary>
/// `rcnet plot`: draws a network through its exact breakpoints — the sawtooth, Yarotsky's h_m against x², Daniely's
/// depth-2 network against its target, an RCNet of the catalogue against its target, or a user's network — as SVG
/// (written here) or PNG (ScottPlot).
/// </summary>
internal static class PlotCommand
{
    /// <summary>Everything a plot needs besides what to draw.</summary>
    internal sealed record Output(string? Path, int Width, int Height, long Budget);

    public static Command Build()
    {
        var output = new Option<string?>("--output", "-o") { Description = "The file to write: .svg (vector, no dependencies) or .png.", Recursive = true };
        var width = new Option<int>("--width") { Description = "Picture width in pixels.", DefaultValueFactory = _ => 960, Recursive = true };
        var height = new Option<int>("--height") { Description = "Picture height in pixels (default: 560 per panel, plus the title).", DefaultValueFactory = _ => 0, Recursive = true };
        var budget = new Option<long>("--budget") { Description = "Largest number of linear pieces to draw.", DefaultValueFactory = _ => ExactCurves.DefaultBudget, Recursive = true };
        var network = new Option<string?>("--network") { Description = "A network file (rcnet-network/1 JSON) with one input and one output." };
        var target = new Option<string?>("--target") { Description = "A target f(x) to draw beside the network, with the error N − f, e.g. \"x^2\" or \"abs(x-1/3)\"." };
        var on = new Option<string>("--on") { Description = "The interval [a,b] to draw on.", DefaultValueFactory = _ => "[0,1]" };
        var cmd = new Command("plot",
            "Draw networks through their exact breakpoints (the kernel's piece enumeration; the network is never sampled), with " +
            "targets and error curves. Writes SVG or PNG, chosen by the output file's extension.\n\n" +
            "Examples:\n" +
            "  rcnet plot sawtooth --L 3 -o saw.svg\n" +
            "  rcnet plot yarotsky --m 3 -o h3.png\n" +
            "  rcnet plot daniely --target \"abs(x-1/3)\" --R 1 --L 1 --eps 1/10 -o dan.svg\n" +
            "  rcnet plot rcnet --d 1 --r 4 --target \"abs(x-1/3)\" -o rc.svg\n" +
            "  rcnet plot --network examples/networks/triangle.json --target \"max(0, min(2*x, 2 - 2*x))\" --on [-1/2,3/2] -o out.svg\n\n" +
            "Exit codes: 0 written, 2 bad input.");
        foreach (var o in new Option[] { output, width, height, budget, network, target, on }) cmd.Options.Add(o);
        Output Out(ParseResult p) => new(p.GetValue(output), p.GetValue(width), p.GetValue(height), p.GetValue(budget));
        cmd.SetAction(p => RunNetwork(p.GetValue(network), p.GetValue(target), p.GetValue(on)!, Out(p), Console.Out, Console.Error));

        var depth = new Option<int>("--L") { Description = "Depth L of Δ^∘L (1 ≤ L ≤ 16).", DefaultValueFactory = _ => 3 };
        var sawOn = new Option<string>("--on") { Description = "The interval [a,b] to draw on.", DefaultValueFactory = _ => "[0,1]" };
        var saw = new Command("sawtooth", "Telgarsky's sawtooth Δ^∘L, through its 2^L + 1 exact breakpoints on [0, 1].\n\nExample:\n  rcnet plot sawtooth --L 3 -o saw.svg");
        saw.Options.Add(depth); saw.Options.Add(sawOn);
        saw.SetAction(p => RunSawtooth(p.GetValue(depth), p.GetValue(sawOn)!, Out(p), Console.Out, Console.Error));
        cmd.Subcommands.Add(saw);

        var levels = new Option<int>("--m") { Description = "Levels m of h_m (1 ≤ m ≤ 16).", DefaultValueFactory = _ => 3 };
        var yar = new Command("yarotsky", "Yarotsky's h_m against x² on [0, 1], and the error h_m − x² with its exact supremum 4^−(m+1).\n\nExample:\n  rcnet plot yarotsky --m 3 -o h3.png");
        yar.Options.Add(levels);
        yar.SetAction(p => RunYarotsky(p.GetValue(levels), Out(p), Console.Out, Console.Error));
        cmd.Subcommands.Add(yar);

        var f = new Option<string>("--target") { Description = "The L-Lipschitz target f(x).", DefaultValueFactory = _ => "x^2" };
        var radius = new Option<string>("--R") { Description = "Half-width R of the interval [−R, R].", DefaultValueFactory = _ => "2" };
        var lipschitz = new Option<string>("--L") { Description = "The Lipschitz constant L of f on [−R, R] (taken as given).", DefaultValueFactory = _ => "4" };
        var epsilon = new Option<string>("--eps") { Description = "Accuracy ε.", DefaultValueFactory = _ => "1/2" };
        var dan = new Command("daniely", "Daniely's depth-2 network for an L-Lipschitz f on [−R, R] (knots every 2ε/L) against f, and the error.\n\n" +
            "Example:\n  rcnet plot daniely --target x^2 --R 2 --L 4 --eps 1/2 -o dan.svg");
        foreach (var o in new Option[] { f, radius, lipschitz, epsilon }) dan.Options.Add(o);
        dan.SetAction(p => RunDaniely(p.GetValue(f)!, p.GetValue(radius)!, p.GetValue(lipschitz)!, p.GetValue(epsilon)!, Out(p), Console.Out, Console.Error));
        cmd.Subcommands.Add(dan);

        var rcName = new Option<string>("--rcnet") { Description = $"Which RCNet: {NamedRCNet.Names}.", DefaultValueFactory = _ => "t1.1" };
        var rcD = new Option<int?>("--d") { Description = "The input dimension d, 1 or 2 (checked against the target's)." };
        var rcR = new Option<int>("--r") { Description = "The parameter r of the RCNet theorem.", DefaultValueFactory = _ => 4 };
        var rcTarget = new Option<string>("--target") { Description = $"The target f: {NamedRCNet.Targets}.", DefaultValueFactory = _ => "abs(x-1/3)" };
        var rcP = new Option<int>("--p") { Description = "The L^p exponent of RC-T1.1 (it chooses the gap δ).", DefaultValueFactory = _ => 1 };
        var rcGrid = new Option<int>("--grid") { Description = "d = 2: cells per side of the grid on which |N − f| is evaluated (exactly), 4..200.", DefaultValueFactory = _ => 48 };
        var rc = new Command("rcnet",
            "An RCNet L2∘g^∘r∘L1 of the catalogue against its target on [0,1]^d. d = 1: the network through its exact breakpoints " +
            "(no sampling) and f, with the trifling region Ω(K, δ) shaded, and the error N − f with its exact suprema off Ω and on " +
            "[0, 1]. d = 2: a heat map of |N − f| at the centres of a grid of cells, every value computed exactly in rationals.\n\n" +
            "Examples:\n  rcnet plot rcnet --d 1 --r 4 --target \"abs(x-1/3)\" -o rc.svg\n" +
            "  rcnet plot rcnet --rcnet t1.3 --d 2 --r 4 --target \"max(x1,x2)\" --grid 32 -o rc2.png\n\nExit codes: 0 written, 2 bad input.");
        foreach (var o in new Option[] { rcName, rcD, rcR, rcTarget, rcP, rcGrid }) rc.Options.Add(o);
        rc.SetAction(p => RunRCNet(p.GetValue(rcName)!, p.GetValue(rcD), p.GetValue(rcR), p.GetValue(rcTarget)!, p.GetValue(rcP), p.GetValue(rcGrid), Out(p), Console.Out, Console.Error));
        cmd.Subcommands.Add(rc);
        return cmd;
    }

    internal static int RunRCNet(string name, int? d, int r, string target, int p, int grid, Output output, TextWriter stdout, TextWriter stderr)
    {
        if (grid is < 4 or > 200) return Fail(stderr, $"--grid: {grid} is outside 4..200");
        if (d is int given && given is not (1 or 2)) return Fail(stderr, $"--d: {given}; pictures are drawn for d = 1 and d = 2");
        if (output.Path is null) return Fail(stderr, "-o/--output is required (a .svg or .png file)");
        if (!NamedRCNet.TryBuild(name, d, r, target, p, out var net, out var f, out var error)) return Fail(stderr, error!);
        return Draw(() => f!.Dimension == 1 ? RCNetFigures.OneDimensional(net!, f, output.Budget) : RCNetFigures.TwoDimensional(net!, f, grid), output, stdout, stderr);
    }

    internal static int RunSawtooth(int depth, string interval, Output output, TextWriter stdout, TextWriter stderr)
    {
        if (depth is < 1 or > 16) return Fail(stderr, $"--L: {depth} is outside 1..16");
        if (!CertifyCommand.TryParseInterval(interval, out var a, out var b, out var why)) return Fail(stderr, $"--on: {why}");
        return Draw(() => Figures.Sawtooth(depth, a, b, output.Budget), output, stdout, stderr);
    }

    internal static int RunYarotsky(int levels, Output output, TextWriter stdout, TextWriter stderr)
    {
        if (levels is < 1 or > 16) return Fail(stderr, $"--m: {levels} is outside 1..16");
        return Draw(() => Figures.Yarotsky(levels, output.Budget), output, stdout, stderr);
    }

    internal static int RunDaniely(string target, string radius, string lipschitz, string epsilon, Output output, TextWriter stdout, TextWriter stderr)
    {
        if (!TargetParser.TryParse(target, out var f, out var error)) return Fail(stderr, $"--target: {error}");
        if (!Positive(radius, out var r, out error)) return Fail(stderr, $"--R: {error}");
        if (!Positive(lipschitz, out var l, out error)) return Fail(stderr, $"--L: {error}");
        if (!Positive(epsilon, out var e, out error)) return Fail(stderr, $"--eps: {error}");
        if (r * l / e > 4096) return Fail(stderr, $"RL/ε = {r * l / e} asks for more than 8192 hidden units; choose a larger --eps");
        return Draw(() => Figures.Daniely(f!, r, l, e, output.Budget), output, stdout, stderr);
    }

    internal static int RunNetwork(string? networkPath, string? target, string interval, Output output, TextWriter stdout, TextWriter stderr)
    {
        if (networkPath is null)
            return Fail(stderr, "say what to draw: a subcommand (sawtooth, yarotsky, daniely) or --network FILE; see 'rcnet plot --help'");
        Network net;
        try { net = NetworkJson.Read(networkPath); }
        catch (FileNotFoundException) { return Fail(stderr, $"{networkPath}: no such file"); }
        catch (Exception e) when (e is FormatException or NetworkException or IOException or UnauthorizedAccessException) { return Fail(stderr, e.Message); }
        if (net.InputDimension != 1 || net.OutputDimension != 1)
            return Fail(stderr, $"{networkPath}: the network maps R^{net.InputDimension} → R^{net.OutputDimension}; plot needs R → R");
        TargetExpression? f = null;
        if (target is not null && !TargetParser.TryParse(target, out f, out var error)) return Fail(stderr, $"--target: {error}");
        if (!CertifyCommand.TryParseInterval(interval, out var a, out var b, out var why)) return Fail(stderr, $"--on: {why}");
        var name = net.Meta.TryGetValue("construction", out var c) ? c : Path.GetFileNameWithoutExtension(networkPath);
        return Draw(() => Figures.Network(net, name, f, a, b, output.Budget), output, stdout, stderr);
    }

    private static int Draw(Func<Figure> build, Output output, TextWriter stdout, TextWriter stderr)
    {
        if (output.Path is null) return Fail(stderr, "-o/--output is required (a .svg or .png file)");
        var extension = Path.GetExtension(output.Path).ToLowerInvariant();
        if (extension is not (".svg" or ".png")) return Fail(stderr, $"-o: '{output.Path}' must end in .svg or .png");
        if (output.Width is < 200 or > 10000) return Fail(stderr, $"--width: {output.Width} is outside 200..10000");
        if (output.Height is not 0 and (< 200 or > 10000)) return Fail(stderr, $"--height: {output.Height} is outside 200..10000");
        if (output.Budget <= 0) return Fail(stderr, $"--budget: must be positive, got {output.Budget}");
        Figure figure;
        try { figure = build(); }
        catch (InvalidOperationException e) { return Fail(stderr, e.Message); }
        int height = output.Height != 0 ? output.Height : 40 + 520 * figure.Panels.Count;
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(output.Path));
            if (directory is not null) Directory.CreateDirectory(directory);
            if (extension == ".svg") SvgWriter.Write(figure, output.Path, output.Width, height);
            else PngWriter.Write(figure, output.Path, output.Width, height);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Fail(stderr, $"{output.Path}: {e.Message}"); }
        stdout.WriteLine($"wrote {output.Path} ({output.Width}×{height}): {figure.Title}");
        return Program.ExitOk;
    }

    private static bool Positive(string text, out Rational value, out string? error)
    {
        if (!Rational.TryParse(text, out value, out error)) return false;
        if (value.Sign > 0) return true;
        error = $"must be positive, got {value}";
        return false;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"rcnet plot: {message}");
        return Program.ExitInputError;
    }
}
