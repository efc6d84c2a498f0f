using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Float.Tests.FloatTestData;

namespace RCNetProofs.Float.Tests;

/// <summary>
/// <see cref="FloatCrossCheck.TraceCompositions"/> and the <see cref="CompositionTrace"/> it returns, against an
/// independent oracle: the exact state after k compositions from the flattened prefix g^{∘k}∘L1, and the double state
/// from the reference double evaluator applied part by part.
/// </summary>
public sealed class CompositionTraceTests
{
    private static Network Identity(int dimension) =>
        new(dimension, [AffineLayer.Dense(Enumerable.Range(0, dimension).Select(i => (IReadOnlyList<Rational>)Enumerable.Range(0, dimension).Select(j => i == j ? Rational.One : Rational.Zero).ToArray()).ToArray(),
            Enumerable.Repeat(Rational.Zero, dimension).ToArray(), Activation.Identity)]);

    [Fact]
    public void TraceCompositions_TentMapAtOneThird_ErrorDoublesEachStepAndFirstDepartsAt55()
    {
        // fl(1/3) = 1/3 − 2^−54/3, and the double tent steps on this orbit are exact, so after k ≤ 54 steps the error is 2^(k−54)/3.
        var x = Rational.Create(1, 3);
        var trace = FloatCrossCheck.TraceCompositions(Identity(1), Sawtooth.Build(1), Identity(1), 56, [x], Rational.Half);

        Assert.Equal(58, trace.Steps.Count);
        var exact = x;
        for (int k = 0; k <= 56; k++)
        {
            var step = trace.Steps[k];
            Assert.Equal(k, step.Compositions);
            Assert.False(step.IsOutput);
            Assert.Equal(exact, step.Exact[0]);
            // Past k = 54 the double orbit has left the exact one: both stay in [0, 1], 2/3 apart.
            Assert.Equal(k <= 54 ? Rational.Pow(2, k - 54) / 3 : Rational.Create(2, 3), step.Errors[0]);
            exact = exact <= Rational.Half ? 2 * exact : 2 - 2 * exact;   // the tent map by cases
        }
        Assert.True(trace.Steps[^1].IsOutput);
        Assert.Equal(55, trace.FirstDeparture!.Compositions);
        Assert.Equal(0, trace.FirstDeparture.FirstCoordinateBeyond);
        Assert.All(trace.Steps.Take(55), s => Assert.Null(s.FirstCoordinateBeyond));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TraceCompositions_RCNetTheorem11_MatchesExactPrefixesAndPartwiseReferenceDoubles(int r)
    {
        var rc = CompositionApprox.Build(ApproximationTarget.AbsDistance(Rational.Create(1, 3)), r, 2);
        var tolerance = Rational.Create(1, 1000);
        foreach (var x in new[] { Rational.Zero, Rational.Create(5, 16), Rational.Create(2, 7) })
        {
            var trace = FloatCrossCheck.TraceCompositions(rc.L1, rc.G, rc.L2, rc.Compositions, [x], tolerance);

            var doubles = Reference(rc.L1, [x.ToDouble()], 1);
            (int K, int I)? first = null;
            for (int k = 0; k <= rc.Compositions; k++)
            {
                if (k > 0) doubles = Reference(rc.G, doubles, 1);
                var prefix = k == 0 ? rc.L1 : NetworkCalculus.Compose(NetworkCalculus.Power(rc.G, k), rc.L1);
                var exact = prefix.Evaluate(x);
                var step = trace.Steps[k];
                Assert.Equal(exact, step.Exact);
                Assert.Equal(doubles.Select(BitConverter.DoubleToInt64Bits), step.Float.Select(BitConverter.DoubleToInt64Bits));
                for (int i = 0; i < exact.Length; i++)
                {
                    var error = Rational.Abs(Rational.FromDouble(doubles[i]) - exact[i]);
                    Assert.Equal(error, step.Errors[i]);
                    if (first is null && error > tolerance) first = (k, i);
                }
            }
            var output = trace.Steps[^1];
            Assert.Equal(rc.Flatten().Evaluate(x), output.Exact);
            Assert.Equal(Reference(rc.L2, doubles, 1).Select(BitConverter.DoubleToInt64Bits), output.Float.Select(BitConverter.DoubleToInt64Bits));
            if (first is null) Assert.True(trace.FirstDeparture is null || trace.FirstDeparture.IsOutput);
            else
            {
                Assert.Equal(first.Value.K, trace.FirstDeparture!.Compositions);
                Assert.Equal(first.Value.I, trace.FirstDeparture.FirstCoordinateBeyond);
            }
        }
    }

    [Fact]
    public void TraceCompositions_RCNetTheorem11AtRTwo_FirstDepartsAtCoordinateZeroOfTheFirstComposition()
    {
        var rc = CompositionApprox.Build(ApproximationTarget.AbsDistance(Rational.Create(1, 3)), 2, 2);

        var trace = FloatCrossCheck.TraceCompositions(rc.L1, rc.G, rc.L2, rc.Compositions, [Rational.Zero], Rational.Create(1, 1000));

        var step = trace.FirstDeparture!;
        Assert.Equal(1, step.Compositions);
        Assert.Equal(0, step.FirstCoordinateBeyond);
        Assert.Equal(Rational.Create(1, 6), step.Exact[0]);
        Assert.Equal(0.0, step.Float[0]);
        Assert.Equal(Rational.Create(1, 3), trace.Steps[^1].Errors[0]);
    }

    [Fact]
    public void TraceCompositions_PartsThatDoNotChain_ThrowArgumentException() =>
        Assert.Throws<ArgumentException>(() => FloatCrossCheck.TraceCompositions(Identity(2), Sawtooth.Build(1), Identity(1), 1, [Rational.Zero, Rational.Zero], Rational.Half));

    [Fact]
    public void TraceCompositions_NegativeTolerance_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FloatCrossCheck.TraceCompositions(Identity(1), Sawtooth.Build(1), Identity(1), 1, [Rational.Zero], -Rational.Half));

    [Fact]
    public void TraceCompositions_PointOfWrongDimension_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => FloatCrossCheck.TraceCompositions(Identity(1), Sawtooth.Build(1), Identity(1), 1, [Rational.Zero, Rational.One], Rational.Half));
}
