using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;
using Check = RCNetProofs.Kernel.Claims.Check;

namespace RCNetProofs.Kernel.Tests.Claims;

public class CheckEqualityTests
{
    private static Claim C(VerdictKind expected = VerdictKind.Proved) => new("SEED-HI/part=increment", "test", "test", expected);

    /// <summary>The seed's triangle map 3σ(x) − 4σ(x − 1/2), written out here.</summary>
    private static Network SeedDelta() => new(1, [
        AffineLayer.Dense([[Rational.One], [Rational.One]], [Rational.Zero, -Rational.Half], Activation.Relu),
        AffineLayer.Dense([[(Rational)3, (Rational)(-4)]], [Rational.Zero], Activation.Identity)]);

    /// <summary>Δ on [0, 1] as 2σ(x) − 4σ(x − 1/2): the third unit of the textbook form vanishes there.</summary>
    private static Network DeltaOnUnitInterval() => new(1, [
        AffineLayer.Dense([[Rational.One], [Rational.One]], [Rational.Zero, -Rational.Half], Activation.Relu),
        AffineLayer.Dense([[(Rational)2, (Rational)(-4)]], [Rational.Zero], Activation.Identity)]);

    [Fact]
    public void EqualOn_TwoWeightingsOfDeltaOnTheUnitInterval_IsProved()
    {
        var v = Check.EqualOn(C(), TestNetworks.Sawtooth(1), DeltaOnUnitInterval(), 0, 1);

        Assert.Equal(VerdictKind.Proved, v.Kind);
        Assert.Null(v.Witness);
        Assert.Equal(3, v.Sizes!.Neurons);
    }

    [Fact]
    public void EqualOn_TheSameTwoBeyondOne_IsRefutedWhereTheThirdUnitSwitchesOn()
    {
        var v = Check.EqualOn(C(), TestNetworks.Sawtooth(1), DeltaOnUnitInterval(), 0, 2);

        Assert.Equal(VerdictKind.Refuted, v.Kind);
        var w = v.Witness!;
        var x = w.X[0];
        Assert.True(x > 1 && x <= 2);
        // Oracle: Δ is 0 beyond 1, while 2σ(x) − 4σ(x − 1/2) = 2 − 2x there.
        Assert.Equal(Rational.Zero, w.NetworkValue);
        Assert.Equal(2 - 2 * x, w.TargetValue);
        Assert.Equal(Rational.Abs(2 - 2 * x), w.Gap);
    }

    [Fact]
    public void EqualOn_SeedDeltaAgainstDelta_IsRefutedWithBothValuesReEvaluated()
    {
        var v = Check.EqualOn(C(VerdictKind.Refuted), SeedDelta(), TestNetworks.Sawtooth(1), 0, 1);

        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.False(v.Unexpected);
        var w = v.Witness!;
        var x = w.X[0];
        var seed = 3 * Rational.Max(x, 0) - 4 * Rational.Max(x - Rational.Half, 0);
        Assert.Equal(seed, w.NetworkValue);
        Assert.Equal(TestNetworks.Tent(x, 1), w.TargetValue);
        Assert.NotEqual(w.NetworkValue, w.TargetValue);
        Assert.Contains("N1 = ", v.Message);
    }

    [Fact]
    public void EqualOn_BudgetTooSmallForEqualNetworks_IsUnknown()
    {
        var v = Check.EqualOn(C(VerdictKind.Unknown), TestNetworks.Sawtooth(12), TestNetworks.Sawtooth(12), 0, 1, budget: 100);

        Assert.Equal(VerdictKind.Unknown, v.Kind);
        Assert.Contains("piece budget", v.Message);
    }

    [Fact]
    public void EqualOn_EmptyInterval_Throws() =>
        Assert.Throws<ArgumentException>(() => Check.EqualOn(C(), TestNetworks.Abs(), TestNetworks.Abs(), 1, 1));

    [Fact]
    public void EqualOn_NetworkWithTwoInputs_Throws() =>
        Assert.Throws<ArgumentException>(() => Check.EqualOn(C(), TestNetworks.Max2(), TestNetworks.Abs(), 0, 1));

    private static readonly Gen<(Rational W, Rational B, Rational C)[]> Units =
        Gen.Choose(1, 5).SelectMany(k =>
            NumberGenerators.SmallRational.Three().Select(t => (t.Item1, t.Item2, t.Item3)).ArrayOf(k));

    private static Network OneHiddenLayer(IReadOnlyList<(Rational W, Rational B, Rational C)> units, Rational outputBias) => new(1, [
        AffineLayer.Dense(units.Select(u => (IReadOnlyList<Rational>)[u.W]).ToArray(), units.Select(u => u.B).ToArray(), Activation.Relu),
        AffineLayer.Dense([units.Select(u => u.C).ToArray()], [outputBias], Activation.Identity)]);

    private static Rational Formula(IEnumerable<(Rational W, Rational B, Rational C)> units, Rational outputBias, Rational x) =>
        units.Aggregate(outputBias, (s, u) => s + u.C * Rational.Max(u.W * x + u.B, Rational.Zero));

    /// <summary>
    /// Invariant: the same units in reverse order, plus a unit with output weight 0, define the same function, so
    /// equality is proved. Oracle: adding c·σ(x − t) with t inside the interval and c ≠ 0 changes the function,
    /// and the witness's two values are the closed-form sums Σ c_i σ(w_i x + b_i) of both unit lists.
    /// </summary>
    [Fact]
    public void EqualOn_RandomOneHiddenLayerNetworks_ProvedForReorderingsRefutedForAnExtraKink()
    {
        var gen = Units.Zip(NumberGenerators.SmallRational.Three());
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (units, (bias, kink, c)) = t;
            var n = OneHiddenLayer(units, bias);
            var reordered = OneHiddenLayer([.. units.Reverse(), (Rational.One, Rational.Zero, Rational.Zero)], bias);
            if (Check.EqualOn(C(), n, reordered, -4, 4).Kind != VerdictKind.Proved) return false;

            var t0 = Rational.Max(Rational.Min(kink, 3), -3);
            var coefficient = c.IsZero ? Rational.One : c;
            var extra = units.Append((Rational.One, -t0, coefficient)).ToArray();
            var v = Check.EqualOn(C(), n, OneHiddenLayer(extra, bias), -4, 4);
            if (v.Kind != VerdictKind.Refuted) return false;
            var x = v.Witness!.X[0];
            return v.Witness.NetworkValue == Formula(units, bias, x) && v.Witness.TargetValue == Formula(extra, bias, x)
                && v.Witness.NetworkValue != v.Witness.TargetValue && x >= -4 && x <= 4;
        }).QuickCheckThrowOnFailure();
    }
}
