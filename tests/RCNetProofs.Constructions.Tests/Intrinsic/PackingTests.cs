using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Intrinsic;
using RCNetProofs.Constructions.Tests.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Intrinsic;

public class PackingTests
{
    /// <summary>n base-4 codes with J digits 0/1 each (m = 2J bits), as the lemma uses them.</summary>
    private static Gen<(Rational[] A, int M)> Codes =>
        from j in Gen.Choose(1, 40)
        from n in Gen.Choose(1, 8)
        from digits in Gen.ArrayOf(RcGenerators.Bits(j), n)
        select (digits.Select(d => d.Select((b, i) => b ? Rational.Pow(4, -(i + 1)) : Rational.Zero).Aggregate(Rational.Zero, (x, y) => x + y)).ToArray(), 2 * j);

    [Property(MaxTest = 200)]
    public Property Unpack_OfPack_RecoversEveryCodeByTheLemmasFloorFormula() => Prop.ForAll(Arb.From(Codes), t =>
    {
        var (a, m) = t;
        var v = Packing.Pack(a, m);
        Assert.Equal(a, Packing.Unpack(v, m, a.Length));
        // v holds m·n bits: 2^{mn}·v is an integer, and v ∈ [0, 1)
        Assert.True((v * Rational.Pow(2, m * a.Length)).IsInteger);
        Assert.InRange(v, Rational.Zero, Rational.One - Rational.Pow(2, -m * a.Length));
        // the oracle: v as the concatenation of the m-bit words 2^m a_i
        var word = a.Aggregate(System.Numerics.BigInteger.Zero, (acc, x) => (acc << m) + (x * Rational.Pow(2, m)).Numerator);
        Assert.Equal(Rational.Create(word, System.Numerics.BigInteger.One << (m * a.Length)), v);
    });

    [Property(MaxTest = 100)]
    public Property Unpack_AnyMultiplesOfTwoToMinusMBelowOne_AlsoRoundTrip() => Prop.ForAll(
        Arb.From(from m in Gen.Choose(1, 12) from words in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), 5) select (m, words.Select(w => Rational.Create(w % (1 << m), 1 << m)).ToArray())), t =>
        {
            var (m, a) = t;
            Assert.Equal(a, Packing.Unpack(Packing.Pack(a, m), m, a.Length));
        });

    [Fact]
    public void Unpack_WithACodeEqualToOne_BreaksTheIdentity()
    {
        // a = (0, 1), m = 1: v = 1/2 and the formula returns a_1 = ⌊1⌋/2 − ⌊1/2⌋ = 1/2 ≠ 0; Pack refuses such codes
        Assert.Equal([Rational.Half, Rational.Zero], Packing.Unpack(Rational.Half, 1, 2));
        Assert.Throws<ArgumentException>(() => Packing.Pack([Rational.Zero, Rational.One], 1));
        Assert.Throws<ArgumentException>(() => Packing.Pack([Rational.Create(1, 3)], 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Packing.Pack([Rational.Zero], 0));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(3, 2)]
    [InlineData(2, 3)]
    public void BuildUnpacker_EveryPackedValue_GivesTheLemmasParts(int m, int n)
    {
        var net = Packing.BuildUnpacker(m, n);
        var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        // Oracle: the exact floor formula, at every v ∈ 2^{−mn}N ∩ [0, 1).
        for (int j = 0; j < 1 << (m * n); j++)
        {
            var v = Rational.Create(j, 1 << (m * n));
            Assert.Equal(Packing.Unpack(v, m, n), compiled.Evaluate([v]));
        }
        Assert.Equal(m * n + 1, NetworkSizes.Measure(net).Depth);
        Assert.True(NetworkSizes.Measure(net).Width <= n + 3);
    }
}
