using System.CommandLine;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet show NETWORK`: a network's measured sizes and layers, readable.</summary>
internal static class ShowCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("network") { Description = "A network file (rcnet-network/1 JSON)." };
        var cmd = new Command("show", "Print a network's sizes (measured from its weights) and a table of its layers.\n\nExample:\n  rcnet show examples/networks/triangle.json");
        cmd.Arguments.Add(file);
        cmd.SetAction(p => Run(p.GetValue(file)!, Console.Out, Console.Error));
        return cmd;
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
