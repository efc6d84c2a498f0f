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
        bool digestPieces = false, IProgress<long>? piecesFound = null)
    {
        PiecewisePolynomial f;
        try { f = PiecewisePolynomial.Restrict(target, a, b); }
        catch (TargetUnsupportedException e) { return (new Verdict(claim, VerdictKind.Unknown, $"Target: {e.Message}", sizes: NetworkSizes.Measure(network)), null); }
        // The witness is re-evaluated from the expression itself, not from the pieces derived from it.
        return MeasureDistance(claim, network, f, target.ToString(), target.Evaluate, a, b, norm, bound, budget, cancellation, digestPieces, piecesFound);
    }

    /// <summary>
    /// The same exact distance to a target given directly as polynomial pieces (for targets with many pieces, such
    /// as Δ(⟨2^k x⟩), that no expression writes compactly); <paramref name="description"/> names it in reports.
    /// </summary>
    /// <remarks>
    /// [a, b] must lie inside the target's domain. For <see cref="Norm.Sup"/> the target must be continuous on
    /// [a, b] (neighbouring pieces agree where they meet): the supremum is folded over closed pieces, which is the
    /// supremum of the function only when it has no jumps. Integrals do not see jumps and accept them.
    /// A sup refutation's witness is re-evaluated with <see cref="PiecewisePolynomial.Evaluate"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// When a ≥ b, [a, b] is not inside [target.Start, target.End], the description is empty, or (for sup) the
    /// target jumps inside [a, b].
    /// </exception>
    public static (Verdict Verdict, DistanceOutcome? Outcome) Distance(Claim claim, Network network, PiecewisePolynomial target, string description,
        Rational a, Rational b, Norm norm, Rational? bound, long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default,
        IProgress<long>? piecesFound = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (a >= b) throw new ArgumentException($"{claim.Id}: interval [{a}, {b}] must have a < b");
        if (a < target.Start || b > target.End)
            throw new ArgumentException($"{claim.Id}: interval [{a}, {b}] is not inside the target's domain [{target.Start}, {target.End}]");
        var f = target.Between(a, b);
        if (norm == Norm.Sup)
        {
            var pieces = f.Pieces;
            for (int i = 1; i < pieces.Count; i++)
            {
                var x = pieces[i].Left;
                if (pieces[i - 1].Polynomial.Evaluate(x) != pieces[i].Polynomial.Evaluate(x))
                    throw new ArgumentException($"{claim.Id}: the target {description} jumps at x = {x} (from {pieces[i - 1].Polynomial.Evaluate(x)} to " +
                        $"{pieces[i].Polynomial.Evaluate(x)}); a supremum needs a continuous target");
            }
        }
        return MeasureDistance(claim, network, f, description, f.Evaluate, a, b, norm, bound, budget, cancellation, digestPieces: false, piecesFound);
    }

    /// <summary>The distance check proper: f is the target on exactly [a, b]; <paramref name="evaluate"/> re-evaluates it for witnesses.</summary>
    private static (Verdict Verdict, DistanceOutcome? Outcome) MeasureDistance(Claim claim, Network network, PiecewisePolynomial f, string targetText,
        Func<Rational, Rational> evaluate, Rational a, Rational b, Norm norm, Rational? bound, long budget, CancellationToken cancellation, bool digestPieces,
        IProgress<long>? piecesFound)
    {
        var sizes = NetworkSizes.Measure(network);
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Action<LinearPiece>? observe = digestPieces ? p => digest.AppendData(Encoding.UTF8.GetBytes(PieceText(p))) : null;
        long pieces;
        Rational low, high; Rational? argMax = null; EnumerationResult run;
        if (norm == Norm.Sup)
        {
            var r = Analysis.Distance.Sup(network, f, budget, cancellation, observe, piecesFound);
            (low, high, argMax, run) = (r.Low, r.High, r.ArgMax, r.Enumeration);
        }
        else
        {
            var r = Analysis.Distance.Lp(network, f, norm == Norm.L1 ? 1 : 2, budget, cancellation, observe, piecesFound);
            (low, high, run) = (r.Low, r.High, r.Enumeration);
        }
        pieces = run.Pieces;
        string what = norm == Norm.Sup ? "sup |N − f|" : norm == Norm.L1 ? "∫|N − f|" : "∫|N − f|²";
        string on = $"on [{a}, {b}] against {targetText}";
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
                w = ReEvaluatedWitness(claim, network, x => evaluate(x[0]), [argMax!.Value], q);
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
