using RCNetProofs.Kernel.Claims;
using RCNetProofs.Numerics;

namespace RCNetProofs.Scripting;

/// <summary>
/// A claim about one rational quantity waiting for its relation: <see cref="Exactly"/>, <see cref="AtMost"/> or
/// <see cref="AtLeast"/>, decided by <see cref="Check.Value"/> (Proved or Refuted).
/// </summary>
/// <remarks>
/// The quantity is measured when the host checks the claim; it must be computed from the objects themselves (an
/// exact integral, the end of a rigorous enclosure), never from the formula being checked.
/// </remarks>
public sealed class ValueClaim
{
    private readonly ClaimRecord _record;
    private readonly string _quantity;
    private readonly Func<Rational> _measure;

    internal ValueClaim(ClaimRecord record, string quantity, Func<Rational> measure)
    {
        _record = record; _quantity = quantity; _measure = measure;
    }

    /// <summary>States measured = <paramref name="stated"/>.</summary>
    public void Exactly(Rational stated) => State(Relation.Equal, stated);

    /// <summary>States measured ≤ <paramref name="stated"/>.</summary>
    public void AtMost(Rational stated) => State(Relation.AtMost, stated);

    /// <summary>States measured ≥ <paramref name="stated"/>.</summary>
    public void AtLeast(Rational stated) => State(Relation.AtLeast, stated);

    private void State(Relation relation, Rational stated)
    {
        _record.SetQuantity(_quantity, $"{relation.Symbol()} {stated}");
        var measure = _measure; var quantity = _quantity;
        _record.State((claim, _) => new CheckOutcome(Check.Value(claim, quantity, measure, relation, stated), null));
    }
}
