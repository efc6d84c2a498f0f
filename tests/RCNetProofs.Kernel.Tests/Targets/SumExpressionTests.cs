using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class SumExpressionTests
{
    private static readonly TargetExpression X = new VariableExpression();

    [Fact]
    public void Evaluate_Point_AddsOperands() =>
        Assert.Equal(Rational.Create(7, 2), new SumExpression(X, new ConstantExpression(3)).Evaluate(Rational.Half));

    [Fact]
    public void Restrict_KinkedOperand_KeepsBreakpointAndAddsPolynomials()
    {
        // x + |x| is 0 on [−1, 0] and 2x on [0, 1].
        var pieces = new SumExpression(X, new AbsExpression(X)).Restrict(-1, 1).Pieces;
        Assert.Equal([Polynomial.Zero, 2 * Polynomial.X], pieces.Select(p => p.Polynomial));
        Assert.Equal(Rational.Zero, pieces[0].Right);
    }

    [Fact]
    public void ToString_Nested_IsLeftAssociative() =>
        Assert.Equal("x + (x + x)", new SumExpression(X, new SumExpression(X, X)).ToString());
}
