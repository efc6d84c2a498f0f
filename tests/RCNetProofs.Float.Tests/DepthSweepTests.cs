using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Float.Tests;

public sealed class DepthSweepTests
{
    [Fact]
    public void Create_FirstDepthIsTheLeastOverPointsThatBreak()
    {
        var sweep = new DepthSweep(Rational.Half, [], [null, 12, 9, null]);
        Assert.Equal(9, sweep.FirstDepth);
        Assert.Equal(Rational.Half, sweep.Threshold);
        Assert.Equal([null, 12, 9, null], sweep.FirstDepthPerPoint);
    }

    [Fact]
    public void Create_NoPointBreaks_FirstDepthIsNull()
    {
        Assert.Null(new DepthSweep(Rational.Half, [], [null, null]).FirstDepth);
        Assert.Null(new DepthSweep(Rational.Half, [], []).FirstDepth);
    }
}
