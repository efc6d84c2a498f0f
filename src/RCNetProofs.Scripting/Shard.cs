using System.Globalization;
using System.Text;

namespace RCNetProofs.Scripting;

/// <summary>
/// Shard k of n (1 ≤ k ≤ n): the claims whose id hashes to k − 1 modulo n, so that n runs with k = 1…n check
/// every claim exactly once between them.
/// </summary>
/// <remarks>
/// The hash is 64-bit FNV-1a over the UTF-8 bytes of the claim id, fixed here so that the split is the same on
/// every machine, runtime and process (unlike <see cref="string.GetHashCode()"/>, which is randomised per process).
/// A claim's shard depends on its id alone, not on which other claims exist or in which order scripts ran.
/// </remarks>
public readonly record struct Shard
{
    private const ulong FnvOffsetBasis = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Builds shard <paramref name="index"/> of <paramref name="count"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Unless 1 ≤ index ≤ count.</exception>
    public Shard(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, count);
        Index = index; Count = count;
    }

    /// <summary>k, counted from 1.</summary>
    public int Index { get; }

    /// <summary>n, the number of shards.</summary>
    public int Count { get; }

    /// <summary>Reads "k/n", e.g. "2/4".</summary>
    /// <exception cref="FormatException">With the text and the expected form.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int slash = text.IndexOf('/');
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && k >= 1 && k <= n)
            return new Shard(k, n);
        throw new FormatException($"shard '{text}' is not of the form k/n with 1 ≤ k ≤ n (e.g. 2/4)");
    }

    /// <summary>True when the claim with this id belongs to this shard.</summary>
    public bool Contains(string claimId) => (int)(Hash(claimId) % (ulong)Count) == Index - 1;

    /// <summary>The 64-bit FNV-1a hash of the UTF-8 bytes of <paramref name="claimId"/>.</summary>
    public static ulong Hash(string claimId)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        ulong h = FnvOffsetBasis;
        foreach (byte b in Encoding.UTF8.GetBytes(claimId))
        {
            h ^= b;
            h *= FnvPrime;
        }
        return h;
    }

    /// <summary>"k/n".</summary>
    public override string ToString() => $"{Index}/{Count}";
}
