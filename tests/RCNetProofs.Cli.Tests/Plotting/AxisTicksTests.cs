using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Cli.Plotting;
using Xunit;

namespace RCNetProofs.Cli.Tests.Plotting;

public class AxisTicksTests
{
    /// <summary>
    /// Invariant: ticks lie in [min, max], increase by one step, and the step is 1, 2 or 5 times a power of ten.
    /// Oracle: the count is between 2 and 3× the requested one, for any range wider than 1e-6.
    /// </summary>
    [Fact]
    public void Nice_RandomRanges_RoundStepsInsideTheRange()
    {
        var gen = Gen.Choose(-100000, 100000).Two().Where(t => t.Item1 != t.Item2).Zip(Gen.Choose(-6, 6));
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var ((p, q), e) = t;
            double scale = Math.Pow(10, e);
            double min = Math.Min(p, q) * scale / 1000, max = Math.Max(p, q) * scale / 1000;
            var ticks = AxisTicks.Nice(min, max, 6);
            if (ticks.Count < 2 || ticks.Count > 18) return false;
            double step = ticks[1] - ticks[0];
            double mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-9));
            bool round = new[] { 1.0, 2.0, 5.0, 10.0 }.Any(r => Math.Abs(mantissa - r) < 1e-6);
            return round && ticks.All(x => x >= min - step * 1e-6 && x <= max + step * 1e-6)
                && ticks.Zip(ticks.Skip(1)).All(z => Math.Abs(z.Second - z.First - step) < step * 1e-6);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Range_ConstantValues_IsAWindowAroundThem()
    {
        var (min, max) = AxisTicks.Range([2.0, 2.0]);
        Assert.True(min < 2 && max > 2);
        Assert.Equal((0.0, 1.0), AxisTicks.Range([]));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(0.25, "0.25")]
    [InlineData(-3, "-3")]
    [InlineData(0.0000152587890625, "1.53E-5")]
    public void Label_ReadableNumbers(double value, string expected) => Assert.Equal(expected, AxisTicks.Label(value));
}
