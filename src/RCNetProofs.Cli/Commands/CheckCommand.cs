using System.CommandLine;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet check [PATHS…]`: runs proof scripts and reports every claim's verdict.</summary>
internal static class CheckCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Proof scripts (*.csx) or folders holding them. Default: proofs/",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var cmd = new Command("check", "Run proof scripts and report each claim's verdict.\n\nExample:\n  rcnet check proofs");
        cmd.Arguments.Add(paths);
        cmd.SetAction(parse => Run(parse.GetValue(paths) ?? [], Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(string[] paths, TextWriter stdout, TextWriter stderr)
    {
        if (paths.Length == 0) paths = ["proofs"];
        var scripts = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) scripts.AddRange(Directory.GetFiles(p, "*.csx", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal));
            else if (File.Exists(p)) scripts.Add(p);
            else { stderr.WriteLine($"rcnet check: {p}: no such file or folder"); return Program.ExitInputError; }
        }
        if (scripts.Count == 0)
        {
            stdout.WriteLine($"rcnet check: no proof scripts (*.csx) in {string.Join(", ", paths)}; nothing to check.");
            stdout.WriteLine("0 claims: 0 proved, 0 refuted, 0 sampled, 0 unknown, 0 error, 0 unexpected");
            return Program.ExitOk;
        }
        foreach (var s in scripts) stderr.WriteLine($"{s}: this build of rcnet cannot run proof scripts yet (no scripting host)");
        return Program.ExitInputError;
    }
}
