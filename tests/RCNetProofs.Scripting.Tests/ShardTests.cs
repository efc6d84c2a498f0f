using System.Numerics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ShardTests
{
    /// <summary>Independent FNV-1a: arithmetic modulo 2^64 on BigInteger instead of wrapping ulong.</summary>
    private static ulong FnvOracle(string text)
    {
        var modulus = BigInteger.One << 64;
        BigInteger h = BigInteger.Parse("14695981039346656037");
        foreach (byte b in Encoding.UTF8.GetBytes(text)) h = ((h ^ b) * 1099511628211) % modulus;
        return (ulong)h;
    }

    private static readonly Gen<string> ClaimIds =
        Gen.OneOf(
            from family in Gen.Elements("YAR-SQ", "TEL-FRAC", "TEL-SHALLOW", "RC-T1.1", "SEED-DELTA")
            from m in Gen.Choose(0, 100_000)
            select $"{family}/m={m}",
            from chars in Gen.ArrayOf(Gen.Elements('A', 'z', '/', '=', ',', 'Δ', '∘', '0', '9', ' '))
            select new string(chars));

    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void Hash_PublishedFnv1aVectors_Match(string text, ulong expected) => Assert.Equal(expected, Shard.Hash(text));

    [Property]
    public Property Hash_AnyId_EqualsIndependentFnv1a() =>
        Prop.ForAll(Arb.From(ClaimIds), id => Shard.Hash(id) == FnvOracle(id));

    [Property]
    public Property Contains_AnyIdsAndShardCount_ShardsAreDisjointAndCoverEveryId() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(ClaimIds)), Arb.From(Gen.Choose(1, 17)), (ids, n) =>
        {
            var shards = Enumerable.Range(1, n).Select(k => new Shard(k, n)).ToList();
            // Invariant: every id lies in exactly one shard. Oracle: that shard is FNV-1a(id) mod n, counted from 1.
            return ids.All(id => shards.Count(s => s.Contains(id)) == 1
                                 && shards[(int)(FnvOracle(id) % (ulong)n)].Contains(id));
        });

    [Fact]
    public void Contains_SingleShard_HoldsEverything() =>
        Assert.All(new[] { "", "A", "YAR-SQ/m=20" }, id => Assert.True(new Shard(1, 1).Contains(id)));

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("10/10", 10, 10)]
    public void Parse_WellFormed_GivesIndexAndCount(string text, int k, int n)
    {
        var shard = Shard.Parse(text);
        Assert.Equal((k, n), (shard.Index, shard.Count));
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("1/")]
    [InlineData("/4")]
    [InlineData("1-4")]
    [InlineData("1/4/2")]
    [InlineData(" 1/4")]
    public void Parse_Malformed_ThrowsNamingTheForm(string text)
    {
        var e = Assert.Throws<FormatException>(() => Shard.Parse(text));
        Assert.Contains("k/n", e.Message);
    }

    [Fact]
    public void Constructor_IndexOutsideRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(4, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(1, 0));
    }
}
