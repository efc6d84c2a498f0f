using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class MidTests
{
    [Property(MaxTest = 300)]
    public Property Build_RandomTriples_IsTheMedian() => Prop.ForAll(
        Arb.From(Gen.ArrayOf(Gen.OneOf(RandomNetworks.Coordinate, Gen.Elements<Rational>(-1, 0, 1)), 3)), x =>
        {
            var mid = Mid.Build();
            Assert.Equal(RcGenerators.Median(x[0], x[1], x[2]), mid.Evaluate(x)[0]);
            // invariant: symmetric in its arguments
            Assert.Equal(mid.Evaluate(x)[0], mid.Evaluate(x[2], x[0], x[1])[0]);
        });

    [Fact]
    public void Build_IsInNN8_2WithWidths8And6()
    {
        var mid = Mid.Build();
        Assert.True(new NetworkClass(8, 2, 3, 1).Contains(mid));
        Assert.Equal([8, 6], RandomNetworks.HiddenSizes(mid));
        Assert.True(new NetworkClass(14, 2, 3, 1).Contains(mid)); // the cited lemma's class
    }
}
