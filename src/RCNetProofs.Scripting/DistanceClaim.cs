using System.Globalization;
using RCNetProofs.Kernel.Certificates;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Scripting;

/// <summary>
/// A distance claim ‖N − f‖ on [a, b] waiting for its bound: <see cref="AtMost(Rational)"/>, or
/// <see cref="Measure"/> to record the exact value without one.
/// </summary>
/// <remarks>
/// For <see cref="Norm.Sup"/> the quantity is sup |N − f|; for L1 and L2 it is ∫|N − f|^p (the p-th power),
/// as <see cref="Check.Distance(Claim, Network, TargetExpression, Rational, Rational, Norm, Rational?, long, CancellationToken, bool, IProgress{long})"/>
/// defines them. The target is an expression or a list of polynomial pieces; only expression targets get certificates.
/// </remarks>
public sealed class DistanceClaim
{
    private readonly ClaimRecord _record;
    private readonly Network _network;
    private readonly TargetExpression? _target;
    private readonly Func<PiecewisePolynomial>? _pieces;
    private readonly string _description;
    private readonly Rational _from, _to;
    private readonly Norm _norm;

    internal DistanceClaim(ClaimRecord record, Network network, TargetExpression target, Rational from, Rational to, Norm norm)
    {
        _record = record; _network = network; _target = target; _description = target.ToString(); _from = from; _to = to; _norm = norm;
    }

    /// <summary>A claim against a target given as polynomial pieces, built by <paramref name="pieces"/> when the claim is checked.</summary>
    internal DistanceClaim(ClaimRecord record, Network network, Func<PiecewisePolynomial> pieces, string description, Rational from, Rational to, Norm norm)
    {
        _record = record; _network = network; _pieces = pieces; _description = description; _from = from; _to = to; _norm = norm;
    }

    /// <summary>States that the distance is at most <paramref name="bound"/>.</summary>
    public void AtMost(Rational bound) => State(bound);

    /// <summary>States that the distance is at most <paramref name="bound"/>, given as "p/q", an integer or an exact decimal.</summary>
    public void AtMost(string bound) => State(Rational.Parse(bound));

    /// <summary>States no bound: the verdict is Proved with the exact measured distance (Unknown if the budget runs out).</summary>
    public void Measure() => State(null);

    private void State(Rational? bound)
    {
        _record.SetQuantity("target", _description);
        _record.SetQuantity("interval", $"[{_from}, {_to}]");
        _record.SetQuantity("norm", _norm);
        if (bound is Rational q) _record.SetQuantity("bound", q);
        var (network, from, to, norm) = (_network, _from, _to, _norm);
        if (_target is { } target)
        {
            _record.State((claim, context) =>
            {
                if (context.Certify)
                {
                    var (v, certificate) = Certificate.CheckAndCertify(claim, network, target, from, to, norm, bound, context.Budget, context.Cancellation, Pieces(context));
                    return new CheckOutcome(v, new ClaimEvidence(network, target.ToString(), from, to, norm, bound, certificate?.Outcome, certificate));
                }
                var (verdict, outcome) = Check.Distance(claim, network, target, from, to, norm, bound, context.Budget, context.Cancellation,
                    piecesFound: Pieces(context));
                return new CheckOutcome(verdict, new ClaimEvidence(network, target.ToString(), from, to, norm, bound, outcome));
            });
            return;
        }
        // Built here, not when stated, so that a target of millions of pieces exists only while its own claim is checked.
        // Certificates name their target as expression text, which piece lists do not have, so none is written.
        var (pieces, description) = (_pieces!, _description);
        _record.State((claim, context) =>
        {
            var (verdict, outcome) = Check.Distance(claim, network, pieces(), description, from, to, norm, bound, context.Budget, context.Cancellation, Pieces(context));
            return new CheckOutcome(verdict, new ClaimEvidence(network, null, from, to, norm, bound, outcome));
        });
    }

    // The pieces found so far, for the host's progress display.
    private static ActivityProgress<long>? Pieces(CheckContext context) =>
        context.Activity is { } activity ? new ActivityProgress<long>(n => activity($"{n.ToString("N0", CultureInfo.InvariantCulture)} pieces")) : null;
}
