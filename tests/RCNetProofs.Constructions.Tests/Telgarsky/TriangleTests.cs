using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Constructions.Tests.RandomNetworks;

namespace RCNetProofs.Constructions.Tests.Telgarsky;

public class TriangleTests
{
    /// <summary>The tent map written piece by piece: 2x on [0, 1/2], 2 − 2x on [1/2, 1], 0 elsewhere.</summary>
    internal static Rational Tent(Rational x) =>
        x < Rational.Zero || x > Rational.One ? Rational.Zero
        : x <= Rational.Half ? 2 * x
        : 2 - 2 * x;

    private static Arbitrary<Rational> Reals() => Arb.From(Gen.Frequency(
        (1, Coordinate),
        (3, from p in Gen.Choose(-8, 72) from q in Gen.Choose(1, 64) select Rational.Create(p, q))));

    [Property]
    public Property Triangle_RandomRationals_MatchesTentFormula() => Prop.ForAll(Reals(), x =>
        Assert.Equal(Tent(x), Triangle.Build().EvaluateScalar(x)));

    [Property]
    public Property Triangle_RandomRationals_IsSymmetricAboutOneHalf() => Prop.ForAll(Reals(), x =>
    {
        var delta = Triangle.Build();
        Assert.Equal(delta.EvaluateScalar(x), delta.EvaluateScalar(1 - x));
    });

    [Fact]
    public void Triangle_UnitInterval_MapsOntoItself()
    {
        var delta = Triangle.Build();
        Assert.Equal(Rational.One, delta.EvaluateScalar(Rational.Half));
        Assert.Equal(Rational.Zero, delta.EvaluateScalar(0));
        Assert.Equal(Rational.Zero, delta.EvaluateScalar(1));
        for (int k = 0; k <= 64; k++)
        {
            var y = delta.EvaluateScalar(Rational.Create(k, 64));
            Assert.InRange(y, Rational.Zero, Rational.One);
        }
    }

    [Fact]
    public void Triangle_Build_SizesAndMetadata()
    {
        var delta = Triangle.Build();
        var sizes = NetworkSizes.Measure(delta);
        Assert.Equal((1, 1, 3, 1, 2), (sizes.InputDimension, sizes.OutputDimension, sizes.Width, sizes.Depth, sizes.AffineLayers));
        Assert.Equal((3L, 10L, 8L), (sizes.Neurons, sizes.Parameters, sizes.NonZeros));
        Assert.True(delta.Layers[0].AllRelu);
        Assert.True(delta.IsDyadic);
        Assert.Equal("TEL-DELTA", delta.Meta["construction"]);
    }
}
