using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class VariableExpressionTests
{
    [Fact]
    public void Evaluate_Point_IsThePoint()
    {
        var x = new VariableExpression();
        Assert.Equal(Rational.Create(2, 9), x.Evaluate(Rational.Create(2, 9)));
        Assert.True(x.ContainsVariable);
        Assert.Equal("x", x.ToString());
    }

    [Fact]
    public void Restrict_Interval_IsIdentityPolynomial() =>
        Assert.Equal(Polynomial.X, Assert.Single(new VariableExpression().Restrict(0, 1).Pieces).Polynomial);

    [Fact]
    public void Equality_TwoInstances_AreEqual() =>
        Assert.Equal(new VariableExpression(), new VariableExpression());
}
