using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace RCNetProofs.Cli.Benchmarking;

/// <summary>The `rcnet-bench/1` document and the readable table of a bench run.</summary>
internal static class BenchReport
{
    public const string Format = "rcnet-bench/1";

    /// <summary>A one-line description of this machine: CPU model (when Linux names it), cores, OS, runtime.</summary>
    public static string Machine()
    {
        string? cpu = null;
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(cpu)) parts.Add(cpu);
        parts.Add($"{Environment.ProcessorCount} logical cores");
        parts.Add(RuntimeInformation.OSDescription);
        parts.Add(RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant());
        parts.Add(RuntimeInformation.FrameworkDescription);
        return string.Join(", ", parts);
    }

    public static JsonObject ToJson(string machine, IEnumerable<BenchResult> results) => new()
    {
        ["format"] = Format,
        ["machine"] = machine,
        ["kernels"] = new JsonArray(results.Select(r => (JsonNode?)new JsonObject
        {
            ["name"] = r.Name,
            ["ms"] = Math.Round(r.Ms, 4),
            ["runs"] = r.Runs,
            ["points"] = r.Points,
        }).ToArray()),
    };

    public static string Header() => $"{"kernel",-32} {"median ms",12} {"runs",5} {"points",7} {"µs/point",9}";

    public static string Row(BenchResult r) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{r.Name,-32} {r.Ms,12:F3} {r.Runs,5} {r.Points,7} {(r.Points > 0 ? (r.Ms * 1000 / r.Points).ToString("F4", CultureInfo.InvariantCulture) : "-"),9}");
}
