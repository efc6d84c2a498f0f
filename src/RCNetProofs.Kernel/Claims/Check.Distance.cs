using System.Security.Cryptography;
using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Claims;

public static partial class Check
{
    /// <summary>
    /// The distance between a scalar network and a target on [a, b], exactly: for <see cref="Norm.Sup"/> the
    /// supremum of |N − f|, for L1/L2 the integral ∫|N − f|^p. Without a bound the verdict is proved with the
    /// measured value; with one it is proved when the value is ≤ bound, refuted with a re-evaluated witness when
    /// it is larger, and unknown when an enclosure straddles the bound or the piece budget runs out.
    /// </summary>
    public static (Verdict Verdict, DistanceOutcome? Outcome) Distance(Claim claim, Network network, TargetExpression target,
        Rational a, Rational b, Norm norm, Rational? bound, long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default,
        bool digestPieces = false)
    {
        var sizes = NetworkSizes.Measure(network);
        PiecewisePolynomial f;
        try { f = PiecewisePolynomial.Restrict(target, a, b); }
        catch (TargetUnsupportedException e) { return (new Verdict(claim, VerdictKind.Unknown, $"Target: {e.Message}", sizes: sizes), null); }

        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Action<LinearPiece>? observe = digestPieces ? p => digest.AppendData(Encoding.UTF8.GetBytes(PieceText(p))) : null;
        long pieces;
        Rational low, high; Rational? argMax = null; EnumerationResult run;
        if (norm == Norm.Sup)
        {
            var r = Analysis.Distance.Sup(network, f, budget, cancellation, observe);
            (low, high, argMax, run) = (r.Low, r.High, r.ArgMax, r.Enumeration);
        }
        else
        {
            var r = Analysis.Distance.Lp(network, f, norm == Norm.L1 ? 1 : 2, budget, cancellation, observe);
            (low, high, run) = (r.Low, r.High, r.Enumeration);
        }
        pieces = run.Pieces;
        string what = norm == Norm.Sup ? "sup |N − f|" : norm == Norm.L1 ? "∫|N − f|" : "∫|N − f|²";
        string on = $"on [{a}, {b}] against {target}";
        if (!run.Complete)
            return (new Verdict(claim, VerdictKind.Unknown,
                $"{what}: {(run.StoppedBy == "timeout" ? "time limit" : "piece budget")} reached after {run.Pieces} pieces {on}; bound {(bound?.ToString() ?? "none")} undecided",
                sizes: sizes), null);
        var outcome = new DistanceOutcome(norm, low, high, argMax, pieces, digestPieces ? Convert.ToHexString(digest.GetHashAndReset()).ToLowerInvariant() : null);
        bool exact = low == high;
        string measured = exact ? low.ToString() : $"[{low}, {high}]";
        string? mLo = exact ? null : low.ToString(), mHi = exact ? null : high.ToString();
        if (bound is not Rational q)
            return (new Verdict(claim, VerdictKind.Proved, $"{what} = {measured} {on} ({pieces} pieces)",
                exact ? measured : null, null, sizes: sizes, measuredLow: mLo, measuredHigh: mHi), outcome);
        if (high <= q)
            return (new Verdict(claim, VerdictKind.Proved, $"{what} = {measured} ≤ {q} {on} ({pieces} pieces)",
                exact ? measured : null, q.ToString(), sizes: sizes, measuredLow: mLo, measuredHigh: mHi), outcome);
        if (low > q)
        {
            Witness w;
            if (norm == Norm.Sup)
                w = ReEvaluatedWitness(claim, network, x => target.Evaluate(x[0]), [argMax!.Value], q);
            else
            {
                // An integral has no single point to show; the witness is the integral recomputed from scratch.
                var again = Analysis.Distance.Lp(network, f, norm == Norm.L1 ? 1 : 2, budget, cancellation);
                if (!again.Enumeration.Complete || again.Low != low || again.High != high)
                    throw new InvalidOperationException($"{claim.Id}: {what} did not reproduce on re-evaluation");
                w = new Witness([], low, q, low - q, $"{what} ≥ {low} > {q} {on} (recomputed)");
            }
            return (new Verdict(claim, VerdictKind.Refuted, $"{what} = {measured} > {q} {on}; {w.Description}",
                exact ? measured : null, q.ToString(), w, sizes, mLo, mHi), outcome);
        }
        return (new Verdict(claim, VerdictKind.Unknown, $"{what} ∈ [{low}, {high}] straddles the bound {q} {on}",
            null, q.ToString(), sizes: sizes, measuredLow: mLo, measuredHigh: mHi), outcome);
    }

    /// <summary>The canonical text of a scalar piece, as hashed into a certificate's piece digest.</summary>
    internal static string PieceText(LinearPiece p) => $"{p.Start} {p.End} {p.Slope[0]} {p.Intercept[0]}\n";
}
