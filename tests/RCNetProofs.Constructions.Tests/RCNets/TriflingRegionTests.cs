using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class TriflingRegionTests
{
    private static Gen<TriflingRegion> Regions =>
        from d in Gen.Choose(1, 3)
        from k in Gen.Choose(1, 7)
        from p in Gen.Choose(1, 99)
        select new TriflingRegion(d, k, Rational.Create(p, 100 * k));

    /// <summary>x ∈ Ω straight from the definition: some coordinate in some open strip (k/K − δ, k/K), k = 1..K−1.</summary>
    private static bool InOmega(TriflingRegion o, Rational[] x) =>
        x.Any(t => Enumerable.Range(1, o.K - 1).Any(k => t > Rational.Create(k, o.K) - o.Delta && t < Rational.Create(k, o.K)));

    /// <summary>Points of [0,1]^d, often on strip ends and grid points.</summary>
    private static Gen<Rational[]> Points(TriflingRegion o) => Gen.ArrayOf(Gen.OneOf(
        Oracles.RationalIn(0, 1),
        from k in Gen.Choose(0, o.K) select Rational.Create(k, o.K),
        from k in Gen.Choose(1, Math.Max(1, o.K - 1)) select Rational.Create(k, o.K) - o.Delta), o.Dimension);

    [Property]
    public Property Measure_EqualsInclusionExclusionOverCoordinates() => Prop.ForAll(Arb.From(Regions), o =>
    {
        // oracle: Σ_{∅≠S⊆{1..d}} (−1)^{|S|+1} (strip measure)^{|S|}, strip measure (K − 1)δ per coordinate
        var s = (o.K - 1) * o.Delta;
        var sum = Rational.Zero;
        for (int mask = 1; mask < 1 << o.Dimension; mask++)
        {
            int size = System.Numerics.BitOperations.PopCount((uint)mask);
            sum += (size % 2 == 1 ? 1 : -1) * Rational.Pow(s, size);
        }
        Assert.Equal(sum, o.Measure);
        Assert.True(o.Measure <= o.MeasureBound);
        Assert.Equal(o.K * o.Dimension * o.Delta, o.MeasureBound);
    });

    [Property(MaxTest = 200)]
    public Property CubesAndOmega_PartitionTheUnitCube() => Prop.ForAll(
        Arb.From(from o in Regions from x in Points(o) select (o, x)), t =>
        {
            var (o, x) = t;
            var beta = o.CubeIndexOf(x);
            Assert.Equal(InOmega(o, x), o.Contains(x));
            Assert.True(o.Contains(x) ^ beta is not null);
            if (beta is null) return;
            var cube = o.Cube(beta);
            for (int i = 0; i < o.Dimension; i++)
            {
                Assert.InRange(x[i], cube.Lower[i], cube.Upper[i]);
                Assert.Equal(Rational.Create(beta[i], o.K), o.Representative(beta)[i]);
                Assert.Equal(Rational.Create(beta[i], o.K), cube.Lower[i]);
                Assert.Equal(beta[i] == o.K - 1 ? Rational.One : Rational.Create(beta[i] + 1, o.K) - o.Delta, cube.Upper[i]);
            }
        });

    [Fact]
    public void Indices_EnumerateEveryCubeOnceInOrder()
    {
        var o = new TriflingRegion(3, 3, Rational.Create(1, 9));
        var all = o.Indices().ToList();
        Assert.Equal(27, all.Count);
        Assert.Equal([0, 0, 1], all[1]);
        Assert.Equal([2, 2, 2], all[^1]);
        Assert.Equal(27, all.Select(b => string.Join(",", b)).Distinct().Count());
    }

    [Fact]
    public void Construction_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TriflingRegion(0, 2, Rational.Create(1, 8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TriflingRegion(1, 0, Rational.Create(1, 8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TriflingRegion(1, 4, Rational.Create(1, 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TriflingRegion(1, 4, Rational.Zero));
        var o = new TriflingRegion(2, 2, Rational.Create(1, 8));
        Assert.Throws<ArgumentException>(() => o.Contains([Rational.Zero]));
        Assert.Throws<ArgumentException>(() => o.Cube([0, 2]));
        Assert.False(o.Contains([(Rational)2, Rational.Zero]));
        Assert.Null(o.CubeIndexOf([-Rational.One, Rational.Zero]));
    }

    [Fact]
    public void SingleCube_HasEmptyOmega()
    {
        var o = new TriflingRegion(2, 1, Rational.Create(1, 3));
        Assert.Equal(Rational.Zero, o.Measure);
        Assert.Equal([0, 0], o.CubeIndexOf([Rational.Half, Rational.One])!);
    }

    [Property]
    public Property GridSize_IsTheIntegerDthRoot() => Prop.ForAll(Arb.From(from r in Gen.Choose(1, 5000) from d in Gen.Choose(1, 4) select (r, d)), t =>
    {
        var (r, d) = t;
        int k = TriflingRegion.GridSize(r, d);
        Assert.True(System.Numerics.BigInteger.Pow(k, d) <= r && System.Numerics.BigInteger.Pow(k + 1, d) > r);
    });
}
