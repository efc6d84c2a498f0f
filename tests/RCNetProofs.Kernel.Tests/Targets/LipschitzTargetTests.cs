using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class LipschitzTargetTests
{
    private static readonly LipschitzTarget Hat = new("hat", x => Rational.Max(Rational.Zero, 1 - Rational.Abs(2 * x - 1)), 2);

    [Property]
    public Property Evaluate_RandomPairs_RespectsDeclaredConstant() =>
        Prop.ForAll(Both(SmallRational, SmallRational).ToArbitrary(), t =>
        {
            var (x, y) = t;
            return Hat.Evaluate(x) == Hat.Function(x)
                && Rational.Abs(Hat.Evaluate(x) - Hat.Evaluate(y)) <= Hat.LipschitzConstant * Rational.Abs(x - y);
        });

    [Fact]
    public void Constructor_NegativeConstantOrBlankName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new LipschitzTarget("f", x => x, -1));
        Assert.Throws<ArgumentException>(() => new LipschitzTarget(" ", x => x, 1));
    }

    [Fact]
    public void ToString_NameAndConstant_AreShown() => Assert.Equal("hat (2-Lipschitz)", Hat.ToString());
}
