using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class MidSmoothingTests
{
    private static Gen<Rational> Delta => from q in Gen.Choose(2, 24) select Rational.Create(1, q);

    /// <summary>φ_d(x) by the recursion of the lemma, evaluating φ itself at the 3^d shifted points (no mid network).</summary>
    private static Rational Nested(Network phi, Rational delta, Rational[] x, int level)
    {
        if (level == 0) return phi.Evaluate(x)[0];
        var values = new[] { -delta, Rational.Zero, delta }.Select(s =>
        {
            var y = (Rational[])x.Clone();
            y[level - 1] += s;
            return Nested(phi, delta, y, level - 1);
        }).ToArray();
        return RcGenerators.Median(values[0], values[1], values[2]);
    }

    [Property(MaxTest = 60)]
    public Property Build_RandomNetworks_IsTheNestedMedianOfShiftedValues() => Prop.ForAll(Arb.From(
        from d in Gen.Choose(1, 2)
        from depth in Gen.Choose(0, 2)
        from phi in RandomNetworks.Network(d, 1, depth)
        from delta in Delta
        from points in RandomNetworks.Points(d, 3)
        select (phi, delta, points)), c =>
        {
            var (phi, delta, points) = c;
            int d = phi.InputDimension;
            var smooth = MidSmoothing.Build(phi, delta);
            foreach (var x in points) Assert.Equal(Nested(phi, delta, x, d), smooth.Evaluate(x)[0]);
            // size law: each coordinate triples the hidden layers so far and appends mid's [8, 6]
            var sizes = RandomNetworks.HiddenSizes(phi);
            for (int i = 0; i < d; i++) sizes = [.. sizes.Select(s => 3 * s), 8, 6];
            Assert.Equal(sizes, RandomNetworks.HiddenSizes(smooth));
            Assert.Equal("RC-TA2", smooth.Meta["construction"]);
        });

    [Property(MaxTest = 60)]
    public Property Build_ErrorOnlyInOmega_IsWithinEpsilonPlusDeltaEverywhere() => Prop.ForAll(Arb.From(
        from k in Gen.Choose(1, 5)
        from j in Gen.Choose(1, 4)
        from heights in Gen.ArrayOf(Gen.Choose(-40, 40), 4)
        from e in Gen.Choose(0, 6)
        from xs in Gen.ArrayOf(Gen.Choose(0, 997), 12)
        select (k, j, heights, e, xs)), c =>
        {
            // f(x) = |x − 1/3| (1-Lipschitz, so ω_f(δ) = δ); φ = f + ε/2 + a hat of random height in every strip of Ω(K, δ):
            // |φ − f| ≤ ε outside Ω and arbitrary inside. The lemma: |φ_1 − f| ≤ ε + δ on all of [0, 1].
            var (k, j, heights, e, xs) = c;
            var delta = Rational.Create(1, 3 * k * j);
            var epsilon = Rational.Create(e, 8);
            var third = Rational.Create(1, 3);
            var units = new List<(Rational, Rational, Rational)> { (1, -third, 1), (-1, third, 1) };
            for (int s = 1; s < k; s++)
            {
                var a = Rational.Create(s, k) - delta;
                var h = (Rational)heights[s % 4] / (delta / 2);
                units.AddRange([(1, -a, h), (1, -(a + delta / 2), -2 * h), (1, -(a + delta), h)]);
            }
            var phi = NetworkCalculus.OneHiddenLayer(units, epsilon / 2);
            var smooth = MidSmoothing.Build(phi, delta);
            var omega = new TriflingRegion(1, k, delta);
            foreach (var x in xs.Select(v => Rational.Create(v, 997)).Append(Rational.Zero).Append(Rational.One))
            {
                var f = Rational.Abs(x - third);
                if (omega.CubeIndexOf([x]) is not null) Assert.True(Rational.Abs(phi.Evaluate(x)[0] - f) <= epsilon);
                Assert.True(Rational.Abs(smooth.Evaluate(x)[0] - f) <= epsilon + delta, $"x = {x}");
            }
        });

    [Property(MaxTest = 25)]
    public Property Step_RandomRCNets_IsTheMedianOfThreeShiftedCopies() => Prop.ForAll(Arb.From(
        from net in RcGenerators.RandomRCNet(output: 1)
        from coordinate in Gen.Choose(0, net.InputDimension - 1)
        from delta in Delta
        from points in Gen.ArrayOf(Gen.ArrayOf(Oracles.RationalIn(-1, 1), net.InputDimension), 3)
        select (net, coordinate, delta, points)), c =>
        {
            var (net, coordinate, delta, points) = c;
            var step = MidSmoothing.Step(net, coordinate, delta, Box.Cube(net.InputDimension, -1, 1));
            var flat = step.Flatten();
            foreach (var x in points)
            {
                var v = new[] { -delta, Rational.Zero, delta }.Select(s =>
                {
                    var y = (Rational[])x.Clone();
                    y[coordinate] += s;
                    return RcGenerators.Iterate(net.L1, net.G, net.L2, net.Compositions, y)[0];
                }).ToArray();
                var expected = RcGenerators.Median(v[0], v[1], v[2]);
                Assert.Equal(expected, step.Evaluate(x)[0]);
                Assert.Equal(expected, flat.Evaluate(x)[0]);
            }
            // the proof's counts: state 3D + 2, R + 2 compositions, depth max(L + 2, 3), width ≤ 3N + 8 + 18D + 2
            var s0 = NetworkSizes.Measure(net.G);
            var s1 = NetworkSizes.Measure(step.G);
            Assert.Equal(3 * net.StateDimension + 2, step.StateDimension);
            Assert.Equal(net.Compositions + 2, step.Compositions);
            Assert.Equal(Math.Max(s0.Depth + 2, 3), s1.Depth);
            Assert.True(s1.Width <= 3 * s0.Width + 8 + 18 * net.StateDimension + 2);
        });

    [Fact]
    public void Build_InvalidArguments_Throw()
    {
        var two = NetworkCalculus.Identity(2);
        Assert.Throws<NetworkException>(() => MidSmoothing.Build(two, Rational.Half));
        var one = NetworkCalculus.Identity(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => MidSmoothing.Build(one, Rational.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => MidSmoothing.Smooth(one, 1, Rational.Half));
        var rc = new RCNet(one, one, one, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => MidSmoothing.Step(rc, -1, Rational.Half, Box.Cube(1, 0, 1)));
        Assert.Throws<NetworkException>(() => MidSmoothing.Step(rc, 0, Rational.Half, Box.Cube(2, 0, 1)));
    }
}
