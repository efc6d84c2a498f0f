using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class FloorExpressionTests
{
    private static Rational R(long n, long d = 1) => Rational.Create(n, d);

    [Theory]
    [InlineData(7, 3, 2)]
    [InlineData(-1, 2, -1)]
    [InlineData(4, 1, 4)]
    public void Evaluate_Rational_IsTheFloor(long n, long d, long floor)
    {
        var e = new FloorExpression(new VariableExpression());
        Assert.Equal(R(floor), e.Evaluate(R(n, d)));
        Assert.Equal(R(floor), e.Evaluate([R(n, d)]));
    }

    [Fact]
    public void Enclose_Interval_IsTheFloorsOfTheEnds()
    {
        // ⌊2x⌋ on [1/3, 7/4]: from ⌊2/3⌋ = 0 to ⌊7/2⌋ = 3, attained at the ends
        var e = TargetParser.Parse("floor(2*x)").Enclose(Box.Cube(1, R(1, 3), R(7, 4)));
        Assert.Equal((R(0), R(3)), (e.Lower, e.Upper));
        Assert.True(e.IsExact);
    }

    [Fact]
    public void Restrict_NonConstantArgument_IsUnsupported_ConstantIsOnePiece()
    {
        Assert.Throws<TargetUnsupportedException>(() => TargetParser.Parse("floor(x)").Restrict(0, 2));
        Assert.Equal(Polynomial.Constant(R(1)), Assert.Single(new FloorExpression(new ConstantExpression(R(3, 2))).Restrict(0, 2).Pieces).Polynomial);
    }

    [Fact]
    public void ToString_ParsesBack()
    {
        var e = new FloorExpression(new SumExpression(new VariableExpression(), new ConstantExpression(R(1, 2))));
        Assert.Equal("floor(x + 1/2)", e.ToString());
        Assert.Equal(e, TargetParser.Parse(e.ToString()));
    }
}
