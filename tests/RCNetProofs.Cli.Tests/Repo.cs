using System.Text.RegularExpressions;

namespace RCNetProofs.Cli.Tests;

/// <summary>Paths inside the repository and the transcript normaliser shared by the CLI tests.</summary>
internal static partial class Repo
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "RCNetProofs.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RCNetProofs.sln not found above the test binaries");
    }

    public static string File(string relative) => Path.Combine(Root, relative);

    [GeneratedRegex(@"\(\d+\.\d\d s\)")]
    private static partial Regex Seconds();

    [GeneratedRegex(@" +\d+\.\d\d$", RegexOptions.Multiline)]
    private static partial Regex TableSeconds();

    /// <summary>Masks wall times and the repository path so transcripts compare across machines.</summary>
    public static string Normalise(string text) => TableSeconds().Replace(Seconds().Replace(text, "(T s)"), "").Replace(Root + "/", "").Replace("\r\n", "\n");

    /// <summary>Runs a command body with captured output; returns (exit code, normalised stdout + stderr).</summary>
    public static (int Code, string Out, string Err) Capture(Func<TextWriter, TextWriter, int> run)
    {
        var o = new StringWriter(); var e = new StringWriter();
        int code = run(o, e);
        return (code, Normalise(o.ToString()), Normalise(e.ToString()));
    }

    /// <summary>Compares with tests/RCNetProofs.Cli.Tests/Golden/NAME.expected (set RCNET_UPDATE_GOLDEN=1 to rewrite).</summary>
    public static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(Root, "tests", "RCNetProofs.Cli.Tests", "Golden", name + ".expected");
        if (Environment.GetEnvironmentVariable("RCNET_UPDATE_GOLDEN") == "1") System.IO.File.WriteAllText(path, actual);
        Xunit.Assert.True(System.IO.File.Exists(path), $"missing golden transcript {path}");
        Xunit.Assert.Equal(System.IO.File.ReadAllText(path), actual);
    }
}
