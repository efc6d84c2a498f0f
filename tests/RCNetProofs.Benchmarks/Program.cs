using BenchmarkDotNet.Running;

namespace RCNetProofs.Benchmarks;

/// <summary>Entry point: `dotnet run -c Release --project tests/RCNetProofs.Benchmarks -- --filter '*'`.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
