using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Telgarsky;

public class ShallowSawtoothTests
{
    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(5)] [InlineData(8)]
    public void Build_AgainstComposedSawtooth_KernelSupOfDifferenceIsZero(int k)
    {
        // TEL-FRAC: Δ(⟨2^{k−1}x⟩) (closed form) = Δ^{∘k}(x) (composition), on [0, 1] and, both being 0, around it.
        var diff = Oracles.Difference(ShallowSawtooth.Build(k), Sawtooth.Build(k));
        var sup = Oracles.Sup(diff, Polynomial.Zero, -1, 2);
        Assert.Equal(Rational.Zero, sup.Exact);
    }

    [Theory]
    [InlineData(1)] [InlineData(3)] [InlineData(8)]
    public void Build_Width_EqualsBreakpointCountOfDeepSawtooth(int k)
    {
        // TEL-SHALLOW: Δ^{∘k} has 2^k + 1 breakpoints on R, so no one-hidden-layer net narrower than 2^k + 1 exists;
        // the shallow construction meets that bound, against 3k neurons in depth k.
        var pieces = PiecewiseLinear.CountDistinctPieces(Sawtooth.Build(k), Segment.Interval(-1, 2), out _);
        var sizes = NetworkSizes.Measure(ShallowSawtooth.Build(k));
        Assert.Equal((1L << k) + 2, pieces);
        Assert.Equal((1 << k) + 1, sizes.Width);
        Assert.Equal(1, sizes.Depth);
        Assert.Equal(3L * ((1 << k) + 1) + 1, sizes.Parameters);
        Assert.Equal(3L * k, NetworkSizes.Measure(Sawtooth.Build(k)).Neurons);
    }

    [Property]
    public Property Build_RandomRationals_MatchesClosedForm() => Prop.ForAll(
        Arb.From(from k in Gen.Choose(1, 9) from x in Oracles.RationalIn(-1, 2) select (k, x)), t =>
        {
            var (k, x) = t;
            var expected = x < 0 || x > 1 ? Rational.Zero : TriangleTests.Tent((Rational.Pow(2, k - 1) * x).FractionalPart());
            Assert.Equal(expected, ShallowSawtooth.Build(k).EvaluateScalar(x));
        });

    [Fact]
    public void Build_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShallowSawtooth.Build(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShallowSawtooth.Build(ShallowSawtooth.MaxK + 1));
        Assert.Equal("TEL-SHALLOW", ShallowSawtooth.Build(2).Meta["construction"]);
    }
}
