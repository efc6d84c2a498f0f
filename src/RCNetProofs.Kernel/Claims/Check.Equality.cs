using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Claims;

public static partial class Check
{
    /// <summary>
    /// N1 = N2 on [a, b] for two networks R → R, decided exactly by enumerating the pieces of N1 − N2: proved when
    /// every piece is zero at both ends, refuted with a re-evaluated point where they differ, unknown when the piece
    /// budget or the time runs out before a difference is seen.
    /// </summary>
    /// <remarks>
    /// The witness records N1(x) as the network value and N2(x) as the target value; both are evaluated afresh from
    /// the two networks (not from the difference network the enumeration walked).
    /// </remarks>
    /// <exception cref="ArgumentException">When a ≥ b or either network is not R → R.</exception>
    public static Verdict EqualOn(Claim claim, Network first, Network second, Rational a, Rational b,
        long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (a >= b) throw new ArgumentException($"{claim.Id}: interval [{a}, {b}] must have a < b");
        var sizes = NetworkSizes.Measure(first);
        var (run, equal, at) = ScalarFunctionals.EqualOn(first, second, a, b, budget, cancellation);
        string on = $"on [{a}, {b}]";
        // A difference seen before the budget ran out refutes the claim all the same.
        if (at is Rational x)
        {
            var n1 = Evaluation.Evaluate(first, x)[0];
            var n2 = Evaluation.Evaluate(second, x)[0];
            if (n1 == n2)
                throw new InvalidOperationException($"{claim.Id}: candidate witness x = {x} does not survive re-evaluation: N1 = N2 = {n1}");
            var gap = Rational.Abs(n1 - n2);
            var w = new Witness([x], n1, n2, gap, $"at x = {x}: N1 = {n1}, N2 = {n2}, |N1 − N2| = {gap} > 0");
            return new Verdict(claim, VerdictKind.Refuted, $"EqualOn: N1 ≠ N2 {on}; {w.Description}", gap.ToString(), "0", w, sizes);
        }
        if (!run.Complete || !equal)
            return new Verdict(claim, VerdictKind.Unknown,
                $"EqualOn: {(run.StoppedBy == "timeout" ? "time limit" : "piece budget")} reached after {run.Pieces} pieces of N1 − N2 {on}; equality undecided",
                sizes: sizes);
        return new Verdict(claim, VerdictKind.Proved, $"EqualOn: N1 = N2 {on} ({run.Pieces} pieces of N1 − N2, each zero at both ends)",
            "0", "0", sizes: sizes);
    }
}
