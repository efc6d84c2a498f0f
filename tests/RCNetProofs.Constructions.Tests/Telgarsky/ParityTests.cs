using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Claims;
using Check = RCNetProofs.Kernel.Claims.Check;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Telgarsky;

public class ParityTests
{
    /// <summary>Every point of {−1, +1}^d (or {0, 1}^d), as the bits of 0..2^d − 1.</summary>
    private static IReadOnlyList<IReadOnlyList<Rational>> Cube(int d, Rational zero, Rational one) =>
        Enumerable.Range(0, 1 << d).Select(mask => (IReadOnlyList<Rational>)Enumerable.Range(0, d).Select(i => (mask >> i & 1) == 1 ? one : zero).ToArray()).ToArray();

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)]
    public void Build_AllSignVectors_KernelProvesProductOfSigns(int l) => ProveProductOfSigns(l);

    [Fact]
    [Trait("Category", "Slow")]
    public void Build_AllSixteenBitSignVectors_KernelProvesProductOfSigns() => ProveProductOfSigns(4);

    private static void ProveProductOfSigns(int l)
    {
        int d = 1 << l;
        var claim = new Claim($"TEL-PAR/d={d}", "Telgarsky lecture notes (seed S4), corrected", "Πx_i = 1 − 2Δ^{∘L}((d + Σx_i)/(2d)) on {±1}^d");
        // oracle: the product of the signs, multiplied out in the test
        var verdict = Check.AtPoints(claim, Parity.Build(l), x => x.Aggregate(Rational.One, (p, v) => p * v), Cube(d, -1, 1), Rational.Zero, exhaustive: true);
        Assert.Equal(VerdictKind.Proved, verdict.Kind);
        var sizes = NetworkSizes.Measure(Parity.Build(l));
        Assert.Equal((d, 3, l), (sizes.InputDimension, sizes.Width, sizes.Depth));
    }

    [Theory]
    [InlineData(1)] [InlineData(3)] [InlineData(5)] [InlineData(8)] [InlineData(10)]
    public void BuildXor_AllBitVectors_KernelProvesXor(int d)
    {
        var claim = new Claim($"TEL-PAR/bits={d}", "Telgarsky lecture notes (seed S4), corrected", "XOR(b) = Δ^{∘L}(Σb_i/2^L)");
        var verdict = Check.AtPoints(claim, Parity.BuildXor(d), b => b.Count(v => v == 1) % 2, Cube(d, 0, 1), Rational.Zero, exhaustive: true);
        Assert.Equal(VerdictKind.Proved, verdict.Kind);
    }

    [Property(MaxTest = 40)]
    public Property BuildXor_RandomBitVectors_MatchesCountModTwo() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(11, 300) from bits in Gen.ArrayOf(Gen.Elements(0, 1), d) select bits), bits =>
        {
            var net = Parity.BuildXor(bits.Length);
            Assert.Equal((Rational)(bits.Sum() % 2), net.Evaluate(bits.Select(b => (Rational)b).ToArray())[0]);
            int l = int.Parse(net.Meta["L"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(1 << (l - 1) < bits.Length && bits.Length <= 1 << l);
            Assert.Equal((3, l), (NetworkSizes.Measure(net).Width, NetworkSizes.Measure(net).Depth));
        });

    [Fact]
    public void Build_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Parity.Build(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Parity.Build(17));
        Assert.Throws<ArgumentOutOfRangeException>(() => Parity.BuildXor(0));
        Assert.Equal(("TEL-PAR", "8"), (Parity.Build(3).Meta["construction"], Parity.Build(3).Meta["d"]));
    }
}
