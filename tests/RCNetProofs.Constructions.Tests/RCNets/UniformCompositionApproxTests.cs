using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using Check = RCNetProofs.Kernel.Claims.Check;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class UniformCompositionApproxTests
{
    [Property(MaxTest = 6)]
    public Property Labels_Theorem13_d1_MatchTheExactStates() => Prop.ForAll(
        Gen.Choose(1, 60).SelectMany(q => Gen.Choose(0, q).Select(n => new[] { Rational.Create(n, q) })).ToArbitrary(), x =>
        {
            var net = UniformCompositionApprox.Build(ApproximationTarget.AbsDistance(Rational.Create(1, 3)), 4);
            var seen = RcChecks.CheckLabels(net, x);
            Assert.Equal(3 * 4, seen["input"]);   // three copies, r states each
            Assert.Equal(3 * 4, seen["step"]);
            Assert.Equal(1, seen["output"]);
            Assert.True(seen["counter"] > 0 && seen["zero"] > 0);
        });

    public static TheoryData<string, int, int> Cases => new()
    {
        { "abs(x-1/3)", 1, 1 }, { "abs(x-1/3)", 1, 4 }, { "x^2", 1, 4 }, { "x^2", 1, 7 }, { "max(x1,x2)", 2, 4 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_Theorem13_SizesCountGapAndErrorEverywhere(string name, int d, int r)
    {
        var c = new RcChecks.Case(name, d, r);
        var net = UniformCompositionApprox.Build(c.Target, r);
        var flat = net.Flatten();
        var id = $"RC-T1.3/d={d},r={r},f={name}";
        const string source = "Zhang–Lu–Zhao, Theorem 1.3";

        // g ∈ NN{4^{d+5}·d, 3 + 2d; R^{3^d(5d+4)−1}}, with the state dimension exactly the theorem's
        int state = (int)BigInteger.Pow(3, d) * (5 * d + 4) - 1;
        var size = Check.Size(new Claim(id, source, "g ∈ NN{4^{d+5}d, 3+2d; R^{3^d(5d+4)−1}}"), net.G,
            new NetworkClass((int)BigInteger.Pow(4, d + 5) * d, 3 + 2 * d, state, state));
        Assert.Equal(VerdictKind.Proved, size.Kind);
        Assert.Equal(3 + 2 * d, size.Sizes!.Depth);
        Assert.Equal(d == 1 ? 133 : 726, size.Sizes.Width);          // measured (docs/divergences.md)
        Assert.Equal((0, 0), (net.L1.HiddenLayerCount, net.L2.HiddenLayerCount));
        // exactly 3r + 2d − 1 compositions (one fewer is refuted); for d = 2 the L^p theorem's 3r + 1 is refuted too
        var count = new Claim(id, source, "3r + 2d − 1 compositions");
        Assert.Equal(VerdictKind.Proved, Check.Compositions(count, flat, net.L1, net.G, net.L2, 3 * r + 2 * d - 1).Kind);
        Assert.Equal(VerdictKind.Refuted, Check.Compositions(count, flat, net.L1, net.G, net.L2, 3 * r + 2 * d - 2).Kind);
        if (d == 2) Assert.Equal(VerdictKind.Refuted, Check.Compositions(count, flat, net.L1, net.G, net.L2, 3 * r + 1).Kind);

        // δ ≤ 1/(3K) and d·ω_f(δ) ≤ ω_f(r^{−1/d}): ω_f(δ) ≤ λδ with λ written here (1, or 2 for x²)
        var delta = Rational.Parse(net.Meta["delta"]);
        int k = TriflingRegion.GridSize(r, d);
        Rational lambda = name == "x^2" ? 2 : 1;
        Assert.True(delta * 3 * k <= 1);
        Assert.True(d * lambda * delta <= c.OmegaLower());

        // |φ − f| ≤ 6√d·ω_f(r^{−1/d}) everywhere: exact sup for d = 1, points meeting every strip for d = 2
        var six = 6 * c.SqrtDLower * c.OmegaLower();
        if (d == 1)
        {
            var (verdict, outcome) = Check.Distance(new Claim(id, source, "sup |φ − f| ≤ 6√d ω"), flat, TargetParser.Parse(name), 0, 1, Norm.Sup, six);
            Assert.Equal(VerdictKind.Proved, verdict.Kind);
            // the smoothing adds at most d·ω_f(δ) to the RC-TA1 error on the cubes (≤ 5√d ω)
            Assert.True(outcome!.High <= 5 * c.SqrtDLower * c.OmegaLower() + lambda * delta);
        }
        else
        {
            var axis = new[] { Rational.Zero, Rational.Create(1, 3), Rational.Create(2, 5), Rational.Create(1, 2) - delta / 7, Rational.Half, Rational.One };
            foreach (var a in axis)
                foreach (var b in axis)
                    Assert.True(Rational.Abs(net.Evaluate(a, b)[0] - c.F([a, b])) <= six, $"({a}, {b})");
        }
    }

    [Property(MaxTest = 12)]
    public Property Build_d1_IsTheMedianOfTheAuxiliaryNetworkAtThreeShiftedPoints() => Prop.ForAll(Arb.From(
        from r in Gen.Choose(1, 5)
        from xs in Gen.ArrayOf(Oracles.RationalIn(0, 1), 4)
        select (r, xs)), c =>
        {
            // the oracle: RC-TA1 built for [−δ, 1 + δ], evaluated step by step at x − δ, x, x + δ, and the median by sorting
            var (r, xs) = c;
            var target = ApproximationTarget.Square();
            var net = UniformCompositionApprox.Build(target, r);
            var delta = Rational.Parse(net.Meta["delta"]);
            var aux = AuxiliaryApprox.Build(target, r, delta, Box.Cube(1, -delta, 1 + delta));
            foreach (var x in xs.Append(Rational.Zero).Append(Rational.One))
            {
                var v = new[] { x - delta, x, x + delta }.Select(y => aux.Evaluate(y)[0]).ToArray();
                Assert.Equal(RcGenerators.Median(v[0], v[1], v[2]), net.Evaluate(x)[0]);
            }
            Assert.Equal(3 * r + 1, net.Compositions);
        });

    [Fact]
    public void Gap_And_Domain()
    {
        // |x − 1/3|, r = 4: K = 4, 1/(3K) = 1/12 and d·δ ≤ 1/4 already; x², r = 16: K = 16, 2δ ≤ 2/16 − 1/256 holds at
        // 1/(3K) = 1/48; max(x1, x2), r = 16: K = 4, 2δ ≤ 1/4 holds at 1/12
        Assert.Equal(Rational.Create(1, 12), UniformCompositionApprox.Gap(ApproximationTarget.AbsDistance(Rational.Create(1, 3)), 4));
        Assert.Equal(Rational.Create(1, 48), UniformCompositionApprox.Gap(ApproximationTarget.Square(), 16));
        Assert.Equal(Rational.Create(1, 12), UniformCompositionApprox.Gap(ApproximationTarget.Max2(), 16));
        var box = UniformCompositionApprox.Domain(3, 1, Rational.Create(1, 6));
        Assert.Equal([Rational.Zero, Rational.Create(-1, 6), Rational.Create(-1, 6)], box.Lower.ToArray());
        Assert.Equal([Rational.One, Rational.Create(7, 6), Rational.Create(7, 6)], box.Upper.ToArray());
        var noLipschitz = new ApproximationTarget("2x", 1, x => 2 * x[0], t => RationalSqrt.Lower(t), 2, 2);
        Assert.Throws<ArgumentException>(() => UniformCompositionApprox.Gap(noLipschitz, 4));
        var flat = new ApproximationTarget("1", 1, _ => 1, _ => 0, 0, 1, 0);
        Assert.Throws<ArgumentException>(() => UniformCompositionApprox.Build(flat, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => UniformCompositionApprox.Gap(ApproximationTarget.Square(), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => UniformCompositionApprox.Domain(2, 3, Rational.Half));
    }
}
