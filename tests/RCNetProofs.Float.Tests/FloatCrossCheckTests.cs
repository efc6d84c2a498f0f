using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;
using static RCNetProofs.Float.Tests.FloatTestData;

namespace RCNetProofs.Float.Tests;

public sealed class FloatCrossCheckTests
{
    private static readonly Rational Half = Rational.Half;

    [Property(MaxTest = 100)]
    public Property Run_RandomNetwork_ExactFromRationalsFloatFromReferenceAllWithinBound() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.Networks(), NetworkGenerators.RationalPoints, 5)), s =>
        {
            var report = FloatCrossCheck.Run(s.Network, s.Points);
            var exact = new CompiledNetwork<Rational>(s.Network, NumberConverters.ToRational);
            var floats = Reference(s.Network, ToFeatureMajor(s.Points, s.Network.InputDimension), s.Points.Length);
            Assert.Equal(s.Points.Length, report.Points.Count);
            Rational max = Rational.Zero;
            for (int p = 0; p < s.Points.Length; p++)
            {
                var check = report.Points[p];
                Assert.Equal(p, check.Index);
                Assert.Equal(exact.Evaluate(s.Points[p]), check.Exact);
                for (int j = 0; j < s.Network.OutputDimension; j++)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(floats[j * s.Points.Length + p]), BitConverter.DoubleToInt64Bits(check.Float[j]));
                    var gap = Rational.Abs(Rational.FromDouble(check.Float[j]) - check.Exact[j]);
                    if (gap > max) max = gap;
                }
            }
            Assert.True(report.AllWithinBound);
            Assert.Equal(max, report.MaxError);
        });

    [Property(MaxTest = 60)]
    public Property Run_DyadicNetworkAtGridPoints_FloatIsExactEverywhere() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.DyadicNetworks(), NetworkGenerators.DyadicGridPoints, 5)), s =>
        {
            var report = FloatCrossCheck.Run(s.Network, s.Points);
            Assert.Equal(s.Points.Length, report.ExactCount);
            Assert.Equal(Rational.Zero, report.MaxError);
            Assert.True(report.AllWithinBound);
        });

    [Fact]
    public void SweepDepth_SawtoothAtOneThird_ErrorDoublesFromTheInputRoundingUntilItBreaksAt55()
    {
        // fl(1/3) = 1/3 − 2^−54/3, and each tent step doubles the gap while the double steps stay exact, so at
        // depth L the error is 2^(L−54)/3; it first exceeds 1/2 at L = 55.
        var sweep = FloatCrossCheck.SweepDepth(Sawtooth.Build, 1, 56, [[Rational.Create(1, 3)]], Half);
        foreach (var row in sweep.Rows.Where(r => r.Depth <= 54))
            Assert.Equal(Rational.FromDyadic(Dyadic.PowerOfTwo(row.Depth - 54)) / 3, row.MaxError);
        Assert.Equal(55, sweep.FirstDepth);
        Assert.Equal([55], sweep.FirstDepthPerPoint);
        Assert.Equal(0, sweep.Rows.Single(r => r.Depth == 54).BeyondThreshold);
        Assert.Equal(1, sweep.Rows.Single(r => r.Depth == 55).BeyondThreshold);
        Assert.All(sweep.Rows, r => Assert.Equal(1, r.WithinBoundCount));
    }

    [Fact]
    public void SweepDepth_SawtoothAtRandomFractions_BreaksNearTheDoublePrecision()
    {
        var random = new Random(2024);
        var points = Enumerable.Range(0, 5).Select(_ =>
        {
            long q = random.Next(3, 1000) | 1;   // odd denominators: never dyadic
            return new[] { Rational.Create(random.NextInt64(1, q), q) };
        }).ToList();
        var sweep = FloatCrossCheck.SweepDepth(Sawtooth.Build, 40, 72, points, Half);
        Assert.All(sweep.FirstDepthPerPoint, d => Assert.InRange(d!.Value, 46, 72));
        Assert.InRange(sweep.FirstDepth!.Value, 46, 60);
        // Below its first breaking depth each point's error stays within 1/2, and the bound always holds.
        foreach (var row in sweep.Rows)
        {
            Assert.True(row.BeyondThreshold <= sweep.FirstDepthPerPoint.Count(d => d <= row.Depth));
            Assert.Equal(points.Count, row.WithinBoundCount);
        }
        Assert.Equal(0, sweep.Rows.Single(r => r.Depth == sweep.FirstDepth - 1).BeyondThreshold);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void SweepDepth_SawtoothAtManyFractions_BoundHoldsAtEveryDepth()
    {
        var random = new Random(99);
        var points = Enumerable.Range(0, 100).Select(_ =>
        {
            long q = random.Next(2, 100_000);
            return new[] { Rational.Create(random.NextInt64(0, q + 1), q) };
        }).ToList();
        var sweep = FloatCrossCheck.SweepDepth(Sawtooth.Build, 1, 64, points, Half);
        Assert.All(sweep.Rows, r => Assert.Equal(points.Count, r.WithinBoundCount));
        Assert.InRange(sweep.FirstDepth!.Value, 46, 60);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(45)]
    public void Run_SawtoothAtFortyBitDyadics_DoubleIsExact(int depth)
    {
        // k/2^40 and every intermediate value keep under 53 significant bits, so double makes no rounding at all.
        var points = Enumerable.Range(0, 50).Select(k => new[] { Rational.Create(k * 20_011L, 1L << 40) }).ToList();
        var report = FloatCrossCheck.Run(Sawtooth.Build(depth), points);
        Assert.Equal(points.Count, report.ExactCount);
        Assert.Equal(Rational.Zero, report.MaxError);
    }

    [Fact]
    public void Run_WrongDimension_Throws()
    {
        Assert.Throws<ArgumentException>(() => FloatCrossCheck.Run(Triangle.Build(), [[Rational.One, Rational.One]]));
    }

    [Fact]
    public void SweepDepth_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FloatCrossCheck.SweepDepth(Sawtooth.Build, 5, 4, [], Half));
        Assert.Throws<ArgumentOutOfRangeException>(() => FloatCrossCheck.SweepDepth(Sawtooth.Build, 1, 2, [], -Half));
    }
}
