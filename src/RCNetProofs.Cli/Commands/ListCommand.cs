using System.CommandLine;
using RCNetProofs.Cli.Reports;
using RCNetProofs.Scripting;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet list [PATHS…]`: the claims proof scripts state, without checking them.</summary>
internal static class ListCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Proof scripts (*.csx) or folders holding them. Default: proofs/", Arity = ArgumentArity.ZeroOrMore };
        var filter = new Option<string[]>("--filter") { Description = "Only claims whose id matches this glob (repeatable)." };
        var shard = new Option<string?>("--shard") { Description = "Only the claims of shard k/n." };
        var cmd = new Command("list",
            "List the claims proof scripts state (id, expected verdict, statement, where), without checking them.\n\n" +
            "Examples:\n  rcnet list proofs\n  rcnet list --filter 'SEED-*'\n  rcnet list --shard 3/8     # what one cluster job would check");
        cmd.Arguments.Add(paths); cmd.Options.Add(filter); cmd.Options.Add(shard);
        cmd.SetAction(p => Run(p.GetValue(paths) ?? [], p.GetValue(filter) ?? [], p.GetValue(shard), Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(string[] paths, string[] filters, string? shardText, TextWriter stdout, TextWriter stderr)
    {
        if (!ScriptPaths.TryExpand(paths, "list", stderr, out _, out var scripts)) return Program.ExitInputError;
        Shard? shard = null;
        if (shardText is not null)
        {
            try { shard = Shard.Parse(shardText); }
            catch (FormatException e) { stderr.WriteLine($"rcnet list: --shard: {e.Message}"); return Program.ExitInputError; }
        }
        var (claims, errors) = ProofRunner.List(scripts, new RunOptions { Filters = filters, Shard = shard });
        foreach (var e in errors) stderr.WriteLine(e.ToString());
        int idWidth = claims.Select(c => c.Id.Length).DefaultIfEmpty(5).Max();
        foreach (var c in claims)
            stdout.WriteLine($"{c.Id.PadRight(idWidth)}  {ReportJson.Name(c.Expected),-8}  {c.Statement}  [{c.ScriptPath}({c.Line})]");
        stdout.WriteLine($"{claims.Count} claim{(claims.Count == 1 ? "" : "s")}");
        return errors.Count > 0 ? Program.ExitInputError : Program.ExitOk;
    }
}
