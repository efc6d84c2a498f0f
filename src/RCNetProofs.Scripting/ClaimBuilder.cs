using System.Numerics;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Scripting;

/// <summary>
/// A claim being stated: <c>Claim(id, source, statement)</c>, optionally <see cref="Expect"/>,
/// <see cref="Convention"/> and <see cref="Quantity"/>, then what it is about and the check, e.g.
/// <c>.Network(n).InClass(width: 3, depth: L)</c>.
/// </summary>
public sealed class ClaimBuilder
{
    private readonly ClaimRecord _record;

    internal ClaimBuilder(ClaimRecord record) => _record = record;

    /// <summary>Declares the verdict the claim's author expects (default Proved; a wrong seed statement expects Refuted).</summary>
    public ClaimBuilder Expect(VerdictKind verdict)
    {
        _record.SetExpected(verdict);
        return this;
    }

    /// <summary>Declares how the claim's source counts depth (default: hidden layers).</summary>
    public ClaimBuilder Convention(DepthConvention convention)
    {
        _record.SetConvention(convention);
        return this;
    }

    /// <summary>Records a stated quantity (e.g. "epsilon", "1/64") in the report, as exact text.</summary>
    public ClaimBuilder Quantity(string name, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _record.SetQuantity(name, value);
        return this;
    }

    /// <summary>The claim is about <paramref name="network"/>; the check follows.</summary>
    public NetworkClaim Network(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        _record.SetSubject(network);
        return new NetworkClaim(_record, network);
    }

    /// <summary>
    /// The claim is about a count that <paramref name="measure"/> computes from the objects themselves (never from
    /// the formula being checked); the relation follows, e.g. <c>.Count("parameters of g", () => …).Exactly(57691)</c>.
    /// </summary>
    public CountClaim Count(string quantity, Func<BigInteger> measure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quantity);
        ArgumentNullException.ThrowIfNull(measure);
        return new CountClaim(_record, quantity, _ => measure(), network: null);
    }
}
