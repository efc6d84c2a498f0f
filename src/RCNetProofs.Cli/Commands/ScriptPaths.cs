namespace RCNetProofs.Cli.Commands;

/// <summary>Turns command-line paths into proof scripts: files as given, folders as their top-level *.csx in order.</summary>
internal static class ScriptPaths
{
    /// <summary>The scripts named by <paramref name="paths"/> (default proofs/); false with a message when a path does not exist.</summary>
    public static bool TryExpand(string[] paths, string command, TextWriter stderr, out string[] shown, out List<string> scripts)
    {
        shown = paths.Length == 0 ? ["proofs"] : paths;
        scripts = [];
        foreach (var p in shown)
        {
            if (Directory.Exists(p)) scripts.AddRange(Directory.GetFiles(p, "*.csx", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal));
            else if (File.Exists(p)) scripts.Add(p);
            else { stderr.WriteLine($"rcnet {command}: {p}: no such file or folder"); return false; }
        }
        return true;
    }
}
