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
/// as <see cref="Check.Distance"/> defines them.
/// </remarks>
public sealed class DistanceClaim
{
    private readonly ClaimRecord _record;
    private readonly Network _network;
    private readonly TargetExpression _target;
    private readonly Rational _from, _to;
    private readonly Norm _norm;

    internal DistanceClaim(ClaimRecord record, Network network, TargetExpression target, Rational from, Rational to, Norm norm)
    {
        _record = record; _network = network; _target = target; _from = from; _to = to; _norm = norm;
    }

    /// <summary>States that the distance is at most <paramref name="bound"/>.</summary>
    public void AtMost(Rational bound) => State(bound);

    /// <summary>States that the distance is at most <paramref name="bound"/>, given as "p/q", an integer or an exact decimal.</summary>
    public void AtMost(string bound) => State(Rational.Parse(bound));

    /// <summary>States no bound: the verdict is Proved with the exact measured distance (Unknown if the budget runs out).</summary>
    public void Measure() => State(null);

    private void State(Rational? bound)
    {
        _record.SetQuantity("target", _target);
        _record.SetQuantity("interval", $"[{_from}, {_to}]");
        _record.SetQuantity("norm", _norm);
        if (bound is Rational q) _record.SetQuantity("bound", q);
        var (network, target, from, to, norm) = (_network, _target, _from, _to, _norm);
        _record.State((claim, context) =>
        {
            if (context.Certify)
            {
                var (v, certificate) = Certificate.CheckAndCertify(claim, network, target, from, to, norm, bound, context.Budget, context.Cancellation);
                return new CheckOutcome(v, new ClaimEvidence(network, target.ToString(), from, to, norm, bound, certificate?.Outcome, certificate));
            }
            var (verdict, outcome) = Check.Distance(claim, network, target, from, to, norm, bound, context.Budget, context.Cancellation);
            return new CheckOutcome(verdict, new ClaimEvidence(network, target.ToString(), from, to, norm, bound, outcome));
        });
    }
}
