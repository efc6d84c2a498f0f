namespace RCNetProofs.Scripting;

/// <summary>
/// Selects claims by id with glob patterns: '*' matches any run of characters (also '/' and ','), '?' exactly one.
/// </summary>
/// <remarks>
/// A pattern matches a claim when it matches the whole id; a pattern without '/' also matches when it matches the
/// id's family, so "YAR-SQ" selects every "YAR-SQ/…" claim and "TEL-*" every Telgarsky family. Matching is
/// ordinal and case-sensitive, as claim ids are. No patterns select everything.
/// </remarks>
public sealed class ClaimFilter
{
    private readonly string[] _patterns;

    /// <summary>Builds a filter that selects a claim matched by any of <paramref name="patterns"/>.</summary>
    /// <exception cref="ArgumentException">For an empty pattern.</exception>
    public ClaimFilter(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _patterns = patterns.ToArray();
        foreach (var p in _patterns)
            if (string.IsNullOrWhiteSpace(p)) throw new ArgumentException("filter: an empty pattern selects nothing; leave the filter out instead");
    }

    /// <summary>The filter that selects every claim.</summary>
    public static ClaimFilter All { get; } = new([]);

    /// <summary>True when the claim with this id is selected.</summary>
    public bool Selects(string claimId)
    {
        if (_patterns.Length == 0) return true;
        int slash = claimId.IndexOf('/');
        string family = slash < 0 ? claimId : claimId[..slash];
        foreach (var p in _patterns)
            if (Glob(p, claimId) || (!p.Contains('/') && Glob(p, family))) return true;
        return false;
    }

    /// <summary>Whole-string glob match with '*' and '?', by the usual greedy scan with one backtrack point.</summary>
    internal static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t])) { p++; t++; }
            else if (p < pattern.Length && pattern[p] == '*') { star = p++; mark = t; }
            else if (star >= 0) { p = star + 1; t = ++mark; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    /// <summary>The patterns, comma-free, joined for messages.</summary>
    public override string ToString() => _patterns.Length == 0 ? "*" : string.Join(" ", _patterns);
}
