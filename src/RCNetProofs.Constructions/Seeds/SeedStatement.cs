using System.Collections.Immutable;

namespace RCNetProofs.Constructions.Seeds;

/// <summary>
/// A statement from a seed document (lecture notes, slides): as the seed writes it, as corrected, and the exact
/// numbers that decide between them (catalogue section "Seed claims", ids SEED-*).
/// </summary>
public sealed record SeedStatement
{
    /// <summary>Builds a statement.</summary>
    /// <param name="id">The catalogue id, "SEED-…".</param>
    /// <param name="seed">The seed document's key ("S3", "S4").</param>
    /// <param name="seedSays">The statement in the seed's own terms (our notation).</param>
    /// <param name="corrected">The correct statement.</param>
    /// <param name="seedIsCorrect">True when the seed's statement is right as written.</param>
    /// <param name="data">Exact numbers; counterexamples among them are what refutes the seed.</param>
    /// <param name="evidence">Where the correction comes from and what was checked.</param>
    /// <exception cref="ArgumentException">
    /// For an id not starting with "SEED-", empty texts, or data that contradict <paramref name="seedIsCorrect"/>
    /// (a statement marked correct cannot carry a counterexample).
    /// </exception>
    public SeedStatement(string id, string seed, string seedSays, string corrected, bool seedIsCorrect, IReadOnlyList<SeedDatum> data, string evidence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(seed);
        ArgumentException.ThrowIfNullOrWhiteSpace(seedSays);
        ArgumentException.ThrowIfNullOrWhiteSpace(corrected);
        ArgumentException.ThrowIfNullOrWhiteSpace(evidence);
        ArgumentNullException.ThrowIfNull(data);
        if (!id.StartsWith("SEED-", StringComparison.Ordinal)) throw new ArgumentException($"seed statement id '{id}' must start with SEED-", nameof(id));
        if (seedIsCorrect && data.Any(d => d.IsCounterexample))
            throw new ArgumentException($"{id}: marked correct but carries a counterexample ({data.First(d => d.IsCounterexample)})", nameof(data));
        Id = id; Seed = seed; SeedSays = seedSays; Corrected = corrected; SeedIsCorrect = seedIsCorrect; Evidence = evidence;
        Data = [.. data];
    }

    /// <summary>The catalogue id.</summary>
    public string Id { get; }
    /// <summary>The seed document's key.</summary>
    public string Seed { get; }
    /// <summary>The statement as the seed writes it.</summary>
    public string SeedSays { get; }
    /// <summary>The corrected statement.</summary>
    public string Corrected { get; }
    /// <summary>True when the seed is right as written.</summary>
    public bool SeedIsCorrect { get; }
    /// <summary>The exact numbers.</summary>
    public ImmutableArray<SeedDatum> Data { get; }
    /// <summary>Source of the correction and what was checked.</summary>
    public string Evidence { get; }
    /// <summary>The data that refute the seed's statement.</summary>
    public IEnumerable<SeedDatum> Counterexamples => Data.Where(d => d.IsCounterexample);
}
