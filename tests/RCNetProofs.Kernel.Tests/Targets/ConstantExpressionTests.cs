using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class ConstantExpressionTests
{
    [Fact]
    public void Evaluate_AnyPoint_IsTheConstant()
    {
        var c = new ConstantExpression(Rational.Create(-5, 7));
        Assert.Equal(Rational.Create(-5, 7), c.Evaluate(3));
        Assert.False(c.ContainsVariable);
    }

    [Fact]
    public void Restrict_Interval_IsOneConstantPiece()
    {
        var piece = Assert.Single(new ConstantExpression(Rational.Half).Restrict(-1, 1).Pieces);
        Assert.Equal(Polynomial.Constant(Rational.Half), piece.Polynomial);
    }

    [Theory]
    [InlineData("3", "3")]
    [InlineData("-3", "-3")]
    [InlineData("0.75", "3/4")]
    [InlineData("-6/4", "-3/2")]
    public void ToString_Value_IsCanonicalRational(string value, string expected) =>
        Assert.Equal(expected, new ConstantExpression(Rational.Parse(value)).ToString());
}
