using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class LipschitzApproxTests
{
    /// <summary>Targets with rational values, each with a Lipschitz constant valid on [−R, R] for R ≤ 2.</summary>
    public static TheoryData<string, string, string, string> Targets => new()
    {
        { "x^2", "4", "2", "1/5" },
        { "abs(x - 1/3)", "1", "2", "1/7" },
        { "max(x, 0) - 2*abs(x - 1/2)", "3", "3/2", "1/4" },
        { "x^3/12 - x", "2", "2", "1/10" },
        { "min(x^2, 1/4)", "2", "1", "3/10" },
    };

    private static (LipschitzTarget F, TargetExpression Expr) Target(string text, string l)
    {
        var expr = TargetParser.Parse(text);
        return (new LipschitzTarget(text, expr.Evaluate, Rational.Parse(l)), expr);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Build_KernelSup_WithinEpsilonAndWidthWithinSeedBound(string text, string lText, string rText, string epsText)
    {
        var (f, expr) = Target(text, lText);
        var (r, eps, l) = (Rational.Parse(rText), Rational.Parse(epsText), Rational.Parse(lText));
        var net = LipschitzApprox.Build(f, r, eps);
        var sup = Distance.Sup(net, expr.Restrict(-r, r));
        Assert.True(sup.Enumeration.Complete);
        Assert.True(sup.High <= eps, $"sup = {sup.High} > ε = {eps}");
        var width = NetworkSizes.Measure(net).Width;
        Assert.Equal(2 * (r * l / (2 * eps)).CeilingToInteger(), width);
        Assert.True(r * l >= eps && width <= 2 * r * l / eps); // the seed's m ≤ 2RL/ε, met with spacing 2ε/L
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void BuildSeed_KernelSup_WithinHalfEpsilonAndWidthTwoCeilRLOverEps(string text, string lText, string rText, string epsText)
    {
        var (f, expr) = Target(text, lText);
        var (r, eps, l) = (Rational.Parse(rText), Rational.Parse(epsText), Rational.Parse(lText));
        var net = LipschitzApprox.BuildSeed(f, r, eps);
        Assert.True(Distance.Sup(net, expr.Restrict(-r, r)).High <= eps / 2);
        Assert.Equal(2 * (r * l / eps).CeilingToInteger(), NetworkSizes.Measure(net).Width);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Build_WeightsAndLipschitzConstant_AsTheLemmaStates(string text, string lText, string rText, string epsText)
    {
        var (f, expr) = Target(text, lText);
        var (r, eps, l) = (Rational.Parse(rText), Rational.Parse(epsText), Rational.Parse(lText));
        var net = LipschitzApprox.Build(f, r, eps);
        var hidden = net.Layers[0];
        for (int i = 0; i < hidden.OutputSize; i++)
        {
            Assert.Equal(1, hidden.RowValues(i).Length);
            Assert.Equal(Rational.One, Rational.Abs(hidden.RowValues(i)[0])); // α_i ∈ {−1, +1}
            Assert.True(Rational.Abs(hidden.Bias[i]) <= r);                   // |β_i| ≤ R
        }
        foreach (var gamma in net.Layers[1].RowValues(0)) Assert.True(Rational.Abs(gamma) <= 2 * l); // |γ_i| ≤ 2L
        Assert.Equal(expr.Evaluate(0), net.Layers[1].Bias[0]);                                      // N = f(0) + Σ…
        // N is L-Lipschitz on all of R: every linear piece on a wide interval has |slope| ≤ L.
        var done = PiecewiseLinear.Enumerate(net, Segment.Interval(-3 * r - 5, 3 * r + 5), p => { Assert.True(Rational.Abs(p.Slope[0]) <= l); return true; });
        Assert.True(done.Complete);
    }

    [Property(MaxTest = 40)]
    public Property BuildWithKnotSpacing_RandomSpacing_InterpolatesAtKnots() => Prop.ForAll(
        Arb.From(from p in Gen.Choose(1, 12) from q in Gen.Choose(1, 12) from k in Gen.Choose(0, 40) select (Rational.Create(p, q), k)), t =>
        {
            var (h, k) = t;
            var (f, expr) = Target("x^3/12 - x", "2");
            var r = (Rational)2;
            var net = LipschitzApprox.BuildWithKnotSpacing(f, r, h);
            Assert.Equal(LipschitzApprox.Width(r, h), NetworkSizes.Measure(net).Width);
            var knot = Rational.Min(k * h, r);
            Assert.Equal(expr.Evaluate(knot), net.EvaluateScalar(knot));
            Assert.Equal(expr.Evaluate(-knot), net.EvaluateScalar(-knot));
            Assert.True(Distance.Sup(net, expr.Restrict(-r, r)).High <= 2 * h / 2); // L·h/2 with L = 2
        });

    [Fact]
    public void BuildSeed_RLOverEpsNotInteger_ExceedsTheSeedsWidthBound()
    {
        // SEED-DAN-NOTATION: R = L = 1, ε = 2/3: the seed's spacing gives m = 2⌈3/2⌉ = 4 > 2RL/ε = 3.
        var (f, _) = Target("abs(x)", "1");
        Assert.Equal(4, NetworkSizes.Measure(LipschitzApprox.BuildSeed(f, 1, Rational.Create(2, 3))).Width);
        Assert.Equal(2, NetworkSizes.Measure(LipschitzApprox.Build(f, 1, Rational.Create(2, 3))).Width);
    }

    [Fact]
    public void BuildSeed_CatalogueExample_WidthOneHundredTwenty()
    {
        // The catalogue's check: R = 2, L = 3, ε = 1/10 gives m = 120 (= 2RL/ε, an integer here); the width depends on R, L, ε only.
        var f = new LipschitzTarget("3x", x => 3 * x, 3);
        Assert.Equal(120, NetworkSizes.Measure(LipschitzApprox.BuildSeed(f, 2, Rational.Create(1, 10))).Width);
    }

    [Fact]
    public void Build_BadArguments_Throw()
    {
        var (f, _) = Target("x", "1");
        Assert.Throws<ArgumentOutOfRangeException>(() => LipschitzApprox.Build(f, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LipschitzApprox.BuildSeed(f, -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LipschitzApprox.Build(new LipschitzTarget("0", _ => 0, 0), 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LipschitzApprox.BuildWithKnotSpacing(f, 1, Rational.Create(1, 1 << 22)));
        Assert.Equal("DAN-LIP", LipschitzApprox.Build(f, 1, 1).Meta["construction"]);
    }
}
