using System.Collections.Immutable;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Seeds;

/// <summary>
/// One exact number attached to a seed statement: what the seed's formula gives at a point and what is true
/// there. When the two differ the datum is a counterexample; when they agree it records a confirmation.
/// </summary>
/// <remarks>
/// Data only: nothing here is checked when it is built. A proof script re-evaluates both sides through the kernel
/// (for instance with <see cref="SeedNetworks"/> for the seed's side and the paper's construction for the true side).
/// </remarks>
public sealed record SeedDatum
{
    /// <summary>Builds a datum.</summary>
    /// <param name="quantity">What is evaluated, e.g. "Δ(x)" or "hidden layers".</param>
    /// <param name="parameters">Integer parameters of the statement (L, d, i, …).</param>
    /// <param name="point">The point (empty when the quantity takes none).</param>
    /// <param name="seedValue">The value the seed's statement gives, or null when the seed states no number.</param>
    /// <param name="trueValue">The correct value.</param>
    /// <exception cref="ArgumentException">For an empty quantity.</exception>
    public SeedDatum(string quantity, IReadOnlyDictionary<string, int> parameters, IReadOnlyList<Rational> point, Rational? seedValue, Rational trueValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quantity);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(point);
        Quantity = quantity;
        Parameters = parameters.ToImmutableSortedDictionary();
        Point = [.. point];
        SeedValue = seedValue;
        TrueValue = trueValue;
    }

    /// <summary>What is evaluated.</summary>
    public string Quantity { get; }
    /// <summary>Integer parameters of the statement, by name.</summary>
    public ImmutableSortedDictionary<string, int> Parameters { get; }
    /// <summary>The point of evaluation.</summary>
    public ImmutableArray<Rational> Point { get; }
    /// <summary>What the seed's statement gives (null when it states no number).</summary>
    public Rational? SeedValue { get; }
    /// <summary>The correct value.</summary>
    public Rational TrueValue { get; }
    /// <summary>True when the seed's value is given and differs from the true one.</summary>
    public bool IsCounterexample => SeedValue is Rational s && s != TrueValue;

    /// <summary>"Δ(x) at x = (1/4) [L=1]: seed 3/4, true 1/2".</summary>
    public override string ToString()
    {
        var at = Point.Length == 0 ? "" : $" at x = ({string.Join(", ", Point)})";
        var ps = Parameters.Count == 0 ? "" : $" [{string.Join(", ", Parameters.Select(p => $"{p.Key}={p.Value}"))}]";
        return $"{Quantity}{at}{ps}: seed {(SeedValue?.ToString() ?? "—")}, true {TrueValue}";
    }
}
