using System.Reflection;

namespace RCNetProofs.Cli.Reports;

/// <summary>Name and version of the tool, as written into reports and certificates.</summary>
public static class ToolInfo
{
    /// <summary>The version, from the assembly's informational version (without build metadata).</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
