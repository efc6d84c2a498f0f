using System.CommandLine;
using RCNetProofs.Cli.Commands;

namespace RCNetProofs.Cli;

/// <summary>The `rcnet` command: builds the command tree and maps outcomes to exit codes.</summary>
public static class Program
{
    /// <summary>Exit code when everything came out as expected.</summary>
    public const int ExitOk = 0;
    /// <summary>Exit code when a verdict was unexpected or a check failed.</summary>
    public const int ExitUnexpected = 1;
    /// <summary>Exit code for usage, input or script errors.</summary>
    public const int ExitInputError = 2;

    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) Console.Error.WriteLine($"rcnet: {e.Message}");
            Console.Error.WriteLine("Run 'rcnet --help' for usage.");
            return ExitInputError;
        }
        return parse.Invoke();
    }

    /// <summary>The full command tree (also used by tests to check help texts).</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "rcnet — exact ReLU networks from approximation-theory proofs, and the kernel that checks what the theorems state.\n" +
            "Exit codes: 0 everything as expected, 1 an unexpected verdict or failed check, 2 a usage, input or script error.");
        root.Subcommands.Add(CheckCommand.Build());
        root.Subcommands.Add(CertifyCommand.Build());
        root.Subcommands.Add(VerifyCommand.Build());
        root.Subcommands.Add(ShowCommand.Build());
        root.Subcommands.Add(MergeCommand.Build());
        root.Subcommands.Add(ListCommand.Build());
        root.Subcommands.Add(PlotCommand.Build());
        root.Subcommands.Add(BenchCommand.Build());
        root.Subcommands.Add(ExportCommand.Build());
        return root;
    }
}
