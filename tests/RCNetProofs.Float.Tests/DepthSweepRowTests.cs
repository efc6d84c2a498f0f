using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Float.Tests;

public sealed class DepthSweepRowTests
{
    private static PointCheck Check(int index, double value, Dyadic? bound) =>
        new(index, [Rational.Zero], [Rational.Zero], [value], bound is Dyadic b ? [b] : null);

    [Fact]
    public void Create_CountsPointsStrictlyBeyondTheThresholdAndNonFiniteOnes()
    {
        var report = new CrossCheckReport(Triangle.Build(), [Check(0, 0.5, Dyadic.One), Check(1, 0.75, Dyadic.Half), Check(2, double.NaN, Dyadic.One), Check(3, 0, Dyadic.Create(3, 0))]);
        var row = new DepthSweepRow(7, report, Rational.Half);
        Assert.Equal(7, row.Depth);
        Assert.Equal(2, row.BeyondThreshold);
        Assert.Null(row.MaxError);
        Assert.Equal(Dyadic.Create(3, 0), row.MaxBound);
        Assert.Equal(2, row.WithinBoundCount);
    }

    [Fact]
    public void Create_SomePointWithoutBound_MaxBoundIsNull()
    {
        var report = new CrossCheckReport(Triangle.Build(), [Check(0, 0, Dyadic.One), Check(1, 0, null)]);
        var row = new DepthSweepRow(1, report, Rational.Half);
        Assert.Null(row.MaxBound);
        Assert.Equal(Rational.Zero, row.MaxError);
        Assert.Equal(0, row.BeyondThreshold);
    }
}
