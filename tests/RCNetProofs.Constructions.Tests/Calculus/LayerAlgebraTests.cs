using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Constructions.Tests.RandomNetworks;

namespace RCNetProofs.Constructions.Tests.Calculus;

public class LayerAlgebraTests
{
    private sealed record LayerCase(AffineLayer[] Layers, Rational[] X)
    {
        public override string ToString() => $"{Layers.Length} layers, x = ({string.Join(", ", X)})";
    }

    private static Arbitrary<LayerCase> MergeCases() => Arb.From(
        from a in Gen.Choose(1, 4)
        from m in Gen.Choose(1, 4)
        from k in Gen.Choose(1, 4)
        from inner in Layer(a, m, hidden: false)
        from outer in Layer(m, k, hidden: true)
        from x in Point(a)
        select new LayerCase([outer, inner], x));

    [Property]
    public Property Merge_RandomLayers_EqualsInnerAffineThenOuter() => Prop.ForAll(MergeCases(), c =>
    {
        var (outer, inner) = (c.Layers[0], c.Layers[1]);
        var merged = LayerAlgebra.Merge(outer, inner);
        Assert.Equal(Apply(outer, Apply(inner, c.X)), Apply(merged, c.X));
        Assert.Equal(inner.InputSize, merged.InputSize);
        Assert.Equal(outer.Activations.ToArray(), merged.Activations.ToArray());
        Assert.Equal(outer.PreferSparse || inner.PreferSparse, merged.PreferSparse);
        // Sparsity: a merged row has at most the non-zeros its outer row reaches through the inner rows.
        for (int i = 0; i < merged.OutputSize; i++)
        {
            int bound = 0;
            foreach (int mid in outer.RowColumns(i)) bound += inner.RowColumns(mid).Length;
            Assert.True(merged.RowColumns(i).Length <= Math.Min(bound, inner.InputSize));
        }
    });

    [Property]
    public Property Stack_RandomLayers_ConcatenatesOutputs() => Prop.ForAll(Arb.From(
        from a in Gen.Choose(1, 4)
        from m1 in Gen.Choose(1, 4)
        from m2 in Gen.Choose(1, 4)
        from l1 in Layer(a, m1, hidden: true)
        from l2 in Layer(a, m2, hidden: true)
        from x in Point(a)
        select new LayerCase([l1, l2], x)), c =>
    {
        var stacked = LayerAlgebra.Stack(c.Layers);
        Assert.Equal(Apply(c.Layers[0], c.X).Concat(Apply(c.Layers[1], c.X)), Apply(stacked, c.X));
        Assert.Equal(c.Layers.Sum(l => l.WeightNonZeros), stacked.WeightNonZeros);
    });

    [Property]
    public Property BlockDiagonal_RandomLayers_ActsOnSlices() => Prop.ForAll(Arb.From(
        from a1 in Gen.Choose(1, 4)
        from a2 in Gen.Choose(1, 4)
        from m1 in Gen.Choose(1, 4)
        from m2 in Gen.Choose(1, 4)
        from l1 in Layer(a1, m1, hidden: true)
        from l2 in Layer(a2, m2, hidden: true)
        from x in Point(a1 + a2)
        select new LayerCase([l1, l2], x)), c =>
    {
        var block = LayerAlgebra.BlockDiagonal(c.Layers);
        int a1 = c.Layers[0].InputSize;
        var expected = Apply(c.Layers[0], c.X[..a1]).Concat(Apply(c.Layers[1], c.X[a1..]));
        Assert.Equal(expected, Apply(block, c.X));
        Assert.Equal(c.X.Length, block.InputSize);
        Assert.Equal(c.Layers.Sum(l => l.WeightNonZeros), block.WeightNonZeros);
    });

    [Property]
    public Property Scale_RandomLayer_ScalesPreActivation() => Prop.ForAll(Arb.From(
        from a in Gen.Choose(1, 4)
        from m in Gen.Choose(1, 4)
        from l in Layer(a, m, hidden: false)
        from x in Point(a)
        from c in SmallRational
        select new LayerCase([l], [c, .. x])), s =>
    {
        var c = s.X[0]; var x = s.X[1..];
        var scaled = LayerAlgebra.Scale(s.Layers[0], c);
        Assert.Equal(Apply(s.Layers[0], x).Select(v => c * v), Apply(scaled, x));
    });

    [Fact]
    public void Make_PreferDense_KeepsWeightsAndWritesDense()
    {
        IReadOnlyList<(int, Rational)>[] rows = [[(2, Rational.Create(1, 3))], []];
        var dense = LayerAlgebra.Make(3, rows, [Rational.One, Rational.Zero], [Activation.Relu, Activation.Identity], preferSparse: false);
        var sparse = LayerAlgebra.Make(3, rows, [Rational.One, Rational.Zero], [Activation.Relu, Activation.Identity], preferSparse: true);
        Assert.False(dense.PreferSparse);
        Assert.True(sparse.PreferSparse);
        foreach (var layer in new[] { dense, sparse })
        {
            Assert.Equal(1, layer.WeightNonZeros);
            Assert.Equal(Rational.Create(1, 3), layer.Weight(0, 2));
            Assert.Equal([Activation.Relu, Activation.Identity], layer.Activations.ToArray());
        }
    }

    [Fact]
    public void FromMatrix_EmptyOrMismatchedBias_Throws()
    {
        Assert.Throws<NetworkException>(() => LayerAlgebra.FromMatrix(new Rational[0, 2], null, Activation.Identity, "t"));
        var e = Assert.Throws<NetworkException>(() => LayerAlgebra.FromMatrix(new Rational[2, 2], [Rational.One], Activation.Identity, "t"));
        Assert.Contains("2 rows", e.Message);
    }

    [Fact]
    public void Merge_SizeMismatch_Throws()
    {
        var inner = LayerAlgebra.FromMatrix(new Rational[2, 1], null, Activation.Identity, "t");
        var outer = LayerAlgebra.FromMatrix(new Rational[1, 3], null, Activation.Relu, "t");
        Assert.Throws<NetworkException>(() => LayerAlgebra.Merge(outer, inner));
    }
}
