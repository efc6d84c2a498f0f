using System.Numerics;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

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

    /// <summary>
    /// The claim is about a rational quantity that <paramref name="measure"/> computes exactly from the objects (never
    /// from the formula being checked); the relation follows, e.g. <c>.Value("∫p² dμ_3", () => …).AtLeast(Q(1, 5))</c>.
    /// </summary>
    public ValueClaim Value(string quantity, Func<Rational> measure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quantity);
        ArgumentNullException.ThrowIfNull(measure);
        return new ValueClaim(_record, quantity, measure);
    }

    /// <summary>
    /// The claim is checked at the samples <paramref name="at"/> (each a rational vector naming one instance):
    /// <paramref name="measure"/> and <paramref name="stated"/> compute the two sides exactly from a sample; the
    /// relation follows, e.g. <c>.AtSamples("‖F − Σg‖² vs the bound", samples, lhs, rhs).AtLeast()</c>. Sampled when it
    /// holds on every sample.
    /// </summary>
    /// <exception cref="ArgumentException">When there are no samples.</exception>
    public SampleClaim AtSamples(string quantity, IEnumerable<IReadOnlyList<Rational>> at,
        Func<IReadOnlyList<Rational>, Rational> measure, Func<IReadOnlyList<Rational>, Rational> stated)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quantity);
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(stated);
        var samples = at.Select(x => (IReadOnlyList<Rational>)x.ToArray()).ToArray();
        if (samples.Length == 0) throw new ArgumentException($"claim {_record.Id}: no samples");
        return new SampleClaim(_record, quantity, samples, measure, stated);
    }
}
