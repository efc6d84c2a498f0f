using RCNetProofs.Constructions.Intrinsic;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using Check = RCNetProofs.Kernel.Claims.Check;

namespace RCNetProofs.Constructions.Tests.Intrinsic;

public class ThreeParametersTests
{
    [Theory]
    [InlineData("1/2", 1, 5, 320)]
    [InlineData("1/10", 1, 7, 1792)]
    [InlineData("1/100", 1, 10, 20480)]
    [InlineData("1/2", 2, 5, 10240)]
    [InlineData("1/10", 2, 8, 1048576)]
    [InlineData("1/2", 3, 6, 3145728)]
    public void Levels_OneLipschitz_GiveTheCataloguesBitCounts(string epsilon, int d, int n, long bits)
    {
        var eps = Rational.Parse(epsilon);
        Assert.Equal(n, ThreeParameters.Levels(eps, 1, d));
        Assert.Equal(bits, (long)ThreeParameters.Bits(d, n));
        // n is the least level with 5√d·2^{−n} ≤ ε/2, compared squared: 25d·4^{−n} ≤ ε²/4
        Assert.True(25 * d * Rational.Pow(4, -n) <= eps * eps / 4);
        Assert.True(25 * d * Rational.Pow(4, -(n - 1)) > eps * eps / 4);
    }

    [Fact]
    public void Build_OneHundredthForD1_PacksTwentyThousandBitsThatUnpackExactly()
    {
        var f = ApproximationTarget.AbsDistance(Rational.Create(1, 3));
        var (s, v, b, n) = ThreeParameters.Build(f, Rational.Create(1, 100), 1);
        Assert.Equal(10, n);
        int m = IntrinsicApprox.DigitBits(1, n);
        Assert.Equal(2048, m);
        var count = new Claim("INT-T2.3/d=1,eps=1/100,f=abs(x-1/3)", "Shen–Yang–Zhang, Theorem 2.3", "v holds n·2^{dn+1} ≥ 20,000 bits");
        var bits = Check.Count(count, "bits of the denominator of v", () => v.Denominator.GetBitLength() - 1, Relation.AtLeast, 20000);
        Assert.Equal(VerdictKind.Proved, bits.Kind);
        Assert.True(v.Denominator.GetBitLength() - 1 <= m * n);
        Assert.Equal(IntrinsicApprox.ScaledParameters(f, n), Packing.Unpack(v, m, n));
        Assert.Equal((Rational.Create(4, 3), Rational.Create(-1, 3)), (s, b));
        Assert.InRange(v, Rational.Zero, Rational.One);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Build_OneHundredthForD1_TheUnpackedParametersApproximateWithinEpsilonOnCubes()
    {
        // the n = 10 network (depth 2053, 4^1024-sized values) built from the unpacked v, evaluated at points outside Ω
        var f = ApproximationTarget.AbsDistance(Rational.Create(1, 3));
        var eps = Rational.Create(1, 100);
        var (s, v, b, n) = ThreeParameters.Build(f, eps, 1);
        var delta = IntrinsicApprox.Gap(1, n, 1);
        var net = IntrinsicApprox.Realize(1, n, delta, Packing.Unpack(v, IntrinsicApprox.DigitBits(1, n), n), s, b);
        var omega = new TriflingRegion(1, 1 << n, delta);
        IReadOnlyList<Rational>[] points = [[Rational.Create(1, 7)], [Rational.Create(1, 3)], [Rational.Create(999, 1000)]];
        Assert.All(points, x => Assert.False(omega.Contains(x)));
        var verdict = Check.AtPoints(new Claim("INT-T2.3/d=1,eps=1/100,f=abs(x-1/3)", "Shen–Yang–Zhang, Theorem 2.3", "|sϕ(x, v) + b − f(x)| ≤ ε"),
            net, x => Rational.Abs(x[0] - Rational.Create(1, 3)), points, eps);
        Assert.Equal(VerdictKind.Sampled, verdict.Kind);
    }

    [Fact]
    public void Levels_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeParameters.Levels(0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeParameters.Levels(1, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeParameters.Levels(1, 1, 0));
        Assert.Equal(1, ThreeParameters.Levels(100, 1, 1));
    }

    private static readonly ApproximationTarget Kink = ApproximationTarget.AbsDistance(Rational.Create(1, 3));

    [Theory]
    [InlineData("5", 1)]
    [InlineData("5/2", 2)]
    public void BuildNetwork_TinyN_IsWithinEpsilonOfTheTargetAtRationalPoints(string epsilon, int n)
    {
        var eps = Rational.Parse(epsilon);
        var net = ThreeParameters.BuildNetwork(Kink, eps, 1);
        Assert.Equal(n.ToString(), net.Meta["n"]);
        var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        // Oracle: |x − 1/3| exactly; every point of the grid k/96 (which crosses every trifling strip), and 1/3 itself.
        foreach (var x in Enumerable.Range(0, 97).Select(k => Rational.Create(k, 96)).Append(Rational.Create(1, 3)))
        {
            var gap = Rational.Abs(compiled.Evaluate([x])[0] - Rational.Abs(x - Rational.Create(1, 3)));
            Assert.True(gap <= eps, $"x = {x}: gap {gap} > {eps}");
        }
    }

    [Fact]
    public void BuildNetwork_TwoTargets_DifferOnlyInThreeWeights()
    {
        var other = new ApproximationTarget("x^2/2", 1, x => x[0] * x[0] / 2, t2 => Rational.Zero, Rational.Half, Rational.Half);
        var a = ThreeParameters.BuildNetwork(Kink, Rational.Create(5, 2), 1);
        var b = ThreeParameters.BuildNetwork(other, Rational.Create(5, 2), 1);
        Assert.Equal(a.Layers.Length, b.Layers.Length);
        int differing = 0;
        for (int l = 0; l < a.Layers.Length; l++)
        {
            var (la, lb) = (a.Layers[l], b.Layers[l]);
            Assert.Equal((la.InputSize, la.OutputSize), (lb.InputSize, lb.OutputSize));
            for (int r = 0; r < la.OutputSize; r++)
            {
                for (int c = 0; c < la.InputSize; c++) if (la.Weight(r, c) != lb.Weight(r, c)) differing++;
                if (la.Bias[r] != lb.Bias[r]) differing++;
            }
        }
        Assert.Equal(3, differing);   // s, v and b all differ between these two targets
        // v itself is one of the biases of the first layer
        Assert.Contains(Rational.Parse(a.Meta["v"]), a.Layers[0].Bias.ToArray());
    }
}
