using System.Collections.Immutable;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Kernel.Claims;

/// <summary>
/// A statement to be checked, as data: its id, where it comes from, what it says, and the verdict its author
/// expects. A claim holds no network and decides nothing; the kernel's checkers judge it.
/// </summary>
public sealed record Claim
{
    /// <summary>Builds a claim; the id must be "FAMILY" or "FAMILY/param=value,param=value".</summary>
    /// <exception cref="ArgumentException">For a malformed id.</exception>
    public Claim(string id, string source, string statement, VerdictKind expected = VerdictKind.Proved,
        DepthConvention convention = DepthConvention.HiddenLayers, IReadOnlyDictionary<string, string>? quantities = null)
    {
        ClaimId.Validate(id);
        Id = id; Source = source; Statement = statement; Expected = expected; Convention = convention;
        Quantities = (quantities ?? ImmutableDictionary<string, string>.Empty).ToImmutableSortedDictionary();
    }

    /// <summary>"FAMILY/param=value,…", e.g. "YAR-SQ/m=20".</summary>
    public string Id { get; }
    /// <summary>The family: the id up to the first '/'.</summary>
    public string Family => ClaimId.FamilyOf(Id);
    /// <summary>Where the statement comes from, e.g. "Yarotsky 2017, Prop. 2".</summary>
    public string Source { get; }
    /// <summary>The statement in words, as the source makes it.</summary>
    public string Statement { get; }
    /// <summary>The verdict the claim's author expects (a refuted seed statement expects Refuted).</summary>
    public VerdictKind Expected { get; }
    /// <summary>How the source counts depth.</summary>
    public DepthConvention Convention { get; }
    /// <summary>Stated quantities as exact text (e.g. "bound" → "1/64"), recorded in reports.</summary>
    public ImmutableSortedDictionary<string, string> Quantities { get; }
}
