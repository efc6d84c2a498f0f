using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Telgarsky;

public class SymmetricCopiesTests
{
    private sealed record Case((Rational X, Rational Y)[] Knots, int L, Rational[] Points)
    {
        public override string ToString() => $"L = {L}; f through {string.Join(" ", Knots.Select(k => $"({k.X}, {k.Y})"))}; x = {string.Join(", ", Points)}";
    }

    /// <summary>A random CPWL f on [0, 1] symmetric about 1/2: knots on [0, 1/2) mirrored, plus the middle.</summary>
    private static Gen<Case> Cases =>
        from n in Gen.Choose(1, 5)
        from xs in Gen.ArrayOf(Gen.Choose(0, 15), n)
        from ys in Gen.ArrayOf(Gen.Choose(-4, 4), 6)
        from mid in Gen.Choose(-4, 4)
        from l in Gen.Choose(1, 8)
        from pts in Gen.ArrayOf(Oracles.RationalIn(0, 1), 6)
        let left = xs.Distinct().Order().Select((v, i) => (X: Rational.Create(v, 32), Y: (Rational)ys[i])).ToArray()
        select new Case([.. left, (Rational.Half, (Rational)mid), .. left.Reverse().Select(k => (1 - k.X, k.Y))], l, pts);

    [Property]
    public Property Build_SymmetricF_EqualsTwoToTheLCopies() => Prop.ForAll(Arb.From(Cases), c =>
    {
        var f = ShallowInterpolant.Build(c.Knots, 0, 0);
        var net = SymmetricCopies.Build(f, c.L);
        var scale = Rational.Pow(2, c.L);
        foreach (var x in c.Points)
        {
            // TEL-SYM: f(Δ^{∘L}(x)) = f(⟨2^L x⟩), with f evaluated by the piecewise formula.
            var expected = Oracles.Cpwl(c.Knots, 0, 0, (scale * x).FractionalPart());
            Assert.Equal(expected, net.EvaluateScalar(x));
            // invariant: period 2^{−L} on [0, 1]
            if (x + 1 / scale <= 1) Assert.Equal(net.EvaluateScalar(x), net.EvaluateScalar(x + 1 / scale));
        }
    });

    [Fact]
    public void Build_NonSymmetricF_BreaksTheIdentity()
    {
        // f(z) = z is not symmetric: f(Δ(5/8)) = 3/4 but f(⟨2·5/8⟩) = 1/4.
        var net = SymmetricCopies.Build(ShallowInterpolant.Build([(Rational.Zero, Rational.Zero), (Rational.One, Rational.One)], 1, 1), 1);
        Assert.Equal(Rational.Create(3, 4), net.EvaluateScalar(Rational.Create(5, 8)));
    }

    [Theory]
    [InlineData(1)] [InlineData(4)] [InlineData(7)]
    public void Build_Sizes_DepthAddsWidthIsMax(int l)
    {
        var narrow = ShallowInterpolant.Build([(Rational.Zero, Rational.Zero), (Rational.Half, Rational.One), (Rational.One, Rational.Zero)], 0, 0);
        var wide = ShallowSawtooth.Build(3);
        foreach (var f in new[] { narrow, wide })
        {
            var sizes = NetworkSizes.Measure(SymmetricCopies.Build(f, l));
            var fs = NetworkSizes.Measure(f);
            Assert.Equal((l + fs.Depth, Math.Max(3, fs.Width)), (sizes.Depth, sizes.Width));
        }
        Assert.Equal("TEL-SYM", SymmetricCopies.Build(narrow, l).Meta["construction"]);
    }

    [Fact]
    public void Build_BadArguments_Throw()
    {
        var f = ShallowSawtooth.Build(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => SymmetricCopies.Build(f, 0));
        var twoInputs = RCNetProofs.Constructions.Calculus.NetworkCalculus.Affine(new Rational[,] { { 1, 1 } });
        Assert.Throws<NetworkException>(() => SymmetricCopies.Build(twoInputs, 1));
    }
}
