using System.Numerics;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class NetworkClaimTests
{
    private readonly ProofScript _script = new("n.csx");

    private NetworkClaim About(Network network, string id = "A/n=1") => _script.Claim(id, "s", "t").Network(network);

    /// <summary>The tent map by cases, independent of the ReLU construction.</summary>
    private static Rational Tent(Rational x) => x < 0 || x > 1 ? 0 : x <= Rational.Half ? 2 * x : 2 - 2 * x;

    [Theory]
    [InlineData(3, 4, VerdictKind.Proved)]
    [InlineData(3, 3, VerdictKind.Refuted)]
    [InlineData(2, 4, VerdictKind.Refuted)]
    public void InClass_SawtoothOfDepthFour_MeasuredAgainstTheClass(int width, int depth, VerdictKind kind)
    {
        About(Sawtooth.Build(4)).InClass(width, depth);

        var outcome = Checks.Outcome(_script);

        Assert.Equal(kind, outcome.Verdict.Kind);
        Assert.Equal($"NN{{{width}, {depth}; R^1 → R^1}}", outcome.Verdict.Claim.Quantities["class"]);
        Assert.NotNull(outcome.Evidence?.Network);
    }

    [Fact]
    public void InClass_ClassWithOtherConvention_ThrowsWhenStated() =>
        Assert.Throws<ArgumentException>(() => About(Triangle.Build()).InClass(new NetworkClass(3, 2, 1, 1, DepthConvention.AffineLayers)));

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(11)]
    public void PiecesAndBreakpoints_Sawtooth_AreTwoToTheLAndTwoToTheLPlusOne(int L)
    {
        About(Sawtooth.Build(L), "A/n=1").Pieces(on: (0, 1)).Exactly(BigInteger.Pow(2, L));
        About(Sawtooth.Build(L), "A/n=2").Breakpoints(on: (-1, 2)).Exactly(BigInteger.Pow(2, L) + 1);
        About(Sawtooth.Build(L), "A/n=3").Pieces(on: (0, 1)).Exactly(BigInteger.Pow(2, L) + 1);

        Assert.Equal(VerdictKind.Proved, Checks.Verdict(_script, 0).Kind);
        Assert.Equal(VerdictKind.Proved, Checks.Verdict(_script, 1).Kind);
        Assert.Equal(VerdictKind.Refuted, Checks.Verdict(_script, 2).Kind);
    }

    [Fact]
    public void Pieces_BudgetTooSmall_IsUnknownNotAGuess()
    {
        About(Sawtooth.Build(10)).Pieces(on: (0, 1)).Exactly(1024);

        var verdict = Checks.Verdict(_script, budget: 10);

        Assert.Equal(VerdictKind.Unknown, verdict.Kind);
        Assert.Contains("piece budget", verdict.Message);
    }

    [Fact]
    public void Pieces_TokenCancelled_IsUnknownWithTimeLimit()
    {
        About(Sawtooth.Build(30)).Pieces(on: (0, 1)).Exactly(1);

        var verdict = Checks.Outcome(_script, budget: long.MaxValue, cancellation: new CancellationToken(canceled: true)).Verdict;

        Assert.Equal(VerdictKind.Unknown, verdict.Kind);
        Assert.Contains("time limit", verdict.Message);
    }

    [Fact]
    public void SizeCounts_MeasuredFromTheLayers()
    {
        About(Sawtooth.Build(4), "A/n=1").Neurons().Exactly(12);
        About(Sawtooth.Build(4), "A/n=2").Parameters().Exactly(12 * 4 - 2);
        About(Triangle.Build(), "A/n=3").NonZeros().Exactly(8);
        About(Triangle.Build(), "A/n=4").Count("output width", n => n.OutputDimension).Exactly(2);

        Assert.Equal([VerdictKind.Proved, VerdictKind.Proved, VerdictKind.Proved, VerdictKind.Refuted],
            Enumerable.Range(0, 4).Select(i => Checks.Verdict(_script, i).Kind));
    }

    [Fact]
    public void Matches_SampledWhenEqualRefutedAtTheFirstBadPoint()
    {
        var points = Enumerable.Range(0, 65).Select(k => Rational.Create(k, 64)).ToArray();
        About(Sawtooth.Build(3), "A/n=1").Matches(x => Tent(Tent(Tent(x))), at: points);
        About(Sawtooth.Build(3), "A/n=2").Matches(x => Tent(Tent(x)), at: points);
        About(Sawtooth.Build(3), "A/n=3").Matches(x => Tent(Tent(x)), at: points, within: 1);

        Assert.Equal(VerdictKind.Sampled, Checks.Verdict(_script, 0).Kind);
        var refuted = Checks.Verdict(_script, 1);
        Assert.Equal(VerdictKind.Refuted, refuted.Kind);
        var x = refuted.Witness!.X[0];
        Assert.Equal(Tent(Tent(Tent(x))), refuted.Witness.NetworkValue);
        Assert.NotEqual(Tent(Tent(Tent(x))), Tent(Tent(x)));
        Assert.Equal(VerdictKind.Sampled, Checks.Verdict(_script, 2).Kind);
    }

    [Fact]
    public void MatchesEverywhere_VectorNetworkOnFiniteDomain_IsProved()
    {
        // x₁ + x₂ on {0, 1}², as an affine network.
        var sum = NetworkCalculus.Affine(new Rational[,] { { 1, 1 } });
        Rational[][] cube = [[0, 0], [0, 1], [1, 0], [1, 1]];
        About(sum, "A/n=1").MatchesEverywhere(x => x[0] + x[1], on: cube);
        About(sum, "A/n=2").Matches(x => x[0] + x[1], at: cube);

        Assert.Equal(VerdictKind.Proved, Checks.Verdict(_script, 0).Kind);
        Assert.Equal(VerdictKind.Sampled, Checks.Verdict(_script, 1).Kind);
    }

    [Fact]
    public void PointsAreGeneratedWhenTheCheckRuns()
    {
        int generated = 0;
        IEnumerable<Rational> Points() { generated++; yield return Rational.Zero; }
        About(Triangle.Build()).Matches(Tent, at: Points());

        Assert.Equal(0, generated);
        Checks.Verdict(_script);
        Assert.Equal(1, generated);
    }

    [Fact]
    public void MalformedStatements_ThrowWhenStated()
    {
        var vector = NetworkCalculus.Affine(new Rational[,] { { 1, 1 } });
        Assert.Throws<ArgumentException>(() => About(vector, "A/n=1").Pieces(on: (0, 1)));
        Assert.Throws<ArgumentException>(() => About(vector, "A/n=2").Distance("x", on: (0, 1)));
        Assert.Throws<ArgumentException>(() => About(Triangle.Build(), "A/n=3").Distance("x", on: (1, 1)));
        Assert.Throws<ArgumentException>(() => About(Triangle.Build(), "A/n=4").Matches(Tent, at: [Rational.Zero], within: -1));
        Assert.Throws<Kernel.Targets.TargetParseException>(() => About(Triangle.Build(), "A/n=5").Distance("x^", on: (0, 1)));
    }

    [Fact]
    public void EqualsNetwork_ShallowAndDeepSawtooth_ProvedOnTheUnitIntervalRefutedBeyond()
    {
        About(Sawtooth.Build(3), "A/n=1").EqualsNetwork(ShallowSawtooth.Build(3), on: (0, 1));
        About(Sawtooth.Build(3), "A/n=2").EqualsNetwork(Sawtooth.Build(2), on: (0, 1));

        var proved = Checks.Outcome(_script, 0);
        var refuted = Checks.Verdict(_script, 1);

        Assert.Equal(VerdictKind.Proved, proved.Verdict.Kind);
        Assert.Equal((Rational)0, proved.Evidence!.From);
        Assert.Equal("[0, 1]", proved.Verdict.Claim.Quantities["interval"]);
        Assert.Equal(VerdictKind.Refuted, refuted.Kind);
        var x = refuted.Witness!.X[0];
        // Oracle: the tent map iterated by cases.
        Assert.Equal(Tent(Tent(Tent(x))), refuted.Witness.NetworkValue);
        Assert.Equal(Tent(Tent(x)), refuted.Witness.TargetValue);
    }

    [Fact]
    public void EqualsNetwork_TwoInputNetworkOrEmptyInterval_ThrowsWhenStated()
    {
        var vector = NetworkCalculus.Affine(new Rational[,] { { 1, 1 } });
        Assert.Throws<ArgumentException>(() => About(Triangle.Build(), "A/n=1").EqualsNetwork(vector, on: (0, 1)));
        Assert.Throws<ArgumentException>(() => About(vector, "A/n=2").EqualsNetwork(Triangle.Build(), on: (0, 1)));
        Assert.Throws<ArgumentException>(() => About(Triangle.Build(), "A/n=3").EqualsNetwork(Triangle.Build(), on: (1, 0)));
    }

    [Theory]
    [InlineData(6, VerdictKind.Proved)]
    [InlineData(5, VerdictKind.Refuted)]
    public void Compositions_SawtoothOfDepthSix_CountedByTheKernel(int stated, VerdictKind kind)
    {
        var identity = NetworkCalculus.Identity(1);
        About(Sawtooth.Build(6)).Compositions(identity, Triangle.Build(), identity, stated);

        var verdict = Checks.Verdict(_script, 0);

        Assert.Equal(kind, verdict.Kind);
        Assert.Equal("6", verdict.Measured);
    }

    [Theory]
    [InlineData(1, 2, VerdictKind.Proved)]
    [InlineData(1, 4, VerdictKind.Refuted)]
    public void ConstantOn_ClipOutsideItsRange_ConstantWithTheGapAtTheEnds(int numerator, int denominator, VerdictKind kind)
    {
        // clip to [−1, 1] is −1 on [−3, −2] and 1 on [2, 3]; f(x) = x/4 ranges over [−3/4, −1/2] and [1/2, 3/4] there, so the
        // largest gap is 1/2, at x = −2 and x = 2
        var within = Rational.Create(numerator, denominator);
        About(RCNetProofs.Constructions.RCNets.Clip.Build(1))
            .ConstantOn(() => [Box.Cube(1, -3, -2), Box.Cube(1, 2, 3)], "x/4", within);

        var verdict = Checks.Verdict(_script, 0);

        Assert.Equal(kind, verdict.Kind);
        if (kind == VerdictKind.Proved) Assert.Equal(Rational.Half.ToString(), verdict.Measured);
        else Assert.Equal(Rational.Half, verdict.Witness!.Gap);
    }

    [Fact]
    public void ConstantOn_NegativeBound_ThrowsWhenStated() =>
        Assert.Throws<ArgumentException>(() => About(Triangle.Build()).ConstantOn(() => [], "x", -1));

    [Fact]
    public void ConstantOn_MalformedTarget_ThrowsWhenStated() =>
        Assert.Throws<TargetParseException>(() => About(Triangle.Build()).ConstantOn(() => [], "sin(x)", 1));

    [Fact]
    public void ConstantOn_LipschitzTarget_IsDecidedByTheKernelEnclosure()
    {
        // clip is 1 on [2, 3]; f(x) = x/4 given as 1/4-Lipschitz is enclosed by 5/8 ± 1/8 there: gap ≤ 1/2
        About(RCNetProofs.Constructions.RCNets.Clip.Build(1))
            .ConstantOn(() => [Box.Cube(1, 2, 3)], new LipschitzTarget("x/4", x => x / 4, Rational.Create(1, 4)), Rational.Half);

        var verdict = Checks.Verdict(_script, 0);

        Assert.Equal(VerdictKind.Proved, verdict.Kind);
        Assert.Equal(Rational.Half.ToString(), verdict.Measured);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(54)]
    public void FloatAgrees_SawtoothAtOneThird_MeasuresTheErrorTwoToTheLMinus54OverThree(int L)
    {
        // fl(1/3) = 1/3 − 2^−54/3 and the tent-map steps are exact in double on the orbit, so the error doubles per layer.
        var error = Rational.Pow(2, L - 54) / 3;
        About(Sawtooth.Build(L), "A/n=1").FloatAgrees([Rational.Create(1, 3)], within: error);
        About(Sawtooth.Build(L), "A/n=2").FloatAgrees([Rational.Create(1, 3)], within: error - Rational.Pow(2, -200));

        var holds = Checks.Verdict(_script, 0);
        var fails = Checks.Verdict(_script, 1);

        Assert.Equal(VerdictKind.Sampled, holds.Kind);
        Assert.Equal(error.ToString(), holds.Measured);
        Assert.Equal(VerdictKind.Refuted, fails.Kind);
        Assert.Equal(error, fails.Witness!.Gap);
    }

    [Fact]
    public void FloatAgrees_SawtoothAt55_RefutedWithTheExactValueAndTheDoubleResult()
    {
        About(Sawtooth.Build(55)).FloatAgrees([Rational.Create(1, 5), Rational.Create(1, 3)], within: Rational.Half);

        var verdict = Checks.Verdict(_script, 0);

        Assert.Equal(VerdictKind.Refuted, verdict.Kind);
        var w = verdict.Witness!;
        Assert.Equal(Rational.Create(1, 3), w.X[0]);
        Assert.Equal(Rational.Create(2, 3), w.NetworkValue);
        // The double result is a dyadic (here 0 or 4/3), 2/3 away from the exact value.
        Assert.True(w.TargetValue.Denominator.IsPowerOfTwo);
        Assert.Equal(Rational.Create(2, 3), w.Gap);
    }

    [Fact]
    public void FloatAgrees_DyadicInputsWithFewBits_AreExactInDoubleAtAnyDepth()
    {
        var grid = Enumerable.Range(0, 65).Select(k => Rational.Create(k, 64));
        About(Sawtooth.Build(60)).FloatAgrees(grid, within: Rational.Zero);

        var verdict = Checks.Verdict(_script, 0);

        Assert.Equal(VerdictKind.Sampled, verdict.Kind);
        Assert.Equal("0", verdict.Measured);
        Assert.Equal("0", verdict.Claim.Quantities["within"]);
    }

    [Fact]
    public void FloatAgrees_PointsOfRd_ComparesTheOneOutput()
    {
        // (x, y) ↦ x/3 + y with y = 1/3 non-dyadic: double carries the rounding of fl(1/3) and of the product.
        var net = new Network(2, [AffineLayer.Dense([[Rational.Create(1, 3), Rational.One]], [Rational.Zero], Activation.Identity)]);
        IReadOnlyList<Rational>[] points = [[Rational.One, Rational.Create(1, 3)], [Rational.Create(1, 2), Rational.Zero]];
        About(net, "A/n=1").FloatAgrees(points, within: Rational.Pow(2, -50));
        About(net, "A/n=2").FloatAgrees(points, within: Rational.Zero);

        Assert.Equal(VerdictKind.Sampled, Checks.Verdict(_script, 0).Kind);
        var exact = Checks.Verdict(_script, 1);
        Assert.Equal(VerdictKind.Refuted, exact.Kind);
        Assert.Equal(Rational.One, exact.Witness!.X[0]);
    }

    [Fact]
    public void FloatAgrees_BadArguments_ThrowWhenStated()
    {
        var twoOutputs = new Network(1, [AffineLayer.Dense([[Rational.One], [Rational.One]], [Rational.Zero, Rational.Zero], Activation.Identity)]);
        var twoInputs = new Network(2, [AffineLayer.Dense([[Rational.One, Rational.One]], [Rational.Zero], Activation.Identity)]);
        Assert.Throws<ArgumentException>(() => About(Triangle.Build(), "A/n=1").FloatAgrees([Rational.Half], within: -1));
        Assert.Throws<ArgumentException>(() => About(twoOutputs, "A/n=2").FloatAgrees([Rational.Half], within: 0));
        Assert.Throws<ArgumentException>(() => About(twoInputs, "A/n=3").FloatAgrees([Rational.Half], within: 0));
        Assert.Throws<ArgumentException>(() => About(twoOutputs, "A/n=4").FloatWithinRoundingBound([Rational.Half]));
    }

    [Fact]
    public void FloatAgrees_NonFiniteDoubleResult_IsUnknown()
    {
        // 2^600 · 2^600 x overflows in double at x = 1; the exact value is finite.
        var big = Rational.Pow(2, 600);
        var net = new Network(1, [AffineLayer.Dense([[big]], [Rational.Zero], Activation.Relu), AffineLayer.Dense([[big]], [Rational.Zero], Activation.Identity)]);
        About(net).FloatAgrees([Rational.One], within: Rational.One);

        var verdict = Checks.Verdict(_script, 0);

        Assert.Equal(VerdictKind.Unknown, verdict.Kind);
        Assert.Contains("not finite", verdict.Message);
    }

    [Fact]
    public void FloatWithinRoundingBound_SawtoothBeyondItsBreakdown_StillWithinTheBound()
    {
        IEnumerable<Rational> sample = [Rational.Create(1, 3), Rational.Create(2, 7), Rational.Create(344, 641)];
        About(Sawtooth.Build(60)).FloatWithinRoundingBound(sample);

        var verdict = Checks.Verdict(_script, 0);

        Assert.Equal(VerdictKind.Sampled, verdict.Kind);
        Assert.True(Rational.Parse(verdict.Measured!) > Rational.Half);
        Assert.True(Rational.Parse(verdict.Bound!) >= Rational.Parse(verdict.Measured!));
    }

    [Fact]
    public void FloatWithinRoundingBound_WhereTheBoundDoesNotExist_IsUnknown()
    {
        // h1 − h2 with h1 = h2 = 2^1022 x: the double result 0 is finite, but a partial sum may reach 2^1023, so no bound.
        var big = Rational.Pow(2, 1022);
        var net = new Network(1, [AffineLayer.Dense([[big], [big]], [Rational.Zero, Rational.Zero], Activation.Relu),
            AffineLayer.Dense([[Rational.One, -Rational.One]], [Rational.Zero], Activation.Identity)]);
        About(net).FloatWithinRoundingBound([Rational.One]);

        var verdict = Checks.Verdict(_script, 0);

        Assert.Equal(VerdictKind.Unknown, verdict.Kind);
        Assert.Contains("no a-priori bound", verdict.Message);
    }
}
