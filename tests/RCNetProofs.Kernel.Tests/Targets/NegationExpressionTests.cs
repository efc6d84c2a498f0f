using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class NegationExpressionTests
{
    private static readonly TargetExpression X = new VariableExpression();

    [Fact]
    public void Evaluate_Point_Negates() =>
        Assert.Equal(Rational.Create(-2, 5), new NegationExpression(X).Evaluate(Rational.Create(2, 5)));

    [Fact]
    public void Restrict_NegatedAbs_NegatesEachPiece()
    {
        var pieces = new NegationExpression(new AbsExpression(X)).Restrict(-1, 1).Pieces;
        Assert.Equal([Polynomial.X, -Polynomial.X], pieces.Select(p => p.Polynomial));
    }

    [Fact]
    public void ToString_DoubleNegation_ReparsesToSameTree()
    {
        var e = new NegationExpression(new NegationExpression(X));
        Assert.Equal("--x", e.ToString());
        Assert.Equal(e, TargetParser.Parse(e.ToString()));
    }
}
