using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class SelectorTests
{
    [Property(MaxTest = 200)]
    public Property Build_CounterAtLeastOneOrAtMostMinusOne_SelectsUOrV() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(1, 4) from mNum in Gen.Choose(1, 40) from u in Gen.ArrayOf(Oracles.RationalIn(-1, 1), d)
                 from v in Gen.ArrayOf(Oracles.RationalIn(-1, 1), d) from t in Oracles.RationalIn(1, 30) from sign in Gen.Elements(1, -1)
                 select (d, (Rational)mNum, u, v, t * sign)), c =>
        {
            var (d, m, u, v, t) = c;
            var psi = Selector.Build(d, m);
            var z = psi.Evaluate([.. u.Select(x => x * m), .. v.Select(x => x * m), t]);
            Assert.Equal([.. (t.Sign > 0 ? u : v).Select(x => x * m), t], z);
            Assert.True(new NetworkClass(2 * d + 2, 1, 2 * d + 1, d + 1).Contains(psi));
            Assert.Equal(2 * d + 2, NetworkSizes.Measure(psi).Width);
        });

    [Fact]
    public void Build_InputsBeyondM_AreNotSelectedCorrectly()
    {
        // the lemma needs u, v ∈ [−M, M]^d: with v = 3 > M = 1 and t = 1 the output is u + (v − M) = 2, not u = 0
        Assert.Equal((Rational)2, Selector.Build(1, 1).Evaluate(0, 3, 1)[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Selector.Build(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Selector.Build(1, 0));
    }
}
