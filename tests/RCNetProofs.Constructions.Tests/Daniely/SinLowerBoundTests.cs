using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class SinLowerBoundTests
{
    [Property(MaxTest = 25)]
    public Property Taylor_AtRationalPoints_AgreesWithDoubleSineWithinEta() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 30) from m in Gen.Choose(1, 4) from p in Gen.Choose(-64, 64) select (d, m, Rational.Create(p, 64))), t =>
        {
            // Oracle: Math.Sin in double, trusted only to 1e-9 here; η is far below that.
            var (d, m, x) = t;
            var (poly, eta) = SinLowerBound.Taylor(d, m);
            Assert.True(eta < Rational.Create(1, 1L << 39));
            var expected = Math.Sin(Math.PI * Math.Sqrt(d) * m * x.ToDouble());
            Assert.True(Math.Abs(poly.Evaluate(x).ToDouble() - expected) < 1e-9);
        });

    [Fact]
    public void Taylor_IsOdd()
    {
        var (t, _) = SinLowerBound.Taylor(3, 2);
        Assert.All(Enumerable.Range(0, t.Degree / 2 + 1), k => Assert.True(t[2 * k].IsZero));
    }

    [Theory]
    [InlineData(2, 1, 0, 0.5308006470478545)] [InlineData(2, 2, 1, 0.39560896093741377)] [InlineData(3, 3, 2, 0.4786926562398763)]
    [InlineData(9, 2, 1, 0.49997263234776423)] [InlineData(25, 1, 0, 0.5000000931566707)]
    public void MinimumLowerBound_MatchesIndependentQuadrature(int d, int m, int k, double quadrature)
    {
        // Oracle: min_p ∫(s − p)² dμ_d computed by numerical quadrature (mpmath, 30 digits) outside the project.
        var bound = SinLowerBound.MinimumLowerBound(d, m, k).ToDouble();
        Assert.InRange(bound, quadrature - 1e-8, quadrature);
    }

    [Property(MaxTest = 20)]
    public Property LowerBound_AnyPolynomial_IsAtLeastTheMinimum() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 6) from m in Gen.Choose(1, 3)
                 from c in Gen.ArrayOf(from p in Gen.Choose(-20, 20) select Rational.Create(p, 8), 3) select (d, m, c)), t =>
        {
            // Invariant: no polynomial of degree ≤ 2 does better than the certified minimum (up to the enclosure slack).
            var (d, m, c) = t;
            var p = Polynomial.FromCoefficients(c);
            var min = SinLowerBound.MinimumLowerBound(d, m, 2);
            Assert.True(SinLowerBound.LowerBound(d, m, p) >= min - Rational.Create(1, 1L << 30));
        });

    [Fact]
    public void BoundUpper_EnclosesTheConstant()
    {
        var b = SinLowerBound.BoundUpper(3, 1).ToDouble();
        Assert.InRange(b - 2.0 / 3 / (4 * Math.E * Math.PI), -1e-16, 1e-12);
        Assert.True(SinLowerBound.BoundUpper(2, 3).Sign < 0);
        Assert.Equal(Rational.Zero, SinLowerBound.BoundUpper(2, 2));
    }
}
