using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.BitExtraction;
using RCNetProofs.Constructions.Tests.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.BitExtraction;

public class Base4DigitsTests
{
    /// <summary>The sawtooth T_m on [0, 2m]: distance from y to the nearest even integer, folded (0 at even, 1 at odd).</summary>
    private static Rational Sawtooth(Rational y)
    {
        var f = y.Floor();
        var frac = y - f;
        return f.Numerator.IsEven ? frac : 1 - frac;
    }

    [Fact]
    public void Build_AllPatternsUpToJ8_ReturnEveryDigit()
    {
        for (int j = 1; j <= 8; j++)
        {
            var phi = new CompiledNetwork<Rational>(Base4Digits.Build(j), NumberConverters.ToRational);
            foreach (var digits in RcGenerators.AllPatterns(j))
            {
                var a = Base4Digits.Encode(digits);
                for (int i = 1; i <= j; i++)
                    Assert.Equal(digits[i - 1] ? Rational.One : Rational.Zero, phi.Evaluate([Rational.Pow(4, i) * a])[0]);
            }
        }
    }

    [Property(MaxTest = 200)]
    public Property Lemma_B2_SawtoothOfScaledCodeSeparatesTheDigits() => Prop.ForAll(
        Arb.From(from j in Gen.Choose(1, 40) from bits in RcGenerators.Bits(40) from i in Gen.Choose(1, 40) select (j, bits.Take(j).ToArray(), (i - 1) % j + 1)), t =>
        {
            var (j, digits, i) = t;
            var value = Sawtooth(Rational.Pow(4, i) * Base4Digits.Encode(digits));
            if (digits[i - 1]) Assert.InRange(value, Rational.Create(2, 3), Rational.One);
            else Assert.InRange(value, Rational.Zero, Rational.Create(1, 3));
        });

    [Property(MaxTest = 40)]
    public Property Build_RandomLongCodes_ReturnEveryDigit() => Prop.ForAll(
        Arb.From(from j in Gen.Choose(9, 64) from bits in RcGenerators.Bits(64) from i in Gen.Choose(1, 64) select (j, bits.Take(j).ToArray(), (i - 1) % j + 1)), t =>
        {
            var (j, digits, i) = t;
            var phi = Base4Digits.Build(j);
            Assert.Equal(digits[i - 1] ? Rational.One : Rational.Zero, phi.EvaluateScalar(Rational.Pow(4, i) * Base4Digits.Encode(digits)));
        });

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Build_EveryRealInput_MapsIntoTheUnitInterval(int j)
    {
        // exact range over [−1, 2·4^J + 1] from the kernel's piece enumeration
        var net = Base4Digits.Build(j);
        Rational lo = 0, hi = 0;
        PiecewiseLinear.Enumerate(net, Segment.Interval(-1, 2 * Rational.Pow(4, j) + 1), p =>
        {
            foreach (var x in new[] { p.Start, p.End })
            {
                var v = p.Slope[0] * x + p.Intercept[0];
                lo = Rational.Min(lo, v); hi = Rational.Max(hi, v);
            }
            return true;
        });
        Assert.Equal((Rational.Zero, Rational.One), (lo, hi));
    }

    [Fact]
    public void Build_HasWidth2AndDepth2JPlus2()
    {
        var sizes = NetworkSizes.Measure(Base4Digits.Build(5));
        Assert.Equal((2, 12), (sizes.Width, sizes.Depth));
        Assert.Equal(Rational.Create(5, 16), Base4Digits.Encode([true, true]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Base4Digits.Build(0));
    }
}
