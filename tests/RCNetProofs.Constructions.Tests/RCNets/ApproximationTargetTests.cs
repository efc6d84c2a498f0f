using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class ApproximationTargetTests
{
    public static TheoryData<string> Names => ["abs", "square", "max", "product"];

    private static ApproximationTarget Get(string name) => name switch
    {
        "abs" => ApproximationTarget.AbsDistance(Rational.Create(1, 3)),
        "square" => ApproximationTarget.Square(),
        "max" => ApproximationTarget.Max2(),
        _ => ApproximationTarget.Product2(),
    };

    /// <summary>A pair of points at distance ≤ t = √t2 (the witness of each closed form), from the definitions.</summary>
    private static (Rational[] X, Rational[] Y) Witness(string name, Rational t2)
    {
        var s = RationalSqrt.Lower(t2);
        return name switch
        {
            "abs" => ([Rational.Create(1, 3) + Rational.Min(s, Rational.Create(2, 3))], [Rational.Create(1, 3)]),
            "square" => ([Rational.One], [1 - Rational.Min(s, 1)]),
            "max" => ([Rational.One, Rational.Zero], [1 - Rational.Min(s, 1), Rational.Zero]),
            _ => ([Rational.One, Rational.One], [1 - Rational.Min(RationalSqrt.Lower(t2 / 2), 1), 1 - Rational.Min(RationalSqrt.Lower(t2 / 2), 1)]),
        };
    }

    [Property(MaxTest = 100)]
    public Property ModulusLowerBound_IsReachedByAPairWithinTheRadius() => Prop.ForAll(
        Arb.From(from name in Gen.Elements("abs", "square", "max", "product") from p in Gen.Choose(1, 40) from q in Gen.Choose(1, 40) select (name, Rational.Create(p, q * q))), c =>
        {
            var (name, t2) = c;
            var f = Get(name);
            var (x, y) = Witness(name, t2);
            var dist2 = x.Zip(y, (a, b) => (a - b) * (a - b)).Aggregate(Rational.Zero, (a, v) => a + v);
            Assert.True(dist2 <= t2);
            Assert.All(x.Concat(y), v => Assert.InRange(v, Rational.Zero, Rational.One));
            // ω_f(t) ≥ |f(x) − f(y)| ≥ the bound
            Assert.True(f.ModulusLowerBound(t2) <= Rational.Abs(f.Value(x) - f.Value(y)));
            Assert.True(f.ModulusLowerBound(t2).Sign > 0 && f.ModulusLowerBound(t2) <= f.Oscillation);
        });

    [Theory]
    [MemberData(nameof(Names))]
    public void Bounds_OscillationAndSupNorm_HoldOnAGrid(string name)
    {
        var f = Get(name);
        var grid = Enumerable.Range(0, 11).Select(i => Rational.Create(i, 10)).ToArray();
        var points = f.Dimension == 1 ? grid.Select(x => new[] { x }) : grid.SelectMany(x => grid.Select(y => new[] { x, y }));
        var values = points.Select(p => f.Value(p)).ToList();
        Assert.True(values.Max()! - values.Min()! <= f.Oscillation);
        Assert.True(values.Max(Rational.Abs) <= f.SupNorm);
    }

    [Property(MaxTest = 100)]
    public Property ModulusUpperBound_BoundsEveryPairWithinTheRadius() => Prop.ForAll(
        Arb.From(from name in Gen.Elements("abs", "square", "max", "product")
                 from p in Gen.Choose(1, 40) from q in Gen.Choose(1, 40)
                 from x in Gen.ArrayOf(Gen.Choose(0, 60), 2) from u in Gen.ArrayOf(Gen.Choose(-60, 60), 2)
                 select (name, Rational.Create(p, q * q), x, u)), c =>
        {
            var (name, t2, xs, us) = c;
            var f = Get(name);
            int d = f.Dimension;
            // a point x of [0,1]^d and y = x + s·u clamped into [0,1]^d with |y − x| ≤ t: |f(x) − f(y)| ≤ ω_f(t) ≤ the bound
            var x = xs.Take(d).Select(v => Rational.Create(v, 60)).ToArray();
            var u = us.Take(d).Select(v => Rational.Create(v, 60)).ToArray();
            var norm2 = u.Aggregate(Rational.Zero, (a, v) => a + v * v);
            var scale = norm2.IsZero ? Rational.Zero : Rational.Min(1, RationalSqrt.Lower(t2 / norm2));
            var y = x.Zip(u, (a, v) => Rational.Max(0, Rational.Min(1, a + scale * v))).ToArray();
            var dist2 = x.Zip(y, (a, b) => (a - b) * (a - b)).Aggregate(Rational.Zero, (a, v) => a + v);
            Assert.True(dist2 <= t2);
            var upper = f.ModulusUpperBound(t2);
            Assert.True(Rational.Abs(f.Value(x) - f.Value(y)) <= upper);
            // invariant: lower ≤ upper ≤ oscillation
            Assert.True(f.ModulusLowerBound(t2) <= upper && upper <= f.Oscillation);
        });

    [Fact]
    public void ModulusUpperBound_WithoutLipschitzBound_IsTheOscillation()
    {
        var f = new ApproximationTarget("2x", 1, x => 2 * x[0], t => 0, 2, 2);
        Assert.Null(f.Lipschitz);
        Assert.Equal((Rational)2, f.ModulusUpperBound(Rational.Create(1, 100)));
        Assert.Equal((Rational)1, ApproximationTarget.AbsDistance(Rational.Create(1, 3)).Lipschitz);
        Assert.Equal((Rational)2, ApproximationTarget.Square().Lipschitz);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApproximationTarget("f", 1, x => 0, t => 0, 1, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => f.ModulusUpperBound(-1));
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ApproximationTarget.AbsDistance(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApproximationTarget("f", 0, x => 0, t => 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApproximationTarget("f", 1, x => 0, t => 0, -1, 1));
        Assert.Throws<ArgumentException>(() => ApproximationTarget.Max2().Value([Rational.One]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApproximationTarget.Max2().ModulusLowerBound(-1));
        Assert.Equal(Rational.Create(1, 4), ApproximationTarget.AbsDistance(Rational.Create(1, 3)).ModulusLowerBound(Rational.Create(1, 16)));
        Assert.Equal(Rational.Create(2, 3), ApproximationTarget.AbsDistance(Rational.Create(1, 3)).ModulusLowerBound(1));
    }
}
