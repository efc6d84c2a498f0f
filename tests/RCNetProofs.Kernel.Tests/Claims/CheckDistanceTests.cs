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
}
