using BenchmarkDotNet.Running;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// Entry point: `dotnet run -c Release --project tests/RCNetProofs.Benchmarks -- --filter '*'` for
/// BenchmarkDotNet (in-process, see <see cref="BenchConfig"/>), or `-- --quick` for <see cref="QuickRunner"/>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--quick"]) QuickRunner.Run();
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
