using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class UniformSphereTests
{
    [Property]
    public Property Moment_OfOneCoordinate_IsTheMomentOfMuD() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 12) from k in Gen.Choose(0, 14) select (d, k)), t =>
        {
            // Oracle: SphereMarginal (the law of x₁), an independent formula.
            var (d, k) = t;
            var e = new int[d];
            e[0] = k;
            Assert.Equal(SphereMarginal.Moment(d, k), UniformSphere.Moment(e));
        });

    [Property]
    public Property Expect_PowerOfTheSquaredNorm_IsOne() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 5) from m in Gen.Choose(0, 4) select (d, m)), t =>
        {
            // Invariant: |x|² = 1 on the sphere, so E[(x_1² + … + x_d²)^m] = 1.
            var (d, m) = t;
            var norm = SeparableBasis.Inner(d, 0, 0, d) * MultivariatePolynomial.Constant(d, Rational.Half);
            var power = MultivariatePolynomial.Constant(d, 1);
            for (int i = 0; i < m; i++) power *= 2 * norm;
            Assert.Equal(Rational.One, UniformSphere.Expect(power, 0, d).Evaluate(new Rational[d]));
        });

    [Fact]
    public void Moment_Circle_MatchesTheTrigonometricIntegral()
    {
        // On S¹: E[cos²θ sin²θ] = 1/8, E[cos⁴θ] = 3/8 (constant terms of the Fourier expansions).
        Assert.Equal(Rational.Create(1, 8), UniformSphere.Moment([2, 2]));
        Assert.Equal(Rational.Create(3, 8), UniformSphere.Moment([4, 0]));
        Assert.Equal(Rational.Zero, UniformSphere.Moment([3, 1]));
    }

    [Property(MaxTest = 30)]
    public Property ReduceOnSphere_KeepsValuesOnTheSphere_AndLowersTheFirstDegree() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 4) from seed in Gen.Choose(0, 10000) select (d, seed)), t =>
        {
            // Oracle: the polynomial evaluated at exact rational points of the sphere, before and after the reduction.
            var (d, seed) = t;
            var random = new Random(seed);
            var p = MultivariatePolynomial.FromTerms(d, Enumerable.Range(0, 6).Select(_ =>
                (Enumerable.Range(0, d).Select(_ => random.Next(0, 4)).ToArray(), Rational.Create(random.Next(-5, 6), random.Next(1, 4)))));
            var r = UniformSphere.ReduceOnSphere(p, 0, d);
            Assert.All(r.Terms, term => Assert.True(term.Exponents[0] <= 1));
            for (int i = 0; i < 4; i++)
            {
                var x = UniformSphere.RandomPoint(random, d);
                Assert.Equal(p.Evaluate(x), r.Evaluate(x));
            }
        });

    [Fact]
    public void ReduceOnSphere_NormMinusOne_IsZero()
    {
        var p = SeparableBasis.Inner(3, 0, 0, 3) - MultivariatePolynomial.Constant(3, 1);
        Assert.True(UniformSphere.ReduceOnSphere(p, 0, 3).IsZero);
    }

    [Property]
    public Property RandomPoint_IsOnTheSphere() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 8) from seed in Gen.Choose(0, 10000) select (d, seed)), t =>
        {
            var x = UniformSphere.RandomPoint(new Random(t.seed), t.d);
            Assert.Equal(t.d, x.Length);
            Assert.Equal(Rational.One, x.Aggregate(Rational.Zero, (s, v) => s + v * v));
        });

    [Fact]
    public void Moment_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => UniformSphere.Moment([2]));
        Assert.Throws<ArgumentException>(() => UniformSphere.Moment([2, -1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => UniformSphere.Expect(MultivariatePolynomial.Constant(3, 1), 2, 2));
    }
}
