using FsCheck;
using Check = RCNetProofs.Kernel.Claims.Check;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Claims;

public class CheckDistanceTests
{
    private static Claim C(VerdictKind expected = VerdictKind.Proved) => new("YAR-SQ/m=6", "test", "test", expected);
    private static readonly TargetExpression X2 = TargetParser.Parse("x^2");

    [Fact]
    public void ExactBound_IsProved()
    {
        var (v, o) = Check.Distance(C(), TestNetworks.YarotskySquare(6), X2, 0, 1, Norm.Sup, Rational.Pow(4, -7));
        Assert.Equal(VerdictKind.Proved, v.Kind);
        Assert.Equal("1/16384", v.Measured);
        Assert.Equal(64, o!.Pieces);
    }

    [Fact]
    public void BoundLoweredBy2ToTheMinus40_IsRefutedWithAReEvaluatedWitness()
    {
        var bound = Rational.Pow(4, -7) - Rational.Pow(2, -40);
        var (v, _) = Check.Distance(C(), TestNetworks.YarotskySquare(6), X2, 0, 1, Norm.Sup, bound);
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.True(v.Unexpected);
        var w = v.Witness!;
        var x = w.X[0];
        // independent re-evaluation: the network at x and x² differ by more than the bound
        var n = TestNetworks.YarotskySquare(6).Evaluate(x)[0];
        Assert.Equal(n, w.NetworkValue);
        Assert.Equal(x * x, w.TargetValue);
        Assert.True(Rational.Abs(n - x * x) > bound);
    }

    [Fact]
    public void L2BoundLowered_IsRefutedWithRecomputedIntegral()
    {
        var exact = Rational.Pow(2, -24) / 30; // δ⁴/30 with δ = 2^-6
        var (v, _) = Check.Distance(C(), TestNetworks.YarotskySquare(6), X2, 0, 1, Norm.L2, exact - Rational.Pow(2, -80));
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Equal(exact, v.Witness!.NetworkValue);
        Assert.Equal(VerdictKind.Proved, Check.Distance(C(), TestNetworks.YarotskySquare(6), X2, 0, 1, Norm.L2, exact).Verdict.Kind);
    }

    [Fact]
    public void BudgetExhausted_IsUnknownWithTheCountReached()
    {
        var (v, o) = Check.Distance(C(VerdictKind.Unknown), TestNetworks.Sawtooth(40), TargetParser.Parse("x"), 0, 1, Norm.Sup, null, budget: 5000);
        Assert.Equal(VerdictKind.Unknown, v.Kind);
        Assert.Contains("5000 pieces", v.Message);
        Assert.Null(o);
    }

    [Fact]
    public void IrrationalSplitPointInTarget_IsUnknown()
    {
        var (v, _) = Check.Distance(C(VerdictKind.Unknown), TestNetworks.Abs(), TargetParser.Parse("abs(x^2 - 2)"), 0, 2, Norm.Sup, null);
        Assert.Equal(VerdictKind.Unknown, v.Kind);
        Assert.StartsWith("Target:", v.Message);
    }

    [Fact]
    public void EnclosureStraddlingTheBound_IsUnknown()
    {
        // ∫|x² − 1/2| on [0,1] = √2/3 − 1/6 ≈ 0.30474; no rational equals it, so a bound inside the enclosure cannot be decided
        var zero = TestNetworks.Zero();
        var (probe, _) = Check.Distance(C(), zero, TargetParser.Parse("x^2 - 1/2"), 0, 1, Norm.L1, null);
        var lo = Rational.Parse(probe.MeasuredLow!); var hi = Rational.Parse(probe.MeasuredHigh!);
        var (v, _) = Check.Distance(C(VerdictKind.Unknown), zero, TargetParser.Parse("x^2 - 1/2"), 0, 1, Norm.L1, (lo + hi) / 2);
        Assert.Equal(VerdictKind.Unknown, v.Kind);
        Assert.Equal(VerdictKind.Proved, Check.Distance(C(), zero, TargetParser.Parse("x^2 - 1/2"), 0, 1, Norm.L1, hi).Verdict.Kind);
        Assert.Equal(VerdictKind.Refuted, Check.Distance(C(), zero, TargetParser.Parse("x^2 - 1/2"), 0, 1, Norm.L1, lo - Rational.Pow(2, -70)).Verdict.Kind);
    }

