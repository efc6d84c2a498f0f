using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

public class DistanceTests
{
    private static PiecewisePolynomial T(string f, Rational a, Rational b) => PiecewisePolynomial.Restrict(TargetParser.Parse(f), a, b);

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(6)] [InlineData(9)]
    public void Sup_YarotskySquareAgainstXSquared_IsFourToTheMinusMPlusOne(int m)
    {
        var r = Distance.Sup(TestNetworks.YarotskySquare(m), T("x^2", 0, 1));
        Assert.True(r.Enumeration.Complete);
        Assert.Equal(Rational.Pow(4, -(m + 1)), r.Exact);
        // the error peaks at the midpoints of the grid cells k/2^m
        var twice = r.ArgMax * Rational.Pow(2, m + 1);
        Assert.True(twice.IsInteger && !(twice.FloorToInteger().IsEven));
    }

    [Theory]
    [InlineData(1)] [InlineData(4)] [InlineData(7)]
    public void Lp_YarotskySquare_MatchesTheCellFormula(int m)
    {
        // On a cell of length δ = 2^-m the error is (x − a)(a + δ − x): ∫ = δ³/6 (p = 1) and δ⁵/30 (p = 2), 2^m cells.
        var delta = Rational.Pow(2, -m);
        var net = TestNetworks.YarotskySquare(m);
        Assert.Equal(Rational.Pow(delta, 2) / 6, Distance.Lp(net, T("x^2", 0, 1), 1).Exact);
        Assert.Equal(Rational.Pow(delta, 4) / 30, Distance.Lp(net, T("x^2", 0, 1), 2).Exact);
    }

    [Fact]
    public void AbsAgainstShiftedAbs_HandComputedValues()
    {
        var net = TestNetworks.Abs();
        var f = T("abs(x - 1/3)", -1, 1);
        var sup = Distance.Sup(net, f);
        Assert.Equal(Rational.Create(1, 3), sup.Exact);
        Assert.Equal(Rational.Create(11, 18), Distance.Lp(net, f, 1).Exact);
        // ∫ on [−1,0]: 1/9; on [0,1/3]: ∫(2x − 1/3)² = 1/81; on [1/3,1]: 2/27
        Assert.Equal(Rational.Create(1, 9) + Rational.Create(1, 81) + Rational.Create(2, 27), Distance.Lp(net, f, 2).Exact);
    }

    [Fact]
    public void L1_WithIrrationalRoot_GivesATightEnclosureOfSqrt2Over3MinusOneSixth()
    {
        var r = Distance.Lp(TestNetworks.Zero(), T("x^2 - 1/2", 0, 1), 1);
        Assert.Null(r.Exact);
        Assert.True(r.High - r.Low < Rational.Pow(2, -50));
        // value = √2/3 − 1/6, so 3(value + 1/6) = √2
        var lo = 3 * (r.Low + Rational.Create(1, 6)); var hi = 3 * (r.High + Rational.Create(1, 6));
        Assert.True(lo * lo <= 2 && 2 <= hi * hi);
    }

    [Fact]
    public void Sup_WithIrrationalCriticalPoint_EnclosesTwoOverThreeRootThree()
    {
        var r = Distance.Sup(TestNetworks.Zero(), T("x^3 - x", 0, 1));
        Assert.Null(r.Exact);
        Assert.True(r.High - r.Low < Rational.Pow(2, -50));
        Assert.True(r.Low * r.Low <= Rational.Create(4, 27) && Rational.Create(4, 27) <= r.High * r.High);
        // the witness point really attains Low
        Assert.Equal(r.Low, Rational.Abs(r.ArgMax * r.ArgMax * r.ArgMax - r.ArgMax));
    }

    [Fact]
    public void Sup_AgreesWithBruteForceOnAFineGrid_ForThePiecewiseLinearCase()
    {
        // N − f is piecewise linear here, so the supremum is attained on the union of breakpoints, all on the 1/64 grid
        var net = TestNetworks.Sawtooth(3);
        var f = T("max(x, 1 - x)", 0, 1);
        Rational best = Rational.Zero;
        for (int k = 0; k <= 96; k++)
        {
            var x = Rational.Create(k, 96);
            best = Rational.Max(best, Rational.Abs(net.Evaluate(x)[0] - Rational.Max(x, 1 - x)));
        }
        Assert.Equal(best, Distance.Sup(net, f).Exact);
    }

    [Fact]
    public void Budget_MakesTheResultIncomplete()
    {
        var r = Distance.Sup(TestNetworks.Sawtooth(30), T("x", 0, 1), budget: 4096);
        Assert.False(r.Enumeration.Complete);
        Assert.Null(r.Exact);
    }

    [Fact]
    public void NonScalarNetwork_IsRejected() =>
        Assert.Throws<ArgumentException>(() => Distance.Sup(TestNetworks.Max2(), T("x", 0, 1)));
}
