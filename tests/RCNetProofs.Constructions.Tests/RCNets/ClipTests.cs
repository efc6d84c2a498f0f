using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class ClipTests
{
    [Property]
    public Property Build_RandomPoints_IsTheClamp() => Prop.ForAll(
        Arb.From(from p in Gen.Choose(1, 50) from q in Gen.Choose(1, 7) from x in Oracles.RationalIn(-40, 40) select (Rational.Create(p, q), x)), t =>
        {
            var (m, x) = t;
            var clip = Clip.Build(m);
            Assert.Equal(RcGenerators.Clamp(x, m), clip.EvaluateScalar(x));
            Assert.True(new NetworkClass(4, 2, 1, 1).Contains(clip));
        });

    [Theory]
    [InlineData("1")]
    [InlineData("7/3")]
    [InlineData("1024")]
    public void Build_KernelSupAgainstTheClampExpression_IsZero(string bound)
    {
        var m = Rational.Parse(bound);
        var target = TargetParser.Parse($"max(-{m}, min(x, {m}))");
        var f = PiecewisePolynomial.Restrict(target, -3 * m, 3 * m);
        var sup = Distance.Sup(Clip.Build(m), f);
        Assert.Equal(Rational.Zero, sup.High);
        Assert.Equal([1, 4], RandomNetworks.HiddenSizes(Clip.Build(m)));
    }

    [Fact]
    public void Build_NonPositiveBound_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Clip.Build(Rational.Zero));
}
