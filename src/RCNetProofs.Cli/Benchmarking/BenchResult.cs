namespace RCNetProofs.Cli.Benchmarking;

/// <summary>The measurement of one kernel: the median milliseconds per invocation over <paramref name="Runs"/> runs after warm-up.</summary>
internal sealed record BenchResult(string Name, double Ms, int Runs, int Points);
