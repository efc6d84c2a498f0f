using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class MinExpressionTests
{
    private static readonly TargetExpression X = new VariableExpression();

    [Property]
    public Property Evaluate_ThreeLines_IsPointwiseMinOfValues() =>
        Prop.ForAll(All(SmallRational, SmallRational, SmallRational).ToArbitrary(), t =>
        {
            var (c, slope, x) = t;
            var lines = new TargetExpression[] { X, new ConstantExpression(c), new ProductExpression(new ConstantExpression(slope), X) };
            var expected = lines.Select(l => l.Evaluate(x)).Min();
            var e = new MinExpression(lines);
            return e.Evaluate(x) == expected && e.Restrict(-3, 3).Evaluate(Rational.Create(x.Sign, 2)) == lines.Select(l => l.Evaluate(Rational.Create(x.Sign, 2))).Min();
        });

    [Fact]
    public void Constructor_OneArgument_Throws() =>
        Assert.Throws<ArgumentException>(() => new MinExpression(X));

    [Fact]
    public void Equality_SameArguments_IsStructuralWithEqualHash()
    {
        var a = new MinExpression(X, new ConstantExpression(1));
        var b = new MinExpression(new List<TargetExpression> { new VariableExpression(), new ConstantExpression(1) });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new MinExpression(new ConstantExpression(1), X));
    }

    [Fact]
    public void Restrict_Tent_SplitsWhereBranchesCross()
    {
        var pw = TargetParser.Parse("min(x, 1/4, 1 - x)").Restrict(0, 1);
        Assert.Equal([Rational.Create(1, 4), Rational.Create(3, 4)], pw.Breakpoints);
        Assert.Equal("min(x, 1/4, 1 - x)", TargetParser.Parse("min(x, 1/4, 1 - x)").ToString());
    }
}
