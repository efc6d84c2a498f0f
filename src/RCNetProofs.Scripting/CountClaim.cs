using System.Numerics;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Scripting;

/// <summary>A count claim waiting for its relation: <see cref="Exactly"/>, <see cref="AtMost"/> or <see cref="AtLeast"/>.</summary>
/// <remarks>
/// The host calls the measurement when it checks the claim (and the kernel calls it again to re-establish a
/// refutation). A piece count that runs out of budget or time makes the claim Unknown.
/// </remarks>
public sealed class CountClaim
{
    private readonly ClaimRecord _record;
    private readonly string _quantity;
    private readonly Func<CheckContext, BigInteger> _measure;
    private readonly Network? _network;
    private readonly ClaimEvidence? _evidence;

    internal CountClaim(ClaimRecord record, string quantity, Func<CheckContext, BigInteger> measure, Network? network, ClaimEvidence? evidence = null)
    {
        _record = record; _quantity = quantity; _measure = measure; _network = network;
        _evidence = evidence ?? (network is null ? null : new ClaimEvidence(network));
    }

    /// <summary>States measured = <paramref name="stated"/>.</summary>
    public void Exactly(BigInteger stated) => State(Relation.Equal, stated);

    /// <summary>States measured ≤ <paramref name="stated"/>.</summary>
    public void AtMost(BigInteger stated) => State(Relation.AtMost, stated);

    /// <summary>States measured ≥ <paramref name="stated"/>.</summary>
    public void AtLeast(BigInteger stated) => State(Relation.AtLeast, stated);

    private void State(Relation relation, BigInteger stated)
    {
        _record.SetQuantity(_quantity, $"{relation.Symbol()} {stated}");
        var measure = _measure; var network = _network; var evidence = _evidence; var quantity = _quantity;
        _record.State((claim, context) =>
        {
            var sizes = network is null ? null : NetworkSizes.Measure(network);
            try
            {
                return new CheckOutcome(Check.Count(claim, quantity, () => measure(context), relation, stated, sizes), evidence);
            }
            catch (IncompleteMeasurementException e)
            {
                return new CheckOutcome(Check.Unknown(claim, $"{quantity}: {e.Message}; {relation.Symbol()} {stated} undecided", sizes), evidence);
            }
        });
    }
}
