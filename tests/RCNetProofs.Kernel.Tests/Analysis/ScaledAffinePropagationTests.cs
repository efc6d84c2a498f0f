using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

// Oracle: the rational propagation (BoxAnalysis.DecideAffineRational from the identity forms), compared number for
// number with BoxAnalysis.DecideAffine, which runs the integer propagation first.
public class ScaledAffinePropagationTests
{
    private static AffineOnBox Rational_(Network net, Box box)
    {
        var (coef, cst) = BoxAnalysis.IdentityForms(net.InputDimension);
        return BoxAnalysis.DecideAffineRational(net, box, 0, coef, cst);
    }

    private static bool Same(AffineOnBox a, AffineOnBox b)
    {
        if (a.PatternFixed != b.PatternFixed) return false;
        if (!a.PatternFixed)
            return a.UnfixedLayer == b.UnfixedLayer && a.UnfixedNeuron == b.UnfixedNeuron && a.UnfixedRange == b.UnfixedRange;
        return a.Offset!.SequenceEqual(b.Offset!) && a.Linear!.Zip(b.Linear!).All(p => p.First.SequenceEqual(p.Second));
    }

    // Weights that exercise the integer path: small rationals, large powers of two either way, multi-limb odd
    // parts, and denominators with the primes 3, 257, 65537 and 4294967311 (above 2^32: not representable, so
    // the rational path takes over from that layer).
    private static readonly Gen<Rational> Weight = Gen.Frequency(
        (3, from p in Gen.Choose(-10, 10) from q in Gen.Choose(1, 7) select Rational.Create(p, q)),
        (2, from s in Gen.Elements(1, -1) from e in Gen.Choose(-140, 140)
            select e >= 0 ? Rational.Create(s * (BigInteger.One << e), 1) : Rational.Create(s, BigInteger.One << -e)),
        (2, from hi in Gen.Choose(1, int.MaxValue) from lo in Gen.Choose(0, int.MaxValue) from e in Gen.Choose(0, 90) from s in Gen.Elements(1, -1)
            select Rational.Create(s * (((BigInteger)hi << 100) + lo) * 2 + 1, BigInteger.One << e)),
        (2, from p in Gen.Choose(-1000, 1000) from q in Gen.Elements(3L, 9L, 257L, 771L, 65537L, 196607L) select Rational.Create(p, q)),
        (1, from p in Gen.Choose(-5, 5) select Rational.Create(p, 4294967311L)),
        (2, Gen.Constant(Rational.Zero)));

    private static Gen<AffineLayer> Layer(int inputs, int outputs, bool hidden) =>
        from rows in Gen.ArrayOf(Gen.ArrayOf(Weight, inputs), outputs)
        from bias in Gen.ArrayOf(Weight, outputs)
        from relu in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select AffineLayer.Dense(rows, bias, hidden && relu ? Activation.Relu : Activation.Identity);

    private static readonly Gen<Network> Networks =
        from input in Gen.Choose(1, 3)
        from layerCount in Gen.Choose(1, 10)
        from hidden in Gen.ArrayOf(Gen.Choose(1, 4), layerCount - 1)
        from output in Gen.Choose(1, 3)
        let sizes = new[] { input }.Concat(hidden).Append(output).ToArray()
        from layers in Gen.CollectToArray(Enumerable.Range(0, layerCount), l => Layer(sizes[l], sizes[l + 1], l < layerCount - 1))
        select new Network(input, layers);

    [Fact]
    public void DecideAffine_OnNetworksWithLargeAndOddWeights_EqualsTheRationalPropagation()
    {
        Prop.ForAll((from n in Networks from boxes in Gen.ArrayOf(BoxAnalysisTests.Boxes(n.InputDimension), 3) select (n, boxes)).ToArbitrary(),
            c => c.boxes.All(box => Same(BoxAnalysis.DecideAffine(c.n, box), Rational_(c.n, box)))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void DecideAffine_OnTheGeneratorsNetworks_EqualsTheRationalPropagation()
    {
        Prop.ForAll((from n in NetworkGenerators.Networks() from boxes in Gen.ArrayOf(BoxAnalysisTests.Boxes(n.InputDimension), 3) select (n, boxes)).ToArbitrary(),
            c => c.boxes.All(box => Same(BoxAnalysis.DecideAffine(c.n, box), Rational_(c.n, box)))).QuickCheckThrowOnFailure();
    }

    // x ↦ (x1/3 + x2, 3·x2) repeated: the first coordinate's denominator 3^k really grows, so m passes 2^62 after
    // about 39 layers and the rational path finishes; its second coordinate keeps the factor 3 cancelling.
    [Theory]
    [InlineData(10)]
    [InlineData(60)]
    public void DecideAffine_WhenTheOddDenominatorOutgrowsAWord_FinishesInRationals(int depth)
    {
        var third = Rational.Create(1, 3);
        var layer = AffineLayer.Dense([[third, Rational.One], [Rational.Zero, Rational.Create(3, 1)]], [Rational.Create(1, 7), Rational.Zero], Activation.Relu);
        var net = new Network(2, Enumerable.Repeat(layer, depth).Append(AffineLayer.Dense([[Rational.One, Rational.One]], [Rational.Zero], Activation.Identity)).ToArray());
        var box = new Box([Rational.Create(1, 5), Rational.Create(1, 3)], [Rational.Create(2, 5), Rational.Create(1, 2)]);
        var fast = BoxAnalysis.DecideAffine(net, box);
        Assert.True(fast.PatternFixed);
        Assert.True(Same(fast, Rational_(net, box)));
        Assert.Equal(BigInteger.Pow(3, depth), fast.Linear![0][0].Denominator);
    }

    [Fact]
    public void DecideAffine_NamesTheStraddlingNeuronWithItsExactRange()
    {
        // y = relu(x/3 − 1/257) on [0, 1]: changes sign at 3/257.
        var net = new Network(1, [AffineLayer.Dense([[Rational.Create(1, 3)]], [Rational.Create(-1, 257)], Activation.Relu),
            AffineLayer.Dense([[Rational.One]], [Rational.Zero], Activation.Identity)]);
        var result = BoxAnalysis.DecideAffine(net, Box.Cube(1, Rational.Zero, Rational.One));
        Assert.False(result.PatternFixed);
        Assert.Equal((0, 0), (result.UnfixedLayer!.Value, result.UnfixedNeuron!.Value));
        Assert.Equal((Rational.Create(-1, 257), Rational.Create(254, 771)), result.UnfixedRange!.Value);
    }
}
