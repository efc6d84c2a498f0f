using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class StepFunctionTests
{
    /// <summary>The k-th target interval [k, k + 1 − δ·1{k ≤ n − 2}].</summary>
    private static (Rational Lo, Rational Hi) Interval(int k, int n, Rational delta) => (k, k + 1 - (k <= n - 2 ? delta : Rational.Zero));

    [Fact]
    public void Build_AllSmallCases_StepEveryIntervalEndpointExactly()
    {
        // every n ≤ 12, m ∈ {n, n + 3}, three gaps: both ends and the middle of every interval (flattened network)
        foreach (var delta in new[] { Rational.Create(1, 3), Rational.Create(2, 5), Rational.Create(1, 50) })
            for (int n = 1; n <= 12; n++)
                foreach (int m in new[] { n, n + 3 })
                {
                    var net = StepFunction.Build(delta, n, m);
                    Assert.Equal(m - 1, net.Compositions);
                    var flat = new CompiledNetwork<Rational>(net.Flatten(), NumberConverters.ToRational);
                    for (int k = 0; k < n; k++)
                    {
                        var (lo, hi) = Interval(k, n, delta);
                        foreach (var x in new[] { lo, (lo + hi) / 2, hi })
                            Assert.Equal((Rational)k, flat.Evaluate([x])[0]);
                    }
                }
    }

    [Property]
    public Property Build_RandomPointsOfRandomIntervals_GiveTheirIndex() => Prop.ForAll(
        Arb.From(from p in Gen.Choose(1, 99) from n in Gen.Choose(1, 40) from extra in Gen.Choose(0, 10) from k in Gen.Choose(0, 39)
                 from u in Oracles.RationalIn(0, 1) select (Rational.Create(p, 100), n, n + extra, k % n, u)), t =>
        {
            var (delta, n, m, k, u) = t;
            var (lo, hi) = Interval(k, n, delta);
            Assert.Equal((Rational)k, StepFunction.Build(delta, n, m).Evaluate(lo + u * (hi - lo))[0]);
        });

    [Property]
    public Property InputAffine_MapsEveryTargetIntervalIntoTheInnerStep() => Prop.ForAll(
        Arb.From(from p in Gen.Choose(1, 99) from n in Gen.Choose(1, 60) select (Rational.Create(p, 100), n)), t =>
        {
            var (delta, n) = t;
            var inner = StepFunction.InnerGap(delta, n);
            Assert.Equal((1 - delta) * delta / n, inner);
            var (a, b) = StepFunction.InputAffine(delta, n);
            for (int k = 0; k < n; k++)
            {
                var (lo, hi) = Interval(k, n, delta);
                Assert.True(a * lo + b >= k);
                Assert.True(a * hi + b <= k + 1 - inner);
            }
        });

    [Fact]
    public void Build_SizesAndArguments()
    {
        var net = StepFunction.Build(Rational.Create(1, 4), 5, 9);
        Assert.True(new NetworkClass(9, 1, 5, 5).Contains(net.G));
        Assert.Equal("RC-P3.1", net.Meta["construction"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => StepFunction.Build(Rational.Half, 5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => StepFunction.Build(Rational.Half, 0, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => StepFunction.Build((Rational)2, 2, 4));
    }
}
