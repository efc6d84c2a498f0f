using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Seeds;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Seeds;

public class SeedNetworksTests
{
    [Property]
    public Property Delta_RandomRationals_IsThreeReluMinusFourShiftedRelu() => Prop.ForAll(
        Arb.From(Oracles.RationalIn(-2, 3)), x =>
            Assert.Equal(3 * Rational.Relu(x) - 4 * Rational.Relu(x - Rational.Half), SeedNetworks.Delta().EvaluateScalar(x)));

    [Theory]
    [InlineData(1)] [InlineData(3)] [InlineData(6)]
    public void FractalRightSide_IsSawtoothOfOneMoreLevelNotL(int l)
    {
        var seed = SeedNetworks.FractalRightSide(l);
        Assert.Equal(Rational.Zero, Oracles.Sup(Oracles.Difference(seed, Sawtooth.Build(l + 1)), Polynomial.Zero, 0, 1).Exact);
        Assert.Equal(Rational.One, Oracles.Sup(Oracles.Difference(seed, Sawtooth.Build(l)), Polynomial.Zero, 0, 1).Exact);
    }

    [Property]
    public Property SquareInterpolant_RandomPoints_IsTheSeedsSum() => Prop.ForAll(
        Arb.From(from i in Gen.Choose(1, 10) from x in Oracles.RationalIn(0, 1) select (i, x)), t =>
        {
            var (i, x) = t;
            var sum = x;
            for (int j = 0; j < i; j++) sum -= Oracles.IteratedTent(x, j) / Rational.Pow(4, j + 1);
            var seed = SeedNetworks.SquareInterpolant(i).EvaluateScalar(x);
            Assert.Equal(sum, seed);
            // invariant: the seed's h_i is x/2 + h_{i−1}/4 for the true h_{i−1}
            Assert.Equal(x / 2 + SquareApprox.Build(i - 1).EvaluateScalar(x) / 4, seed);
        });

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)]
    public void Parity_AllSignVectors_GivesCountOfPlusOnesModTwo(int l)
    {
        int d = 1 << l;
        var net = SeedNetworks.Parity(l);
        for (int mask = 0; mask < 1 << d; mask++)
        {
            var x = Enumerable.Range(0, d).Select(i => (mask >> i & 1) == 1 ? Rational.One : -Rational.One).ToArray();
            Assert.Equal((Rational)(System.Numerics.BitOperations.PopCount((uint)mask) % 2), net.Evaluate(x)[0]);
        }
    }

    [Property(MaxTest = 40)]
    public Property SymmetricRightSide_RandomPoints_IsFOfTriangleOfFraction() => Prop.ForAll(
        Arb.From(from l in Gen.Choose(1, 6) from x in Oracles.RationalIn(0, 1) select (l, x)), t =>
        {
            var (l, x) = t;
            var knots = new (Rational X, Rational Y)[] { (0, 0), (Rational.Create(1, 4), 1), (Rational.Half, -1), (Rational.Create(3, 4), 1), (1, 0) };
            var f = ShallowInterpolant.Build(knots, 0, 0);
            var expected = Oracles.Cpwl(knots, 0, 0, Telgarsky.TriangleTests.Tent((Rational.Pow(2, l) * x).FractionalPart()));
            Assert.Equal(expected, SeedNetworks.SymmetricRightSide(f, l).EvaluateScalar(x));
        });

    [Fact]
    public void Builders_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedNetworks.FractalRightSide(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedNetworks.SquareInterpolant(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedNetworks.Parity(17));
        Assert.Throws<NetworkException>(() => SeedNetworks.SymmetricRightSide(Parity.Build(1), 1));
        Assert.Equal(("SEED-DELTA", 3), (SeedNetworks.Delta().Meta["construction"], NetworkSizes.Measure(SeedNetworks.Delta()).Width));
    }
}
