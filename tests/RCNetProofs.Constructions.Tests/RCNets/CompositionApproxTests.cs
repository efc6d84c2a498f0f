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

public class CompositionApproxTests
{
    public static TheoryData<string, int, int, int> Cases => new()
    {
        { "abs(x-1/3)", 1, 1, 1 }, { "abs(x-1/3)", 1, 4, 1 }, { "abs(x-1/3)", 1, 4, 2 }, { "abs(x-1/3)", 1, 7, 1 }, { "abs(x-1/3)", 1, 7, 2 },
        { "x^2", 1, 7, 1 }, { "x^2", 1, 5, 2 },
        { "max(x1,x2)", 2, 4, 1 }, { "x1*x2", 2, 4, 2 },
    };

    public static TheoryData<string, int, int, int> SlowCases => new()
    {
        { "abs(x-1/3)", 1, 16, 2 }, { "max(x1,x2)", 2, 9, 1 }, { "x1*x2", 2, 16, 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_Theorem11_SizesCountCubesAndLpError(string name, int d, int r, int p) => CheckTheorem(new RcChecks.Case(name, d, r), p);

    [Theory]
    [MemberData(nameof(SlowCases))]
    [Trait("Category", "Slow")]
    public void Build_Theorem11_LargerCases(string name, int d, int r, int p) => CheckTheorem(new RcChecks.Case(name, d, r), p);

    // Points of [0,1]^d with denominators up to 60 (on cube edges, in gaps and inside cubes alike).
    private static Gen<Rational[]> Points(int d) =>
        Gen.Choose(1, 60).SelectMany(q => Gen.Choose(0, q).Select(n => Rational.Create(n, q))).ArrayOf(d);

    [Property(MaxTest = 12)]
    public Property Labels_Theorem11_d1_MatchTheExactStates() => Prop.ForAll(Points(1).ToArbitrary(), x => CheckLabels(new RcChecks.Case("abs(x-1/3)", 1, 4), x));

    [Property(MaxTest = 4)]
    public Property Labels_Theorem11_d2_MatchTheExactStates() => Prop.ForAll(Points(2).ToArbitrary(), x => CheckLabels(new RcChecks.Case("max(x1,x2)", 2, 4), x));

    private static void CheckLabels(RcChecks.Case c, Rational[] x)
    {
        var net = CompositionApprox.Build(c.Target, c.R, 1);
        Assert.Equal(5 * c.D + 5, net.Labels.Length);
        var seen = RcChecks.CheckLabels(net, x);
        Assert.Equal(c.D * c.R, seen["input"]);
        Assert.Equal(c.D * c.R, seen["step"]);
        Assert.Equal(1, seen["output"]);
        Assert.True(seen["counter"] >= 4 * c.R, $"{seen["counter"]} counter values checked");
        Assert.True(seen["zero"] > 0);
    }

    private static void CheckTheorem(RcChecks.Case c, int p)
    {
        int d = c.D, r = c.R;
        var net = CompositionApprox.Build(c.Target, r, p);
        var flat = net.Flatten();
        var id = $"RC-T1.1/d={d},r={r},p={p},f={c.Name}";
        const string source = "Zhang–Lu–Zhao, Theorem 1.1";

        // g ∈ NN{69d + 48, 5; R^{5d+5}}, L1 and L2 affine, exactly 3r + 1 compositions
        var size = Check.Size(new Claim(id, source, "g ∈ NN{69d+48, 5; R^{5d+5}}"), net.G, new NetworkClass(69 * d + 48, 5, 5 * d + 5, 5 * d + 5));
        Assert.Equal(VerdictKind.Proved, size.Kind);
        Assert.Equal((5, 14 * d + 30), (size.Sizes!.Depth, size.Sizes.Width)); // measured widths 44 (d = 1), 58 (d = 2)
        Assert.Equal((0, 0), (net.L1.HiddenLayerCount, net.L2.HiddenLayerCount));
        var count = new Claim(id, source, "exactly 3r + 1 compositions");
        Assert.Equal(VerdictKind.Proved, Check.Compositions(count, flat, net.L1, net.G, net.L2, 3 * r + 1).Kind);
        var slide = new Claim(id, "seed S0 (slide)", "r compositions", VerdictKind.Refuted);
        Assert.False(Check.Compositions(slide, flat, net.L1, net.G, net.L2, r).Unexpected);
        var offByOne = new Claim(id, source, "3r compositions", VerdictKind.Refuted);
        Assert.False(Check.Compositions(offByOne, flat, net.L1, net.G, net.L2, 3 * r).Unexpected);

        // δ is admissible: δ ≤ 1/(3K) and K·d·δ·(2B)^p ≤ ω^p with an independent lower bound of ω
        var delta = Rational.Parse(net.Meta["delta"]);
        var clip = Rational.Parse(net.Meta["clip"]);
        int k = TriflingRegion.GridSize(r, d);
        var b = Rational.Max(clip, c.SupNorm);
        Assert.True(delta * 3 * k <= 1);
        Assert.True(k * d * delta * Rational.Pow(2 * b, p) <= Rational.Pow(c.OmegaLower(), p));

        // outside Ω: constant on every cube and within 5√d·ω_f(r^{−1/d}) (clipping changes nothing there)
        var bound = 5 * c.SqrtDLower * c.OmegaLower();
        RcChecks.CheckCubes(c, flat, delta, bound, "RC-T1.1");

        var sixOmega = 6 * c.SqrtDLower * c.OmegaLower();
        if (d == 1)
        {
            // ‖φ − f‖_p^p ≤ (6√d ω)^p over [0, 1], exactly
            var claim = new Claim(id, source, "‖L2∘g^{∘(3r+1)}∘L1 − f‖_p ≤ 6√d·ω_f(r^{−1/d})");
            var (verdict, outcome) = Check.Distance(claim, flat, TargetParser.Parse(c.Name), 0, 1, p == 1 ? Norm.L1 : Norm.L2, Rational.Pow(sixOmega, p));
            Assert.Equal(VerdictKind.Proved, verdict.Kind);
            Assert.Equal(outcome!.Low, outcome.High);
        }
        else
        {
            // d = 2: |φ − f| ≤ 2B everywhere (sampled on a grid crossing Ω), and the sample mean of |φ − f|^p ≤ (6√d ω)^p
            var grid = Enumerable.Range(0, 17).Select(i => Rational.Create(i, 16)).ToArray();
            var points = grid.SelectMany(x => grid.Select(y => (IReadOnlyList<Rational>)[x, y])).ToList();
            var claim = new Claim(id, source, "|φ − f| ≤ 2·max(M, ‖f‖)");
            var v = Check.AtPoints(claim, flat, x => c.F(x), points, 2 * b);
            Assert.Equal(VerdictKind.Sampled, v.Kind);
            var compiled = new CompiledNetwork<Rational>(flat, NumberConverters.ToRational);
            var mean = points.Aggregate(Rational.Zero, (acc, x) => acc + Rational.Pow(Rational.Abs(compiled.Evaluate(x.ToArray())[0] - c.F(x)), p)) / points.Count;
            Assert.True(mean <= Rational.Pow(sixOmega, p));
        }
    }

    [Property(MaxTest = 15)]
    public Property Build_RandomPoints_EqualsTheClippedAuxiliaryNetwork() => Prop.ForAll(
        Arb.From(from r in Gen.Choose(1, 6) from x in Oracles.RationalIn(0, 1) from y in Oracles.RationalIn(0, 1) from two in Gen.Elements(false, true) select (r, x, y, two)), t =>
        {
            var (r, x, y, two) = t;
            var target = two ? ApproximationTarget.Product2() : ApproximationTarget.AbsDistance(Rational.Create(1, 3));
            var net = CompositionApprox.Build(target, r, 1);
            var auxiliary = AuxiliaryApprox.Build(target, r, CompositionApprox.Gap(target, r, 1));
            Rational[] point = two ? [x, y] : [x];
            var m = CompositionApprox.ClipBound(target, r);
            Assert.Equal(RcGenerators.Clamp(auxiliary.Evaluate(point)[0], m), net.Evaluate(point)[0]);
        });

    [Fact]
    public void Build_OneCompositionShort_IsMeasuredAsSuch()
    {
        var net = CompositionApprox.Build(ApproximationTarget.Square(), 3, 1);
        var shorter = net.WithCompositions(net.Compositions - 1).Flatten();
        var v = Check.Compositions(new Claim("RC-T1.1/d=1,r=3,f=x^2", "Zhang–Lu–Zhao", "3r + 1 compositions", VerdictKind.Refuted), shorter, net.L1, net.G, net.L2, 10);
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Equal("9", v.Measured);
    }

    [Fact]
    public void Gap_ConstantTarget_Throws()
    {
        var flat = new ApproximationTarget("1", 1, _ => 1, _ => 0, 0, 1);
        Assert.Throws<ArgumentException>(() => CompositionApprox.Gap(flat, 4, 1));
        Assert.Equal(Rational.Create(1, 9), CompositionApprox.RadiusSquaredLower(9, 2));
        Assert.Equal(Rational.Create(1, 9), CompositionApprox.RadiusSquaredLower(9, 3)); // ⌈9^{1/3}⌉ = 3
        Assert.Equal(Rational.Create(1, 4), CompositionApprox.RadiusSquaredLower(8, 3));
    }
}
