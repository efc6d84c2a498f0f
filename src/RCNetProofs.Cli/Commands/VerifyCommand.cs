using System.CommandLine;
using RCNetProofs.Kernel.Certificates;

namespace RCNetProofs.Cli.Commands;

/// <summary>`rcnet verify CERT…`: replays certificates with the kernel alone.</summary>
internal static class VerifyCommand
{
    public static Command Build()
    {
        var certs = new Argument<string[]>("certificates") { Description = "Certificate files (rcnet-certificate/1).", Arity = ArgumentArity.OneOrMore };
        var cmd = new Command("verify",
            "Replay certificates with the kernel alone: re-read the network and check its hash, recompute every piece and value.\n\n" +
            "Example:\n  rcnet verify certs/*.json\n\nExit codes: 0 all accepted, 1 some rejected (the reason is printed), 2 a file cannot be read.");
        cmd.Arguments.Add(certs);
        cmd.SetAction(p => Run(p.GetValue(certs)!, Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(string[] paths, TextWriter stdout, TextWriter stderr)
    {
        int rejected = 0;
        foreach (var path in paths)
        {
            if (!File.Exists(path)) { stderr.WriteLine($"rcnet verify: {path}: no such file"); return Program.ExitInputError; }
            var r = CertificateVerifier.VerifyFile(path);
            stdout.WriteLine(r.Accepted ? $"accepted  {r.Reason}" : $"REJECTED  {r.Reason}");
            if (!r.Accepted) rejected++;
        }
        stdout.WriteLine($"{paths.Length - rejected} accepted, {rejected} rejected");
        return rejected == 0 ? Program.ExitOk : Program.ExitUnexpected;
    }
}
