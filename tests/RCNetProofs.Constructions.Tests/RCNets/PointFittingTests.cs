using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class PointFittingTests
{
    /// <summary>A random walk y_0.. ≥ 0 with steps of at most ε (often exactly ±ε or 0), n values, m ≥ n.</summary>
    private static Gen<(Rational[] Y, Rational Eps, int M)> Cases(int maxN) =>
        from n in Gen.Choose(1, maxN)
        from extra in Gen.Choose(0, 4)
        from epsNum in Gen.Choose(1, 9)
        from epsDen in Gen.Choose(1, 7)
        from start in Gen.Choose(0, 40)
        from steps in Gen.ArrayOf(Gen.OneOf(Gen.Choose(-6, 6), Gen.Elements(-6, 0, 6)), n)
        let eps = Rational.Create(epsNum, epsDen)
        select (Walk(eps * start / 3, steps.Select(s => eps * s / 6).ToArray()), eps, n + extra);

    private static Rational[] Walk(Rational start, Rational[] steps)
    {
        var y = new Rational[steps.Length];
        var cur = start;
        for (int k = 0; k < y.Length; k++)
        {
            if (k > 0) cur = Rational.Max(Rational.Zero, cur + steps[k]);
            y[k] = cur;
        }
        return y;
    }

    [Property(MaxTest = 60)]
    public Property Build_RandomData_GivesEpsilonFloorWithinEpsilonBelow() => Prop.ForAll(Arb.From(Cases(24)), t =>
    {
        var (y, eps, m) = t;
        var net = PointFitting.Build(y, eps, m);
        Assert.Equal(m - 1, net.Compositions);
        var flat = new CompiledNetwork<Rational>(net.Flatten(), NumberConverters.ToRational);
        for (int k = 0; k < y.Length; k++)
        {
            var value = flat.Evaluate([(Rational)k])[0];
            Assert.Equal(eps * (y[k] / eps).FloorToInteger(), value);
            Assert.True(value > y[k] - eps && value <= y[k]);
        }
    });

    [Fact]
    public void Build_SizesAndMetadata()
    {
        var net = PointFitting.Build([1, 2, 3, 2], 1, 6);
        Assert.True(new NetworkClass(16, 2, 6, 6).Contains(net.G));
        Assert.Equal((1, 6, 1, 5), (net.InputDimension, net.StateDimension, net.OutputDimension, net.Compositions));
        Assert.Equal(("RC-P3.2", "11000", "00100", "1"), (net.Meta["construction"], net.Meta["c"], net.Meta["d"], net.Meta["a0"]));
        // g depends on m only: the data live in L1's biases and L2
        var other = PointFitting.Build([5, 4, 3, 3, 4, 5], Rational.Create(3, 2), 6);
        Assert.Equal(NetworkJsonText(net.G), NetworkJsonText(other.G));
    }

    [Fact]
    public void Build_SingleValueWithoutCompositions_ReturnsItsFloor()
    {
        var net = PointFitting.Build([Rational.Create(7, 2)], 1, 1);
        Assert.Equal(0, net.Compositions);
        Assert.Equal((Rational)3, net.Flatten().EvaluateScalar(0));
    }

    [Fact]
    public void Build_InvalidData_Throws()
    {
        Assert.Throws<ArgumentException>(() => PointFitting.Build([0, 2], 1, 3));
        Assert.Throws<ArgumentException>(() => PointFitting.Build([-1, 0], 1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PointFitting.Build([0, 1], 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PointFitting.Build([0, 1, 1], 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => PointFitting.Build([], 1, 2));
    }

    private static string NetworkJsonText(Network n) => NetworkJson.ToJson(n);
}
