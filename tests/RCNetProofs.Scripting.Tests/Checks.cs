using RCNetProofs.Kernel.Claims;

namespace RCNetProofs.Scripting.Tests;

/// <summary>Runs a stated claim's deferred check directly, as the host would.</summary>
internal static class Checks
{
    public static CheckOutcome Outcome(ProofScript script, int index = 0, long budget = 1 << 20, CancellationToken cancellation = default) =>
        script.Records[index].Check!(new CheckContext(budget, cancellation));

    public static Verdict Verdict(ProofScript script, int index = 0, long budget = 1 << 20) => Outcome(script, index, budget).Verdict;
}
