using RCNetProofs.Kernel.Claims;
using RCNetProofs.Numerics;

namespace RCNetProofs.Scripting;

/// <summary>
/// A claim checked on recorded samples, waiting for its relation between the measured and the stated quantity
/// (<see cref="AtLeast"/>, <see cref="AtMost"/>, <see cref="Exactly"/>); decided by <see cref="Check.AtSamples"/>:
/// Sampled when the relation holds on every sample, Refuted with the failing sample as witness.
/// </summary>
/// <remarks>
/// A sample is a vector of rationals that names one instance of the claim (coefficients, points…); both sides are
/// computed exactly from it. Record how the samples were drawn with <see cref="ClaimBuilder.Quantity"/>.
/// </remarks>
public sealed class SampleClaim
{
    private readonly ClaimRecord _record;
    private readonly string _quantity;
    private readonly IReadOnlyList<IReadOnlyList<Rational>> _samples;
    private readonly Func<IReadOnlyList<Rational>, Rational> _measure;
    private readonly Func<IReadOnlyList<Rational>, Rational> _stated;

    internal SampleClaim(ClaimRecord record, string quantity, IReadOnlyList<IReadOnlyList<Rational>> samples,
        Func<IReadOnlyList<Rational>, Rational> measure, Func<IReadOnlyList<Rational>, Rational> stated)
    {
        _record = record; _quantity = quantity; _samples = samples; _measure = measure; _stated = stated;
    }

    /// <summary>States measured ≥ stated at every sample.</summary>
    public void AtLeast() => State(Relation.AtLeast);

    /// <summary>States measured ≤ stated at every sample.</summary>
    public void AtMost() => State(Relation.AtMost);

    /// <summary>States measured = stated at every sample.</summary>
    public void Exactly() => State(Relation.Equal);

    private void State(Relation relation)
    {
        _record.SetQuantity(_quantity, $"{relation.Symbol()} stated, at {_samples.Count} samples");
        var samples = _samples; var measure = _measure; var stated = _stated; var quantity = _quantity;
        _record.State((claim, _) => new CheckOutcome(Check.AtSamples(claim, quantity, samples, measure, stated, relation), null));
    }
}
