using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class PowerExpressionTests
{
    private static readonly TargetExpression X = new VariableExpression();

    [Property]
    public Property Evaluate_RandomPointAndExponent_MatchesRepeatedProduct() =>
        Prop.ForAll(Both(SmallRational, Gen.Choose(0, 7)).ToArbitrary(), t =>
        {
            var (x, k) = t;
            var expected = Enumerable.Repeat(x, k).Aggregate(Rational.One, (a, b) => a * b);
            return new PowerExpression(X, k).Evaluate(x) == expected
                && new PowerExpression(X, k).Restrict(-1, 1).Evaluate(Rational.Half) == Rational.Pow(Rational.Half, k);
        });

    [Fact]
    public void Restrict_AbsCubed_KeepsBreakpoint()
    {
        var pieces = new PowerExpression(new AbsExpression(X), 3).Restrict(-1, 1).Pieces;
        Assert.Equal([-Polynomial.X.Pow(3), Polynomial.X.Pow(3)], pieces.Select(p => p.Polynomial));
    }

    [Fact]
    public void Constructor_NegativeExponent_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PowerExpression(X, -1));

    [Fact]
    public void ToString_PowerOfSum_ParenthesisesBase() =>
        Assert.Equal("(x + 1)^2", new PowerExpression(new SumExpression(X, new ConstantExpression(1)), 2).ToString());
}
