using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class SeparableBasisTests
{
    [Theory]
    [InlineData(2, 0)] [InlineData(2, 3)] [InlineData(3, 1)] [InlineData(3, 2)] [InlineData(4, 2)] [InlineData(5, 1)]
    public void Defect_Diagonal_IsZero(int d, int i) => Assert.True(SeparableBasis.Defect(d, i, i, i).IsZero);

    [Theory]
    [InlineData(3, 2, 1, 2)] [InlineData(3, 2, 2, 0)] [InlineData(2, 1, 2, 2)] [InlineData(4, 1, 1, 3)]
    public void Defect_OffDiagonal_IsZero(int d, int i, int j, int k) => Assert.True(SeparableBasis.Defect(d, i, j, k).IsZero);

    [Property(MaxTest = 20)]
    public Property Pairing_AtRationalSpherePoints_IsPOverNSquared() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 4) from i in Gen.Choose(0, 3) from seed in Gen.Choose(0, 1000) select (d, i, seed)), t =>
        {
            // Oracle: the reproducing property of the zonal harmonics, P_i(⟨v, v′⟩)/N² evaluated at exact unit vectors.
            var (d, i, seed) = t;
            var random = new Random(seed);
            var v = UniformSphere.RandomPoint(random, d);
            var w = UniformSphere.RandomPoint(random, d);
            var inner = v.Zip(w, (a, b) => a * b).Aggregate(Rational.Zero, (s, x) => s + x);
            var n = (Rational)HarmonicDimension.Of(d, i);
            var value = SeparableBasis.Pairing(d, i, i, i).Evaluate([.. v, .. w]);
            Assert.Equal(Gegenbauer.Build(d, i).Evaluate(inner) / (n * n), value);
        });

    [Fact]
    public void Pairing_OffTheSphere_DiffersFromTheIdentity()
    {
        // For |v| = 2 the pairing scales like |v|^i, so the reduction modulo |v|² = 1 is what makes the defect vanish.
        var p = SeparableBasis.Pairing(3, 1, 1, 1);
        Rational[] point = [2, 0, 0, 1, 0, 0];
        Assert.Equal(Rational.Create(2, 9), p.Evaluate(point));
        Assert.Equal(Rational.Create(1, 9), p.Evaluate([1, 0, 0, 1, 0, 0]));
    }

    [Fact]
    public void Defect_WrongNormalisation_IsNotZero()
    {
        // With N instead of N² the sides differ by the factor N_{3,2} = 5.
        var pairing = SeparableBasis.Pairing(3, 2, 2, 2);
        var p2 = MultivariatePolynomial.Compose(Gegenbauer.Build(3, 2), SeparableBasis.Inner(6, 0, 3, 3));
        Assert.False(UniformSphere.ReduceOnSphere(UniformSphere.ReduceOnSphere(5 * pairing - p2, 0, 3), 3, 3).IsZero);
        Assert.True(UniformSphere.ReduceOnSphere(UniformSphere.ReduceOnSphere(25 * pairing - p2, 0, 3), 3, 3).IsZero);
    }
}
