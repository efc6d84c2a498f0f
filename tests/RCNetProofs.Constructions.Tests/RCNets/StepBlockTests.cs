using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class StepBlockTests
{
    /// <summary>h_k(x) from its piecewise description: k on [k, k+1−δ], 0 outside (k−δ, k+1), linear in between.</summary>
    private static Rational H(int k, Rational delta, Rational x)
    {
        if (k == 0) return 0;
        if (x <= k - delta || x >= k + 1) return 0;
        if (x < k) return k * (x - (k - delta)) / delta;
        if (x <= k + 1 - delta) return k;
        return k * (k + 1 - x) / delta;
    }

    private static Gen<Rational> Gap => from p in Gen.Choose(1, 99) select Rational.Create(p, 100);

    [Fact]
    public void BuildG_IsInTheClassNN9_1OnR5()
    {
        var g = StepBlock.BuildG(Rational.Create(1, 3));
        Assert.True(new NetworkClass(9, 1, 5, 5).Contains(g));
        Assert.Equal(104, NetworkSizes.Measure(g).Parameters);
        Assert.True(g.Layers[0].AllRelu);
        Assert.Equal("RC-LC1", g.Meta["construction"]);
    }

    [Property]
    public Property G_OneStep_MapsXiKToXiKPlus1() => Prop.ForAll(
        Arb.From(from delta in Gap from k in Gen.Choose(1, 30) from x in Oracles.RationalIn(0, 40) from s in Oracles.RationalIn(0, 50) select (delta, k, x, s)), t =>
        {
            var (delta, k, x, s) = t;
            var next = StepBlock.BuildG(delta).Evaluate(k * x, k * k, k, x, s);
            Assert.Equal([(k + 1) * x, (Rational)((k + 1) * (k + 1)), (Rational)(k + 1), x, s + H(k, delta, x)], next);
        });

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(25)]
    public void Build_EveryStepInterval_GivesFloor(int n)
    {
        foreach (var delta in new[] { Rational.Create(1, 2), Rational.Create(1, 7), Rational.Create(1, 100) })
        {
            var net = StepBlock.Build(delta, n);
            Assert.Equal(n - 1, net.Compositions);
            var flat = new CompiledNetwork<Rational>(net.Flatten(), NumberConverters.ToRational);
            for (int l = 0; l < n; l++)
                foreach (var x in new[] { (Rational)l, l + (1 - delta) / 3, l + 1 - delta })
                {
                    Assert.Equal((Rational)l, flat.Evaluate([x])[0]);
                    Assert.Equal((Rational)l, net.Evaluate(x)[0]);
                }
        }
    }

    [Property]
    public Property Build_AnyNonNegativeInput_IsTheSumOfTheHk() => Prop.ForAll(
        Arb.From(from delta in Gap from n in Gen.Choose(1, 20) from x in Oracles.RationalIn(0, 25) select (delta, n, x)), t =>
        {
            var (delta, n, x) = t;
            var expected = Enumerable.Range(1, n - 1).Aggregate(Rational.Zero, (acc, k) => acc + H(k, delta, x));
            var states = StepBlock.Build(delta, n).States(x);
            Assert.Equal(expected, states[^1][4]);
            // state after j steps is ξ_{j+1} = ((j+1)x, (j+1)², j+1, x, Σ_{i≤j} h_i)
            for (int j = 0; j < states.Count; j++)
                Assert.Equal([(j + 1) * x, (Rational)((j + 1) * (j + 1)), (Rational)(j + 1), x], states[j].Take(4));
        });

    [Fact]
    public void Build_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StepBlock.BuildG(Rational.One));
        Assert.Throws<ArgumentOutOfRangeException>(() => StepBlock.BuildG(Rational.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => StepBlock.Build(Rational.Half, 0));
    }
}
