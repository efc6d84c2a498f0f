using System.CommandLine;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Cli.Commands;

/// <summary>
/// `rcnet show NETWORK`: a network's measured sizes and layers, readable; `rcnet show --rcnet NAME …`: an RCNet of the
/// catalogue built from parameters, with its parts and what each state coordinate holds, phase by phase.
/// </summary>
internal static class ShowCommand
{
    public static Command Build()
    {
        var file = new Argument<string?>("network") { Description = "A network file (rcnet-network/1 JSON).", Arity = ArgumentArity.ZeroOrOne };
        var rcnet = new Option<string?>("--rcnet") { Description = $"Build and show an RCNet instead of reading a file: {NamedRCNet.Names}." };
        var d = new Option<int?>("--d") { Description = "The input dimension d (checked against the target's)." };
        var r = new Option<int>("--r") { Description = "The parameter r of the RCNet theorem.", DefaultValueFactory = _ => 4 };
        var target = new Option<string>("--target") { Description = $"The target f: {NamedRCNet.Targets}.", DefaultValueFactory = _ => "abs(x-1/3)" };
        var p = new Option<int>("--p") { Description = "The L^p exponent of RC-T1.1 (it chooses the gap δ).", DefaultValueFactory = _ => 1 };
        var cmd = new Command("show",
            "Print a network's sizes (measured from its weights) and a table of its layers; or, with --rcnet, build an RCNet " +
            "L2∘g^∘r∘L1 of the catalogue and print its parts and what each coordinate of its state s_k = g^∘k(L1(x)) holds.\n\n" +
            "Examples:\n  rcnet show examples/networks/triangle.json\n  rcnet show --rcnet t1.1 --d 1 --r 4 --target \"abs(x-1/3)\"\n\n" +
            "Exit codes: 0 shown, 2 bad input.");
        cmd.Arguments.Add(file);
        foreach (var o in new Option[] { rcnet, d, r, target, p }) cmd.Options.Add(o);
        cmd.SetAction(x =>
        {
            var name = x.GetValue(rcnet);
            var path = x.GetValue(file);
            if (name is not null && path is not null) { Console.Error.WriteLine("rcnet show: give a network file or --rcnet, not both"); return Program.ExitInputError; }
            if (name is not null) return RunRCNet(name, x.GetValue(d), x.GetValue(r), x.GetValue(target)!, x.GetValue(p), Console.Out, Console.Error);
            if (path is null) { Console.Error.WriteLine("rcnet show: say what to show: a network file or --rcnet NAME; see 'rcnet show --help'"); return Program.ExitInputError; }
            return Run(path, Console.Out, Console.Error);
        });
        return cmd;
    }

    internal static int RunRCNet(string name, int? d, int r, string target, int p, TextWriter stdout, TextWriter stderr)
    {
        if (!NamedRCNet.TryBuild(name, d, r, target, p, out var net, out var f, out var error))
        {
            stderr.WriteLine($"rcnet show: {error}");
            return Program.ExitInputError;
        }
        Show(net!, $"{NamedRCNet.Describe(net!)} for f = {f!.Name}, d = {f.Dimension}, r = {r}", stdout);
        return Program.ExitOk;
    }

    /// <summary>An RCNet's parts, sizes (measured) and state labels.</summary>
    internal static void Show(RCNet net, string heading, TextWriter stdout)
    {
        stdout.WriteLine($"{heading}: R^{net.InputDimension} → R^{net.OutputDimension}");
        foreach (var (k, v) in net.Meta) stdout.WriteLine($"  {k}: {v}");
        var g = NetworkSizes.Measure(net.G);
        stdout.WriteLine($"  L1: R^{net.InputDimension} → R^{net.StateDimension} (affine)");
        stdout.WriteLine($"  g: NN{{{g.Width}, {g.Depth}; R^{net.StateDimension} → R^{net.StateDimension}}} (hidden widths {string.Join(", ", net.G.Layers.Take(net.G.HiddenLayerCount).Select(l => l.OutputSize))}), {g.NonZeros} non-zero weights");
        stdout.WriteLine($"  L2: R^{net.StateDimension} → R^{net.OutputDimension} (affine)");
        stdout.WriteLine($"  {net.Compositions} compositions; flattened, L2∘g^∘{net.Compositions}∘L1 has depth {net.Compositions}·{g.Depth} = {g.Depth * net.Compositions}");
        stdout.WriteLine();
        stdout.WriteLine($"  state s_k = g^∘k(L1(x)) ∈ R^{net.StateDimension}, k = 0..{net.Compositions}; j counts the steps since the phase began:");
        int width = Math.Max(9, net.Labels.IsEmpty ? 0 : net.Labels.SelectMany(l => l.Phases).Max(ph => StateLabel.Range(ph).Length));
        string ColumnHead(int i) => $"z{i + 1}";
        int nameWidth = ColumnHead(net.StateDimension - 1).Length;
        for (int i = 0; i < net.StateDimension; i++)
        {
            bool first = true;
            foreach (var phase in net.LabelOf(i).Phases)
            {
                stdout.WriteLine($"  {(first ? ColumnHead(i) : "").PadRight(nameWidth)}  {StateLabel.Range(phase).PadRight(width)}  {phase.Meaning}");
                first = false;
            }
        }
        var reads = net.L2.Layers[0];
        var columns = Enumerable.Range(0, reads.OutputSize).SelectMany(o => reads.RowColumns(o).ToArray()).Distinct().Order().Select(c => ColumnHead(c));
        stdout.WriteLine($"  L2 reads {string.Join(", ", columns)} of s_{net.Compositions}.");
    }

    internal static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        Network net;
        try { net = NetworkJson.Read(path); }
        catch (FileNotFoundException) { stderr.WriteLine($"rcnet show: {path}: no such file"); return Program.ExitInputError; }
        catch (Exception e) when (e is FormatException or NetworkException or IOException or UnauthorizedAccessException)
        { stderr.WriteLine($"rcnet show: {e.Message}"); return Program.ExitInputError; }
        var s = NetworkSizes.Measure(net);
        stdout.WriteLine($"{path}: R^{s.InputDimension} → R^{s.OutputDimension}");
        foreach (var (k, v) in net.Meta) stdout.WriteLine($"  {k}: {v}");
        stdout.WriteLine($"  width {s.Width}, depth {s.Depth} (hidden layers; {s.AffineLayers} affine layers), {s.Neurons} hidden neurons");
        stdout.WriteLine($"  {s.Parameters} parameters (dense count), {s.NonZeros} non-zero");
        stdout.WriteLine($"  largest |weight| {s.MaxAbsWeight}, largest bit length {s.MaxBitLength}");
        stdout.WriteLine($"  in NN{{{s.Width}, {s.Depth}; R^{s.InputDimension} → R^{s.OutputDimension}}}");
        stdout.WriteLine();
        stdout.WriteLine($"  {"layer",5}  {"in",6}  {"out",6}  {"nonzero",8}  {"activation",-12}");
        for (int l = 0; l < net.Layers.Length; l++)
        {
            var layer = net.Layers[l];
            int relu = 0; foreach (var a in layer.Activations) if (a == Activation.Relu) relu++;
            string act = relu == layer.OutputSize ? "relu" : relu == 0 ? "identity" : $"{relu} relu, {layer.OutputSize - relu} identity";
            int nz = layer.WeightNonZeros; foreach (var b in layer.Bias) if (!b.IsZero) nz++;
            stdout.WriteLine($"  {l,5}  {layer.InputSize,6}  {layer.OutputSize,6}  {nz,8}  {act,-12}");
        }
        return Program.ExitOk;
    }
}
