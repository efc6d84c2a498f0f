using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Constructions.Tests.RandomNetworks;

namespace RCNetProofs.Constructions.Tests.Telgarsky;

public class SawtoothTests
{
    private const int MaxL = 30;

    private sealed record Case(int L, Rational[] Xs)
    {
        public override string ToString() => $"L = {L}, x = {string.Join(", ", Xs)}";
    }

    /// <summary>A dyadic k/2^m in [0, 1], m ≤ 48, with k drawn from the whole range.</summary>
    private static Gen<Rational> UnitDyadic =>
        from m in Gen.Choose(0, 48)
        from hi in Gen.Choose(0, int.MaxValue)
        from lo in Gen.Choose(0, int.MaxValue)
        select Rational.Create(((BigInteger)hi << 31 | lo) % ((BigInteger.One << m) + 1), BigInteger.One << m);

    private static Arbitrary<Case> Cases(Gen<Rational> point) => Arb.From(
        from l in Gen.Choose(1, MaxL)
        from xs in Gen.ArrayOf(point, 6)
        select new Case(l, xs));

    private static Rational IteratedTent(Rational x, int times)
    {
        for (int k = 0; k < times; k++) x = TriangleTests.Tent(x);
        return x;
    }

    [Property]
    public Property Sawtooth_RandomDyadicPoints_EqualsIteratedTentMap() => Prop.ForAll(Cases(UnitDyadic), c =>
    {
        var net = Sawtooth.Build(c.L);
        var exact = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        var dyadic = new CompiledNetwork<Dyadic>(net, NumberConverters.ToDyadic);
        foreach (var x in c.Xs)
        {
            var expected = IteratedTent(x, c.L);
            Assert.Equal(expected, exact.Evaluate([x])[0]);
            Assert.Equal(expected, dyadic.Evaluate([x.ToDyadic()])[0].ToRational());
        }
    });

    [Property]
    public Property Sawtooth_RandomRationals_EqualsTriangleOfFractionalPart() => Prop.ForAll(Cases(
        from p in Gen.Choose(0, 1000) from q in Gen.Choose(1, 1000) where p <= q select Rational.Create(p, q)), c =>
    {
        // TEL-FRAC: Δ^{∘L}(x) = Δ(⟨2^{L−1}x⟩) on [0, 1], an oracle independent of iteration.
        var net = Sawtooth.Build(c.L);
        foreach (var x in c.Xs)
            Assert.Equal(TriangleTests.Tent((Rational.Pow(2, c.L - 1) * x).FractionalPart()), net.EvaluateScalar(x));
    });

    [Property]
    public Property Sawtooth_OutsideUnitInterval_IsZero() => Prop.ForAll(Cases(
        from p in Gen.Choose(1, 500) from q in Gen.Choose(1, 50) from left in Gen.Elements(true, false)
        select left ? Rational.Create(-p, q) : 1 + Rational.Create(p, q)), c =>
    {
        var net = Sawtooth.Build(c.L);
        foreach (var x in c.Xs) Assert.Equal(Rational.Zero, net.EvaluateScalar(x));
    });

    [Property]
    public Property Sawtooth_AnyDepth_WidthThreeDepthL() => Prop.ForAll(Arb.From(Gen.Choose(1, 60)), l =>
    {
        var net = Sawtooth.Build(l);
        var sizes = NetworkSizes.Measure(net);
        Assert.Equal((3, l, l + 1, 3L * l), (sizes.Width, sizes.Depth, sizes.AffineLayers, sizes.Neurons));
        // Parameters by the rule: first layer 1·3 + 3, each junction 3·3 + 3, output 3 + 1.
        Assert.Equal(6 + 12L * (l - 1) + 4, sizes.Parameters);
        Assert.True(net.IsDyadic);
        Assert.All(net.Layers.SkipLast(1), layer => Assert.True(layer.AllRelu));
        Assert.Equal(("TEL-SAWTOOTH", l.ToString()), (net.Meta["construction"], net.Meta["L"]));
    });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(9)]
    public void Sawtooth_GridPoints_AlternateZeroOne(int l)
    {
        // TEL-PAR: Δ^{∘L}(m/2^L) = m mod 2 for 0 ≤ m ≤ 2^L.
        var net = new CompiledNetwork<Dyadic>(Sawtooth.Build(l), NumberConverters.ToDyadic);
        for (int m = 0; m <= 1 << l; m++)
            Assert.Equal((Dyadic)(m % 2), net.Evaluate([Dyadic.Create(m, -l)])[0]);
    }

    [Fact]
    public void Sawtooth_NonPositiveDepth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sawtooth.Build(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sawtooth.Build(-2));
    }
}
