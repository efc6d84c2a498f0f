using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class ProductExpressionTests
{
    private static readonly TargetExpression X = new VariableExpression();

    [Fact]
    public void Evaluate_Point_MultipliesOperands() =>
        Assert.Equal(Rational.Create(3, 2), new ProductExpression(X, new ConstantExpression(3)).Evaluate(Rational.Half));

    [Fact]
    public void Restrict_XTimesAbsX_IsSignedSquare()
    {
        var pieces = new ProductExpression(X, new AbsExpression(X)).Restrict(-1, 1).Pieces;
        Assert.Equal([-Polynomial.X.Pow(2), Polynomial.X.Pow(2)], pieces.Select(p => p.Polynomial));
    }

    [Fact]
    public void ToString_SumOperands_AreParenthesised() =>
        Assert.Equal("(x + 1)*(x - 1)", new ProductExpression(
            new SumExpression(X, new ConstantExpression(1)), new DifferenceExpression(X, new ConstantExpression(1))).ToString());
}
