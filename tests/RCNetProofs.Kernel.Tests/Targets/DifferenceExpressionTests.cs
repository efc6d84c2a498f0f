using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class DifferenceExpressionTests
{
    private static readonly TargetExpression X = new VariableExpression();

    [Fact]
    public void Evaluate_Point_SubtractsRightFromLeft() =>
        Assert.Equal(Rational.Create(-5, 2), new DifferenceExpression(X, new ConstantExpression(3)).Evaluate(Rational.Half));

    [Fact]
    public void Restrict_SameOperands_IsZeroPolynomial() =>
        Assert.True(Assert.Single(new DifferenceExpression(X, X).Restrict(0, 1).Pieces).Polynomial.IsZero);

    [Fact]
    public void ToString_RightDifference_IsParenthesised() =>
        Assert.Equal("1 - (x - 1)", new DifferenceExpression(new ConstantExpression(1), new DifferenceExpression(X, new ConstantExpression(1))).ToString());
}
