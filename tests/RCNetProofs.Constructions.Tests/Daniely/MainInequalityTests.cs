using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class MainInequalityTests
{
    private static Rational[] Zeros(int n) => new Rational[n];

    [Fact]
    public void DistanceSquared_NoSeparableTerms_IsTheNormOfF()
    {
        // Oracle: orthonormality of √N P_i in L²(μ_d), F = 2P_0 − P_1 + 3P_2 in d = 3: 4 + 1/3 + 9/5.
        var t = new LowerBoundInstance(3, 1, [2, -1, 3], []);
        Assert.Equal(4 + Rational.Create(1, 3) + Rational.Create(9, 5), MainInequality.DistanceSquared(t));
        Assert.Equal(Rational.Create(1, 3) + Rational.Create(9, 5), MainInequality.ProjectionNormSquared(t));
    }

    [Fact]
    public void DistanceSquared_ConstantSeparableTerm_SubtractsTheMean()
    {
        // g = c·P_0⊗P_0 = c: ‖F − c‖² = ‖F‖² − 2c·a_0 + c²; ‖g‖² = c².
        Rational[] e1 = [1, 0, 0];
        var b = Zeros(9); b[0] = 5;
        var t = new LowerBoundInstance(3, 2, [2, -1, 3], [(e1, e1, b)]);
        Assert.Equal(4 + Rational.Create(1, 3) + Rational.Create(9, 5) - 20 + 25, MainInequality.DistanceSquared(t));
        Assert.Equal((Rational)25, MainInequality.NormSquared(t, 0));
    }

    [Fact]
    public void NormSquared_ProductOfZonals_IsOneOverNN()
    {
        // ‖P_a(⟨v, x⟩)P_b(⟨v′, x′⟩)‖² = 1/(N_a N_b) for unit v, v′ (d = 4, a = 1, b = 2: 1/(4·9)).
        var random = new Random(3);
        var b = Zeros(9); b[1 * 3 + 2] = 1;
        var t = new LowerBoundInstance(4, 1, [0, 0, 1], [(UniformSphere.RandomPoint(random, 4), UniformSphere.RandomPoint(random, 4), b)]);
        Assert.Equal(Rational.Create(1, 36), MainInequality.NormSquared(t, 0));
    }

    [Property(MaxTest = 15)]
    public Property DistanceSquared_IsAtLeastTheRightSide_AndNonNegative() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 3) from r in Gen.Choose(1, 2) from seed in Gen.Choose(0, 10000) select (d, r, seed)), t =>
        {
            // Invariants: a squared norm is ≥ 0; the theorem holds; the squared norm expands bilinearly in g.
            var inst = LowerBoundInstance.Random(new Random(t.seed), t.d, 1, 2, t.r);
            var lhs = MainInequality.DistanceSquared(inst);
            Assert.True(lhs.Sign >= 0);
            Assert.True(lhs >= MainInequality.RightSideUpper(inst));
            var g2 = Enumerable.Range(0, inst.G.Count).Aggregate(Rational.Zero, (s, j) => s + MainInequality.NormSquared(inst, j));
            Assert.True(g2.Sign >= 0);
        });

    [Fact]
    public void RightSideUpper_NoSeparableTerms_IsTheProjectionNorm()
    {
        var t = new LowerBoundInstance(3, 2, [2, -1, 3], []);
        // With no g_j the right side is ‖P_nF‖² = 9/5 (n = 2 keeps a_2 = 3 only); the upper end rounds up to 12 decimals.
        var upper = MainInequality.RightSideUpper(t);
        var exact = MainInequality.ProjectionNormSquared(t);
        Assert.Equal(Rational.Create(9, 5), exact);
        Assert.InRange(upper - exact, Rational.Zero, Rational.Create(1, 1_000_000_000_000));
    }
}
