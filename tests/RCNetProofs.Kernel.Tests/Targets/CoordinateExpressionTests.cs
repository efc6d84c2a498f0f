using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class CoordinateExpressionTests
{
    private static Rational R(long n, long d = 1) => Rational.Create(n, d);

    [Fact]
    public void Evaluate_Point_ReadsItsCoordinate()
    {
        var x2 = new CoordinateExpression(2);
        Assert.Equal(R(5, 7), x2.Evaluate([R(1), R(5, 7), R(3)]));
        Assert.Equal(2, x2.Dimension);
        Assert.Equal("x2", x2.ToString());
        Assert.Throws<ArgumentException>(() => x2.Evaluate([R(1)]));
    }

    [Fact]
    public void OneVariable_X1IsX_OthersAreUnsupported()
    {
        Assert.Equal(R(3, 4), new CoordinateExpression(1).Evaluate(R(3, 4)));
        Assert.Equal(Polynomial.X, Assert.Single(new CoordinateExpression(1).Restrict(0, 1).Pieces).Polynomial);
        Assert.Throws<TargetUnsupportedException>(() => new CoordinateExpression(2).Evaluate(R(1)));
        Assert.Throws<TargetUnsupportedException>(() => new CoordinateExpression(3).Restrict(0, 1));
    }

    [Fact]
    public void Enclose_Box_IsTheCoordinateRangeAttainedAtItsEnds()
    {
        var e = new CoordinateExpression(2).Enclose(new Box([R(0), R(-1, 2)], [R(1), R(3)]));
        Assert.Equal((R(-1, 2), R(3)), (e.Lower, e.Upper));
        Assert.Equal(R(-1, 2), e.LowerAt![1]);
        Assert.Equal(R(3), e.UpperAt![1]);
        Assert.True(e.IsExact);
    }

    [Fact]
    public void Constructor_IndexBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoordinateExpression(0));
}
