using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Float.Tests;

public sealed class CrossCheckReportTests
{
    private static PointCheck Check(int index, double value, Dyadic? bound) =>
        new(index, [Rational.Zero], [Rational.Zero], [value], bound is Dyadic b ? [b] : null);

    [Fact]
    public void Create_SeveralPoints_PicksTheLargestErrorAndCounts()
    {
        var report = new CrossCheckReport(Triangle.Build(), [Check(0, 0, Dyadic.One), Check(1, 0.5, Dyadic.One), Check(2, -0.25, Dyadic.Zero)]);
        Assert.Equal(Rational.Half, report.MaxError);
        Assert.Equal(1, report.WorstPoint);
        Assert.Equal(2, report.WithinBoundCount);
        Assert.Equal(1, report.ExactCount);
        Assert.False(report.AllWithinBound);
    }

    [Fact]
    public void Create_NonFinitePoint_MaxErrorIsNullAndWorstIsTheFirstSuch()
    {
        var report = new CrossCheckReport(Triangle.Build(), [Check(0, 2, Dyadic.One), Check(1, double.PositiveInfinity, Dyadic.One), Check(2, double.NaN, null), Check(3, 9, null)]);
        Assert.Null(report.MaxError);
        Assert.Equal(1, report.WorstPoint);
    }

    [Fact]
    public void Create_NoPoints_ZeroErrorAndVacuouslyWithin()
    {
        var report = new CrossCheckReport(Triangle.Build(), []);
        Assert.Equal(Rational.Zero, report.MaxError);
        Assert.Equal(-1, report.WorstPoint);
        Assert.True(report.AllWithinBound);
    }
}
