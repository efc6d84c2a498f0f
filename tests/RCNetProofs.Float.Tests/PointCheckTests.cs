using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Float.Tests;

public sealed class PointCheckTests
{
    private static readonly Rational[] Point = [Rational.One];

    [Fact]
    public void Create_EqualValues_IsExactWithZeroError()
    {
        var check = new PointCheck(3, Point, [Rational.Half, (Rational)2], [0.5, 2.0], [Dyadic.Zero, Dyadic.Zero]);
        Assert.Equal(3, check.Index);
        Assert.True(check.IsExact);
        Assert.Equal(Rational.Zero, check.Error);
        Assert.True(check.WithinBound);
    }

    [Fact]
    public void Create_GapsPerOutput_ErrorIsTheLargestAndEachOutputHasItsOwnBound()
    {
        // Gaps 1/4 and 1/8 against bounds 1/8 and 1/4: the larger gap breaks its own (smaller) bound.
        var exact = new[] { Rational.Zero, Rational.Zero };
        var bounds = new[] { Dyadic.Create(1, -3), Dyadic.Create(1, -2) };
        var check = new PointCheck(0, Point, exact, [0.25, 0.125], bounds);
        Assert.Equal(Rational.Create(1, 4), check.Error);
        Assert.False(check.WithinBound);
        Assert.False(check.IsExact);
        var swapped = new PointCheck(0, Point, exact, [0.125, 0.25], bounds);
        Assert.True(swapped.WithinBound);
    }

    [Fact]
    public void Create_GapEqualToBound_IsWithin()
    {
        var check = new PointCheck(0, Point, [Rational.Zero], [0.25], [Dyadic.Create(1, -2)]);
        Assert.True(check.WithinBound);
    }

    [Fact]
    public void Create_NonFiniteOutput_HasNoErrorAndIsNotWithin()
    {
        var check = new PointCheck(0, Point, [Rational.Zero, Rational.Zero], [0, double.NaN], [Dyadic.One, Dyadic.One]);
        Assert.Null(check.Error);
        Assert.False(check.WithinBound);
        Assert.False(check.IsExact);
    }

    [Fact]
    public void Create_NoBound_IsNotWithin()
    {
        var check = new PointCheck(0, Point, [Rational.Zero], [0.0], null);
        Assert.Null(check.Bounds);
        Assert.True(check.IsExact);
        Assert.False(check.WithinBound);
    }
}
