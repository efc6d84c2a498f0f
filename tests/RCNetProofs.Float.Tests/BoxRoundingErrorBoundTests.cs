using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Float.Tests;

public class BoxRoundingErrorBoundTests
{
    // Folds any rational into [0, 1]: |x| / (1 + |x|).
    private static Rational[] IntoUnitBox(Rational[] x) => x.Select(v => Rational.Abs(v) / (1 + Rational.Abs(v))).ToArray();

    [Property(MaxTest = 150)]
    public Property For_RandomNetworkAndPointsOfTheUnitBox_DominatesPointBoundAndTheRealError() =>
        Prop.ForAll(Arb.From(NetworkGenerators.WithPoints(NetworkGenerators.Networks(), NetworkGenerators.RationalPoints, 4)), s =>
        {
            var box = BoxRoundingErrorBound.For(s.Network, Rational.Zero, Rational.One);
            if (box is null) return;   // overflow possible somewhere in the box: no claim to test
            var pointBound = RoundingErrorBound.For(s.Network);
            var scalar = new CompiledNetwork<double>(s.Network, NumberConverters.ToDouble);
            foreach (var raw in s.Points)
            {
                var x = IntoUnitBox(raw);
                var exact = s.Network.Evaluate(x);
                var dbl = scalar.Evaluate(x.Select(v => v.ToDouble()).ToArray());
                var at = pointBound.At(x);
                for (int o = 0; o < box.Length; o++)
                {
                    Assert.True(Rational.Abs(Rational.FromDouble(dbl[o]) - exact[o]) <= box[o].ToRational(), $"output {o}: real error above the box bound");
                    if (at is not null) Assert.True(at[o] <= box[o], $"output {o}: point bound {at[o]} above box bound {box[o]}");
                }
            }
        });

    [Fact]
    public void For_IdentityOnDyadicWeights_BoundIsTheInputRoundingOnly()
    {
        // y = x: the only error is rounding the input, ≤ u·1 + 2^−1074, and the bound is exactly that plus nothing from the sum.
        var net = new Network(1, [AffineLayer.Dense([[Rational.One]], [Rational.Zero], Activation.Identity)]);
        var bound = Assert.Single(BoxRoundingErrorBound.For(net, Rational.Zero, Rational.One)!);
        var inputError = RoundingErrorBound.UnitRoundoff + Dyadic.PowerOfTwo(-1074);
        Assert.True(bound >= inputError);
        Assert.True(bound <= inputError * 2 + RoundingErrorBound.Gamma(2) * 2);
    }

    [Fact]
    public void For_EmptyBox_Throws() =>
        Assert.Throws<ArgumentException>(() => BoxRoundingErrorBound.For(new Network(1, [AffineLayer.Dense([[Rational.One]], [Rational.Zero], Activation.Identity)]), Rational.One, Rational.Zero));
}
