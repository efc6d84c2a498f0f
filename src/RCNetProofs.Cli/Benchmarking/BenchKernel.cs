namespace RCNetProofs.Cli.Benchmarking;

/// <summary>One timed kernel of `rcnet bench`: a name, the number of points one run covers, and a setup that returns the timed action.</summary>
/// <param name="Name">The kernel's stable name, e.g. "sawtooth-exact/L=40".</param>
/// <param name="Points">Points evaluated per run (0 when the kernel is not a batch of points).</param>
/// <param name="Prepare">Builds the inputs once (untimed) and returns the action a run times.</param>
internal sealed record BenchKernel(string Name, int Points, Func<Action> Prepare);
