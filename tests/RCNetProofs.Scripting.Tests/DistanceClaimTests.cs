using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class DistanceClaimTests
{
    private readonly ProofScript _script = new("d.csx");

    // Yarotsky's h₁(x) = x − Δ(x)/4, whose sup distance to x² on [0, 1] is 1/16 (attained at 1/4 and 3/4).
    private static Kernel.Networks.Network H1() =>
        NetworkCalculus.LinearCombination([(1, NetworkCalculus.Identity(1, depth: 1)), (Rational.Create(-1, 4), Triangle.Build())]);

    [Theory]
    [InlineData("1/16", VerdictKind.Proved)]
    [InlineData("1/17", VerdictKind.Refuted)]
    public void AtMost_SupDistanceOfH1ToSquare_DecidedAtOneSixteenth(string bound, VerdictKind kind)
    {
        _script.Claim("YAR-SQ/m=1", "s", "t").Network(H1()).Distance("x^2", on: (0, 1)).AtMost(bound);

        var outcome = Checks.Outcome(_script);

        Assert.Equal(kind, outcome.Verdict.Kind);
        Assert.Equal("1/16", outcome.Verdict.Measured);
        Assert.Equal(Rational.Parse(bound), outcome.Evidence!.Bound);
        Assert.Equal(Rational.Create(1, 16), outcome.Evidence.Distance!.High);
        Assert.Equal(("x^2", "[0, 1]", "Sup", bound), (outcome.Verdict.Claim.Quantities["target"], outcome.Verdict.Claim.Quantities["interval"],
            outcome.Verdict.Claim.Quantities["norm"], outcome.Verdict.Claim.Quantities["bound"]));
    }

    [Fact]
    public void Measure_NoBound_ProvedWithExactL1Value()
    {
        // ∫₀¹ |x − x²| dx = 1/6 for the identity network.
        _script.Claim("A/n=1", "s", "t").Network(NetworkCalculus.Identity(1, depth: 1)).Distance(_script.Target("x^2"), on: (0, 1), Norm.L1).Measure();

        var outcome = Checks.Outcome(_script);

        Assert.Equal(VerdictKind.Proved, outcome.Verdict.Kind);
        Assert.Equal("1/6", outcome.Verdict.Measured);
        Assert.Null(outcome.Evidence!.Bound);
        Assert.False(outcome.Verdict.Claim.Quantities.ContainsKey("bound"));
    }

    [Fact]
    public void AtMost_BudgetTooSmall_IsUnknownWithoutEvidenceOfADistance()
    {
        _script.Claim("A/n=1", "s", "t").Network(Sawtooth.Build(12)).Distance("0", on: (0, 1)).AtMost(1);

        var outcome = Checks.Outcome(_script, budget: 16);

        Assert.Equal(VerdictKind.Unknown, outcome.Verdict.Kind);
        Assert.Null(outcome.Evidence!.Distance);
    }

    /// <summary>Δ(⟨2^k x⟩) on [0, 1] as 2^(k+1) pieces, from the closed form.</summary>
    private static Kernel.Targets.PiecewisePolynomial FractionalTent(int k)
    {
        var scale = Rational.Pow(2, k + 1);
        return new(Enumerable.Range(0, 1 << (k + 1)).Select(j => new Kernel.Targets.PolynomialPiece(j / scale, (j + 1) / scale,
            j % 2 == 0 ? Kernel.Targets.Polynomial.FromCoefficients(-j, scale) : Kernel.Targets.Polynomial.FromCoefficients(j + 1, -scale))));
    }

    [Theory]
    [InlineData(5, 4, VerdictKind.Proved)]
    [InlineData(5, 5, VerdictKind.Refuted)]
    public void PiecewiseTarget_SawtoothAgainstFractionalTent_ProvedOnlyForTheRightExponent(int L, int k, VerdictKind kind)
    {
        _script.Claim("TEL-FRAC/L=5", "s", "t").Network(Sawtooth.Build(L)).Distance(FractionalTent(k), $"Δ(⟨2^{k}x⟩)", on: (0, 1)).AtMost(0);

        var outcome = Checks.Outcome(_script);

        Assert.Equal(kind, outcome.Verdict.Kind);
        Assert.Equal($"Δ(⟨2^{k}x⟩)", outcome.Verdict.Claim.Quantities["target"]);
        Assert.Null(outcome.Evidence!.Target);
        Assert.NotNull(outcome.Evidence.Distance);
    }

    [Fact]
    public void PiecewiseTarget_Lazy_IsBuiltOnlyWhenTheCheckRuns()
    {
        int built = 0;
        _script.Claim("TEL-FRAC/L=3", "s", "t").Network(Sawtooth.Build(3))
            .Distance(() => { built++; return FractionalTent(2); }, "Δ(⟨4x⟩)", on: (0, 1)).AtMost(0);

        Assert.Equal(0, built);
        Assert.Equal(VerdictKind.Proved, Checks.Verdict(_script).Kind);
        Assert.Equal(1, built);
    }

    [Fact]
    public void PiecewiseTarget_IntervalOutsideTheDomain_ThrowsWhenStated() =>
        Assert.Throws<ArgumentException>(() =>
            _script.Claim("A/n=1", "s", "t").Network(Triangle.Build()).Distance(FractionalTent(0), "Δ", on: (-1, 1)));

    [Fact]
    public void PiecewiseTarget_WithCertificatesAsked_ProvedWithoutACertificate()
    {
        _script.Claim("TEL-FRAC/L=2", "s", "t").Network(Sawtooth.Build(2)).Distance(FractionalTent(1), "Δ(⟨2x⟩)", on: (0, 1)).AtMost(0);

        var outcome = _script.Records[0].Check!(new CheckContext(1 << 20, CancellationToken.None, Certify: true));

        Assert.Equal(VerdictKind.Proved, outcome.Verdict.Kind);
        Assert.Null(outcome.Evidence!.Certificate);
    }
}
