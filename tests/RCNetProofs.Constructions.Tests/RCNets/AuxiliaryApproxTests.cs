using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using Check = RCNetProofs.Kernel.Claims.Check;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class AuxiliaryApproxTests
{
    public static TheoryData<string, int, int> Cases => new()
    {
        { "abs(x-1/3)", 1, 1 }, { "abs(x-1/3)", 1, 2 }, { "abs(x-1/3)", 1, 4 }, { "abs(x-1/3)", 1, 7 }, { "abs(x-1/3)", 1, 10 },
        { "x^2", 1, 3 }, { "x^2", 1, 7 },
        { "max(x1,x2)", 2, 1 }, { "max(x1,x2)", 2, 4 }, { "max(x1,x2)", 2, 9 },
        { "x1*x2", 2, 4 }, { "x1*x2", 2, 16 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_TheoremA1_SizesCountAndErrorOutsideOmega(string name, int d, int r)
    {
        var c = new RcChecks.Case(name, d, r);
        int k = TriflingRegion.GridSize(r, d);
        var delta = Rational.Create(1, 3 * k);
        var net = AuxiliaryApprox.Build(c.Target, r, delta);
        var flat = net.Flatten();
        var id = $"RC-TA1/d={d},r={r},f={name}";

        // sizes measured from g: NN{39d + 24, 3; R^{5d+3}}
        var size = Check.Size(new Claim(id, "Zhang–Lu–Zhao, Theorem A.1", "g ∈ NN{39d+24, 3; R^{5d+3}}"), net.G, new NetworkClass(39 * d + 24, 3, 5 * d + 3, 5 * d + 3));
        Assert.Equal(VerdictKind.Proved, size.Kind);
        Assert.Equal(3, size.Sizes!.Depth);
        Assert.Equal(9 * d + 30, size.Sizes.Width);   // measured: 9d + 30 (the paper's bound 39d + 24)
        // exactly 3r − 1 compositions, measured by the kernel; 3r − 2 is refuted
        var count = new Claim(id, "Zhang–Lu–Zhao, Theorem A.1", "3r − 1 compositions");
        Assert.Equal(VerdictKind.Proved, Check.Compositions(count, flat, net.L1, net.G, net.L2, 3 * r - 1).Kind);
        Assert.Equal(VerdictKind.Refuted, Check.Compositions(count, flat, net.L1, net.G, net.L2, 3 * r - 2).Kind);
        Assert.Equal((d, 1), (net.InputDimension, net.OutputDimension));

        // outside Ω: constant on every cube, within 5√d·ω_f(r^{−1/d}) of f
        var bound = 5 * c.SqrtDLower * c.OmegaLower();
        var (values, _) = RcChecks.CheckCubes(c, flat, delta, bound, "RC-TA1");
        // the constant on Q_β is ε⌊y/ε⌋ shifted back: within ε below f(x_β)
        var epsilon = Rational.Parse(net.Meta["epsilon"]);
        foreach (var (key, value) in values)
        {
            var xb = key.Split(',').Select(b => Rational.Create(int.Parse(b, System.Globalization.CultureInfo.InvariantCulture), k)).ToArray();
            Assert.True(value > c.F(xb) - epsilon && value <= c.F(xb));
        }
    }

    [Property(MaxTest = 20)]
    public Property Plan_FittedValuesAreNonNegativeWithStepsAtMostEpsilon() => Prop.ForAll(
        Arb.From(from name in Gen.Elements("abs(x-1/3)", "x^2", "max(x1,x2)", "x1*x2") from r in Gen.Choose(1, 30) select (name, r)), t =>
        {
            var (name, r) = t;
            var c = new RcChecks.Case(name, name.Contains("x1") ? 2 : 1, r);
            var (k, values, epsilon, shift) = AuxiliaryApprox.Plan(c.Target, r);
            Assert.Equal(2 * (int)System.Numerics.BigInteger.Pow(k, c.D), values.Count);
            Assert.All(values, v => Assert.True(v.Sign >= 0));
            for (int j = 1; j < values.Count; j++) Assert.True(Rational.Abs(values[j] - values[j - 1]) <= epsilon);
            // ε ≤ ω_f(√d/K) ≤ Lip(f)·√d/K, squared: Lip·√d is 1 (|x − 1/3|), 2 (x²), √2 (max), √2·√2 (x1·x2)
            int lipSqrtD2 = name switch { "abs(x-1/3)" => 1, "max(x1,x2)" => 2, _ => 4 };
            Assert.True(epsilon * epsilon <= Rational.Create(lipSqrtD2, k * k) || epsilon == 1 && values.All(v => v == values[0]));
            // the value at index 0 is f(0) − shift
            Assert.Equal(c.F(new Rational[c.D]) - shift, values[0]);
        });

    [Fact]
    public void Build_MergedWithTheClip_StartsAndCountsAsTheCatalogueTrace()
    {
        // RC-STATE: d = 1, r = 4, δ = 1/12, x = 1/2: L1(x) = (77/36, 1, 1, 77/36, 0, 0, 7, 9, 23, 25); the counters
        // 2r − 1, 2r + 1, 6r − 1, 6r + 1 drop by 2 per step during the floor phase (k ≤ r − 1)
        var f = ApproximationTarget.AbsDistance(Rational.Create(1, 3));
        var auxiliary = AuxiliaryApprox.Build(f, 4, Rational.Create(1, 12));
        var identity = RCNetProofs.Constructions.Calculus.NetworkCalculus.Identity(1);
        var net = RCNetMerge.Build(auxiliary, new RCNet(identity, Clip.Build(1), identity, 1), RCNetProofs.Kernel.Analysis.Box.Cube(1, 0, 1));
        var states = net.States(Rational.Half);
        var y = Rational.Create(77, 36);
        Assert.Equal([y, 1, 1, y, 0, 0, 7, 9, 23, 25], states[0]);
        for (int k = 1; k <= 3; k++)
        {
            Assert.Equal([(Rational)(7 - 2 * k), 9 - 2 * k, 23 - 2 * k, 25 - 2 * k], states[k].Skip(6));
            Assert.Equal([(k + 1) * y, (k + 1) * (k + 1), k + 1, y], states[k].Take(4)); // floor state ξ_{k+1}
        }
        // after 3r + 1 = 13 steps the outer counter is −1 and L2 reads the clipped value
        Assert.Equal((Rational)(-1), states[13][9]);
        Assert.Equal(auxiliary.Evaluate(Rational.Half), net.Evaluate(Rational.Half));
    }

    [Fact]
    public void Build_WiderDomain_SameValuesAndExactOnTheWiderBox()
    {
        // the L^∞ theorem evaluates the network δ beyond [0,1]^d. Built for the wider box it agrees with the default build
        // on [0, 1]; on [−δ, 0) the step function's input map stays in [0, 1 − δ̃], so Φ1 = 0 and the value is the one
        // of the first cube (a wrong selector constant would break both)
        var target = ApproximationTarget.AbsDistance(Rational.Create(1, 3));
        var delta = Rational.Create(1, 12);
        var wide = AuxiliaryApprox.Build(target, 4, delta, UniformCompositionApprox.Domain(1, 0, delta));
        var plain = AuxiliaryApprox.Build(target, 4, delta);
        var atZero = plain.Evaluate(Rational.Zero)[0];
        foreach (var x in Enumerable.Range(-4, 53).Select(i => Rational.Create(i, 48)))   // −1/12 .. 1
        {
            var value = wide.Evaluate(x)[0];
            Assert.Equal(x.Sign >= 0 ? plain.Evaluate(x)[0] : atZero, value);
        }
        Assert.True(Rational.Parse(wide.Meta["M2"]) >= Rational.Parse(plain.Meta["M2"]));
        Assert.Throws<ArgumentException>(() => AuxiliaryApprox.Build(target, 4, delta, UniformCompositionApprox.Domain(2, 0, delta)));
    }

    [Fact]
    public void Build_DeltaOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AuxiliaryApprox.Build(ApproximationTarget.Square(), 4, Rational.Create(1, 11)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AuxiliaryApprox.Build(ApproximationTarget.Square(), 0, Rational.Create(1, 3)));
    }
}