    /// <summary>
    /// Mutation property: for random m and a random positive slack, the exact bound is proved and the bound lowered
    /// by the slack is refuted, with a witness whose gap really exceeds the lowered bound.
    /// </summary>
    [Fact]
    public void RandomMutatedBounds_AreRefutedAndExactOnesProved()
    {
        var gen = Gen.Choose(1, 8).Zip(Gen.Choose(20, 60));
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (m, k) = t;
            var net = TestNetworks.YarotskySquare(m);
            var exact = Rational.Pow(4, -(m + 1));
            var proved = Check.Distance(C(), net, X2, 0, 1, Norm.Sup, exact).Verdict;
            var refuted = Check.Distance(C(), net, X2, 0, 1, Norm.Sup, exact - Rational.Pow(2, -k)).Verdict;
            var x = refuted.Witness!.X[0];
            return proved.Kind == VerdictKind.Proved && refuted.Kind == VerdictKind.Refuted
                && Rational.Abs(net.Evaluate(x)[0] - x * x) > exact - Rational.Pow(2, -k);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Δ(⟨2^k x⟩) on [0, 1] as 2^(k+1) linear pieces, from the closed form (not from a network).</summary>
    private static PiecewisePolynomial FractionalTent(int k)
    {
        var pieces = new List<PolynomialPiece>();
        var scale = Rational.Pow(2, k + 1);
        for (int j = 0; j < 1 << (k + 1); j++)
        {
            // On [j, j+1]/2^(k+1): 2^(k+1)·x − j on a rising half (j even), j + 1 − 2^(k+1)·x on a falling one.
            var poly = j % 2 == 0 ? Polynomial.FromCoefficients(-j, scale) : Polynomial.FromCoefficients(j + 1, -scale);
            pieces.Add(new PolynomialPiece(j / scale, (j + 1) / scale, poly));
        }
        return new PiecewisePolynomial(pieces);
    }

    [Theory]
    [InlineData(1)] [InlineData(4)] [InlineData(9)]
    public void PiecewiseTarget_SawtoothAgainstItsClosedForm_IsProvedExactlyZero(int L)
    {
        var (v, o) = Check.Distance(C(), TestNetworks.Sawtooth(L), FractionalTent(L - 1), "Δ(⟨2^(L−1)x⟩)", 0, 1, Norm.Sup, Rational.Zero);

        Assert.Equal(VerdictKind.Proved, v.Kind);
        Assert.Equal("0", v.Measured);
        Assert.Contains("against Δ(⟨2^(L−1)x⟩)", v.Message);
        Assert.True(o!.Pieces >= 1L << L);
    }

    [Fact]
    public void PiecewiseTarget_WrongExponent_IsRefutedWithTheTargetReEvaluatedFromItsPieces()
    {
        // The seed's Δ(⟨2^L x⟩) for L = 3 against Δ^∘3.
        var target = FractionalTent(3);
        var (v, _) = Check.Distance(C(VerdictKind.Refuted), TestNetworks.Sawtooth(3), target, "Δ(⟨8x⟩)", 0, 1, Norm.Sup, Rational.Zero);

        Assert.Equal(VerdictKind.Refuted, v.Kind);
        var w = v.Witness!;
        var x = w.X[0];
        Assert.Equal(TestNetworks.Tent(x, 3), w.NetworkValue);
        Assert.Equal(TestNetworks.Tent(x, 4), w.TargetValue);
        Assert.Equal(Rational.One, w.Gap);
    }

    [Fact]
    public void PiecewiseTarget_SubInterval_MeasuresOnlyThere()
    {
        // |Δ − Δ^∘2| on [0, 1/4] is |2x − 4x| = 2x, largest at 1/4.
        var (v, o) = Check.Distance(C(), TestNetworks.Sawtooth(1), FractionalTent(1), "Δ(⟨2x⟩)", 0, Rational.Create(1, 4), Norm.Sup, null);

        Assert.Equal("1/2", v.Measured);
        Assert.Equal(Rational.Create(1, 4), o!.ArgMax);
    }

    [Fact]
    public void PiecewiseTarget_AgreesWithTheSameTargetAsAnExpression_ForEveryNorm()
    {
        // abs(x − 1/3) as two pieces written out, against the parsed expression.
        var pieces = new PiecewisePolynomial([
            new PolynomialPiece(-1, Rational.Create(1, 3), Polynomial.FromCoefficients(Rational.Create(1, 3), -1)),
            new PolynomialPiece(Rational.Create(1, 3), 2, Polynomial.FromCoefficients(Rational.Create(-1, 3), 1))]);
        var expression = TargetParser.Parse("abs(x - 1/3)");
        foreach (var norm in new[] { Norm.Sup, Norm.L1, Norm.L2 })
        {
            var (a, _) = Check.Distance(C(), TestNetworks.YarotskySquare(3), pieces, "|x − 1/3|", -1, 2, norm, null);
            var (b, _) = Check.Distance(C(), TestNetworks.YarotskySquare(3), expression, -1, 2, norm, null);
            Assert.Equal(b.Kind, a.Kind);
            Assert.Equal(b.Measured, a.Measured);
        }
    }

    [Fact]
    public void PiecewiseTarget_WithAJump_IsRejectedForSupButAcceptedForIntegrals()
    {
        var step = new PiecewisePolynomial([
            new PolynomialPiece(0, Rational.Half, Polynomial.Zero),
            new PolynomialPiece(Rational.Half, 1, Polynomial.One)]);

        var e = Assert.Throws<ArgumentException>(() => Check.Distance(C(), TestNetworks.Zero(), step, "step", 0, 1, Norm.Sup, null));
        Assert.Contains("jumps at x = 1/2", e.Message);
        var (v, _) = Check.Distance(C(), TestNetworks.Zero(), step, "step", 0, 1, Norm.L1, null);
        Assert.Equal("1/2", v.Measured);
        // Away from the jump the supremum is fine.
        Assert.Equal("0", Check.Distance(C(), TestNetworks.Zero(), step, "step", 0, Rational.Create(1, 4), Norm.Sup, null).Verdict.Measured);
    }

    [Fact]
    public void PiecewiseTarget_IntervalOutsideTheDomain_Throws()
    {
        Assert.Throws<ArgumentException>(() => Check.Distance(C(), TestNetworks.Zero(), FractionalTent(1), "t", -1, 1, Norm.Sup, null));
        Assert.Throws<ArgumentException>(() => Check.Distance(C(), TestNetworks.Zero(), FractionalTent(1), "t", Rational.Half, Rational.Half, Norm.Sup, null));
        Assert.Throws<ArgumentException>(() => Check.Distance(C(), TestNetworks.Zero(), FractionalTent(1), " ", 0, 1, Norm.Sup, null));
    }

    /// <summary>
    /// Oracle: h_m and a random continuous piecewise-linear target f (random values at random knots) are both linear
    /// between consecutive points of the grid k/2^m merged with the knots, so sup |h_m − f| is the largest gap at
    /// those points, computed here by hand with f interpolated directly. Invariant: the argmax attains the value.
    /// </summary>
    [Fact]
    public void PiecewiseTarget_RandomLinearInterpolant_SupEqualsTheLargestGapAtGridAndKnots()
    {
        var gen = Gen.Choose(1, 31).ArrayOf(4).Zip(Gen.Choose(-8, 8).ArrayOf(6)).Zip(Gen.Choose(1, 5));
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var ((cuts, values), m) = t;
            var knots = cuts.Select(k => Rational.Create(k, 32)).Append(Rational.Zero).Append(Rational.One).Distinct().Order().ToList();
            var ys = knots.Select((_, i) => Rational.Create(values[i % values.Length], 4)).ToList();
            Rational F(Rational x)
            {
                int i = 0;
                while (knots[i + 1] < x) i++;
                return ys[i] + (ys[i + 1] - ys[i]) * (x - knots[i]) / (knots[i + 1] - knots[i]);
            }
            var pieces = new PiecewisePolynomial(Enumerable.Range(0, knots.Count - 1).Select(i =>
            {
                var slope = (ys[i + 1] - ys[i]) / (knots[i + 1] - knots[i]);
                return new PolynomialPiece(knots[i], knots[i + 1], Polynomial.FromCoefficients(ys[i] - slope * knots[i], slope));
            }));
            var net = TestNetworks.YarotskySquare(m);
            var points = Enumerable.Range(0, (1 << m) + 1).Select(k => Rational.Create(k, 1 << m)).Concat(knots);
            var expected = points.Max(x => Rational.Abs(net.Evaluate(x)[0] - F(x)));
            var (v, o) = Check.Distance(C(), net, pieces, "f", 0, 1, Norm.Sup, null);
            var at = o!.ArgMax!.Value;
            return v.Kind == VerdictKind.Proved && v.Measured == expected.ToString() && Rational.Abs(net.Evaluate(at)[0] - F(at)) == expected;
        }).QuickCheckThrowOnFailure();
    }
}
