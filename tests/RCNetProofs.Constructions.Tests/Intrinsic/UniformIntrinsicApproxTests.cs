using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Intrinsic;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using Check = RCNetProofs.Kernel.Claims.Check;

namespace RCNetProofs.Constructions.Tests.Intrinsic;

public class UniformIntrinsicApproxTests
{
    private static ApproximationTarget Target(string name) => name switch
    {
        "abs(x-1/3)" => ApproximationTarget.AbsDistance(Rational.Create(1, 3)),
        "x^2" => ApproximationTarget.Square(),
        "max(x1,x2)" => ApproximationTarget.Max2(),
        _ => ApproximationTarget.Product2(),
    };

    /// <summary>The median of three by sorting.</summary>
    private static Rational Median(Rational a, Rational b, Rational c)
    {
        Rational[] v = [a, b, c];
        Array.Sort(v);
        return v[1];
    }

    /// <summary>The smoothed value by the lemma's recursion, evaluating the n + 2 network (INT-T2.1) at the shifted points.</summary>
    private static Rational Nested(Network plain, Rational delta, Rational[] x, int level)
    {
        if (level == 0) return plain.Evaluate(x)[0];
        var v = new[] { -delta, Rational.Zero, delta }.Select(s =>
        {
            var y = (Rational[])x.Clone();
            y[level - 1] += s;
            return Nested(plain, delta, y, level - 1);
        }).ToArray();
        return Median(v[0], v[1], v[2]);
    }

    [Property(MaxTest = 15)]
    public Property Build_IsTheNestedMedianOfTheNPlus2NetworkAtShiftedPoints() => Prop.ForAll(Arb.From(
        from name in Gen.Elements("abs(x-1/3)", "x^2", "max(x1,x2)", "x1*x2")
        from n in Gen.Choose(1, 2)
        from xs in Gen.ArrayOf(Gen.ArrayOf(Oracles.RationalIn(0, 1), 2), 3)
        select (name, n, xs)), c =>
        {
            // s > 0, so the median of s·ψ + b is s·median(ψ) + b: the plain INT-T2.1 network serves as the oracle
            var (name, n, xs) = c;
            var target = Target(name);
            int d = target.Dimension;
            var delta = UniformIntrinsicApprox.Gap(target, n);
            var net = UniformIntrinsicApprox.Build(target, n, delta);
            var plain = IntrinsicApprox.Build(target, n, delta);
            foreach (var x in xs.Select(p => p.Take(d).ToArray()))
                Assert.Equal(Nested(plain, delta, x, d), net.Evaluate(x)[0]);
            // realised from the 3^d·n + 2 numbers alone, the network is the same function
            var (s, b) = IntrinsicApprox.Scaling(target);
            var again = UniformIntrinsicApprox.Realize(d, n, delta, UniformIntrinsicApprox.Parameters(target, n), s, b);
            Assert.Equal(net.Evaluate(xs[0].Take(d).ToArray()), again.Evaluate(xs[0].Take(d).ToArray()));
        });

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 3)]
    [InlineData(1, 5)]
    [InlineData(2, 2)]
    public void Sizes_PhiOneAndPhiTwo_WithinTheTheoremsParameterBounds(int d, int n)
    {
        int copies = d == 1 ? 3 : 9, cells = 1 << (d * n);
        var delta = Rational.One / (3 * Rational.Pow(2, n));
        var phi1 = NetworkSizes.Measure(UniformIntrinsicApprox.BuildPhi1(d, n, delta));
        var phi2 = NetworkSizes.Measure(UniformIntrinsicApprox.BuildPhi2(d, n));
        Assert.Equal((d, copies), (phi1.InputDimension, phi1.OutputDimension));
        Assert.Equal((copies * n, 1), (phi2.InputDimension, phi2.OutputDimension));
        Assert.True(phi1.Parameters <= copies * (1L << (d * n + 5)));
        Assert.True(phi2.Parameters <= copies * (1L << (d * n + 8)) * n);
        Assert.Equal(2 * cells + 2 + 2 * d, phi2.Depth);
        Assert.Equal(Math.Max(copies * 2 * n, 8 * copies / 3), phi2.Width);   // the digit blocks, or the first row of medians
        // L carries exactly 3^d·n weights, one per row
        var theta = Enumerable.Range(1, copies * n).Select(i => Rational.Create(i, 1000)).ToArray();
        var l = UniformIntrinsicApprox.BuildL(d, n, theta);
        Assert.Equal(copies * n, NetworkSizes.Measure(l).NonZeros);
    }

    [Theory]
    [InlineData("abs(x-1/3)", 1)]
    [InlineData("abs(x-1/3)", 2)]
    [InlineData("x^2", 2)]
    public void Build_d1_SupOverTheWholeIntervalWithinTheBound(string name, int n)
    {
        // ω_f(2^−n) + 2^(−n+2)·ω_f(1), both written here: |x − 1/3| has ω(h) = h (h ≤ 2/3) and ω(1) = 2/3; x² has 2h − h², 1
        var h = Rational.Pow(2, -n);
        var bound = name == "x^2" ? 2 * h - h * h + 4 * h : h + 4 * h * Rational.Create(2, 3);
        var target = Target(name);
        var net = UniformIntrinsicApprox.Build(target, n, UniformIntrinsicApprox.Gap(target, n));
        var (verdict, outcome) = Check.Distance(new Claim($"INT-T2.2/d=1,n={n},f={name}", "Shen–Yang–Zhang, Theorem 2.2", "sup error"),
            net, TargetParser.Parse(name), 0, 1, Norm.Sup, bound);
        Assert.Equal(VerdictKind.Proved, verdict.Kind);
        Assert.Equal(outcome!.Low, outcome.High);
    }

    [Fact]
    public void GapOffsetsAndArguments()
    {
        // |x − 1/3|: s = 4/3, so d·δ ≤ (4/3)·2^−n holds at δ = 1/(3·2^n); x1·x2 (λ = 3/2, s = 2, d = 2): 3δ ≤ 2^(1−n)
        Assert.Equal(Rational.Create(1, 12), UniformIntrinsicApprox.Gap(Target("abs(x-1/3)"), 2));
        Assert.Equal(Rational.Create(1, 12), UniformIntrinsicApprox.Gap(Target("x1*x2"), 2));
        Assert.Equal([[-1, -1], [0, -1], [1, -1], [-1, 0], [0, 0], [1, 0], [-1, 1], [0, 1], [1, 1]], UniformIntrinsicApprox.Offsets(2));
        Assert.Equal(27, UniformIntrinsicApprox.Copies(3));
        Assert.Throws<ArgumentException>(() => UniformIntrinsicApprox.BuildL(1, 2, [Rational.One]));
        Assert.Throws<ArgumentOutOfRangeException>(() => UniformIntrinsicApprox.Copies(0));
        var noLipschitz = new ApproximationTarget("2x", 1, x => 2 * x[0], t => 0, 2, 2);
        Assert.Throws<ArgumentException>(() => UniformIntrinsicApprox.Gap(noLipschitz, 2));
        Assert.Equal(11, UniformIntrinsicApprox.Parameters(Target("abs(x-1/3)"), 3).Length + 2);
    }
}
