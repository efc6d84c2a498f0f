using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public sealed class AffineLayerTests
{
    private static readonly Gen<Rational> Entry =
        Gen.Frequency(
            (2, Gen.Constant(Rational.Zero)),
            (3, from p in Gen.Choose(-9, 9) from q in Gen.Choose(1, 6) select Rational.Create(p, q)));

    private static readonly Gen<Rational[][]> Matrices =
        from rows in Gen.Choose(1, 5)
        from cols in Gen.Choose(1, 5)
        from m in Gen.ArrayOf(Gen.ArrayOf(Entry, cols), rows)
        select m;

    [Property(MaxTest = 200)]
    public Property Dense_RandomMatrix_WeightReturnsEveryEntryAndStoresOnlyNonZeros() =>
        Prop.ForAll(Arb.From(Matrices), m =>
        {
            var bias = Enumerable.Range(0, m.Length).Select(i => (Rational)i).ToArray();
            var layer = AffineLayer.Dense(m, bias, Activation.Relu);
            Assert.Equal(m.Length, layer.OutputSize);
            Assert.Equal(m[0].Length, layer.InputSize);
            for (int i = 0; i < m.Length; i++)
                for (int j = 0; j < m[0].Length; j++)
                    Assert.Equal(m[i][j], layer.Weight(i, j));
            Assert.Equal(m.Sum(r => r.Count(v => !v.IsZero)), layer.WeightNonZeros);
            // Invariant: stored rows are strictly ascending and zero-free.
            for (int i = 0; i < layer.OutputSize; i++)
            {
                var cols = layer.RowColumns(i).ToArray();
                Assert.True(cols.Zip(cols.Skip(1)).All(p => p.First < p.Second));
                Assert.DoesNotContain(Rational.Zero, layer.RowValues(i).ToArray());
            }
        });

    [Property(MaxTest = 200)]
    public Property Convert_RandomMatrix_RebuildsEveryEntryBiasAndActivationThroughTheConverter() =>
        Prop.ForAll(Arb.From(from m in Matrices from relus in Gen.ArrayOf(Gen.Elements(true, false), m.Length) select (m, relus)), t =>
        {
            var (m, relus) = t;
            var bias = Enumerable.Range(0, m.Length).Select(i => Rational.Create(i - 2, 3)).ToArray();
            var layer = AffineLayer.Dense(m, bias, relus.Select(r => r ? Activation.Relu : Activation.Identity).ToArray());
            var calls = 0;
            var (rowStart, cols, vals, convertedBias, relu) = layer.Convert(q => { calls++; return 2 * q; });
            // Oracle: the dense matrix itself, doubled; zeros are absent from the compressed rows.
            Assert.Equal(m.Length + 1, rowStart.Length);
            Assert.Equal(vals.Length + bias.Length, calls);
            for (int i = 0; i < m.Length; i++)
            {
                var row = Enumerable.Repeat(Rational.Zero, m[0].Length).ToArray();
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) row[cols[k]] = vals[k];
                Assert.Equal(m[i].Select(v => 2 * v), row);
                Assert.Equal(m[i].Count(v => !v.IsZero), rowStart[i + 1] - rowStart[i]);
                Assert.Equal(2 * bias[i], convertedBias[i]);
                Assert.Equal(relus[i], relu[i]);
            }
        });

    [Property(MaxTest = 200)]
    public Property Sparse_ShuffledRowsOfADenseMatrix_EqualsTheDenseLayer() =>
        Prop.ForAll(Arb.From(from m in Matrices from seed in Gen.Choose(0, 1000) select (m, seed)), t =>
        {
            var (m, seed) = t;
            var rng = new Random(seed);
            var rows = m.Select(r => (IReadOnlyList<(int, Rational)>)Enumerable.Range(0, r.Length).Select(j => (j, r[j])).OrderBy(_ => rng.Next()).ToArray()).ToArray();
            var bias = new Rational[m.Length];
            var sparse = AffineLayer.Sparse(m[0].Length, rows, bias, Activation.Identity);
            var dense = AffineLayer.Dense(m, bias, Activation.Identity);
            for (int i = 0; i < m.Length; i++)
            {
                Assert.Equal(dense.RowColumns(i).ToArray(), sparse.RowColumns(i).ToArray());
                Assert.Equal(dense.RowValues(i).ToArray(), sparse.RowValues(i).ToArray());
            }
            Assert.True(sparse.PreferSparse);
            Assert.False(dense.PreferSparse);
        });

    [Fact]
    public void SparseRows_OfALayer_RebuildTheSameLayer()
    {
        var layer = AffineLayer.Dense([[1, 0, Rational.Create(-2, 3)], [0, 0, 0]], [5, 6], Activation.Relu);
        var rebuilt = AffineLayer.Sparse(3, layer.SparseRows(), layer.Bias.ToArray(), layer.Activations.ToArray());
        Assert.Equal(new (int, Rational)[] { (0, 1), (2, Rational.Create(-2, 3)) }, layer.SparseRows()[0]);
        Assert.Empty(layer.SparseRows()[1]);
        for (int j = 0; j < 3; j++) Assert.Equal(layer.Weight(0, j), rebuilt.Weight(0, j));
    }

    [Fact]
    public void Dense_RaggedRows_NamesTheRowAndBothLengths()
    {
        var e = Assert.Throws<NetworkException>(() => AffineLayer.Dense([[1, 2], [1, 2], [1]], [0, 0, 0], Activation.Relu));
        Assert.Equal("dense layer: row 2 has 1 columns, row 0 has 2", e.Message);
    }

    [Fact]
    public void Dense_RowsDisagreeingWithGivenInputSize_Throws()
    {
        var e = Assert.Throws<NetworkException>(() => AffineLayer.Dense([[1, 2]], [0], Activation.Relu, inputSize: 3));
        Assert.Contains("2 columns", e.Message);
        Assert.Contains("input size is 3", e.Message);
    }

    [Fact]
    public void Dense_BiasCountMismatch_NamesBothCounts()
    {
        var e = Assert.Throws<NetworkException>(() => AffineLayer.Dense([[1], [2]], [0], [Activation.Relu, Activation.Relu]));
        Assert.Equal("layer: 2 weight rows but 1 biases", e.Message);
    }

    [Fact]
    public void Dense_ActivationCountMismatch_NamesBothCounts()
    {
        var e = Assert.Throws<NetworkException>(() => AffineLayer.Dense([[1], [2]], [0, 0], [Activation.Relu]));
        Assert.Equal("layer: 2 weight rows but 1 activations", e.Message);
    }

    [Fact]
    public void Dense_NoRows_IsRejected()
    {
        var e = Assert.Throws<NetworkException>(() => AffineLayer.Dense([], [], Activation.Relu, inputSize: 2));
        Assert.Contains("at least one neuron", e.Message);
    }

    [Fact]
    public void Sparse_NonPositiveInputSize_IsRejected()
    {
        var e = Assert.Throws<NetworkException>(() => AffineLayer.Sparse(0, [[]], [0], Activation.Identity));
        Assert.Contains("got 0", e.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void Sparse_ColumnOutOfRange_NamesRowColumnAndRange(int column)
    {
        var e = Assert.Throws<NetworkException>(() => AffineLayer.Sparse(3, [[], [(column, 1)]], [0, 0], Activation.Identity));
        Assert.Equal($"layer: row 1 refers to column {column}, outside 0..2", e.Message);
    }

    [Fact]
    public void Sparse_RepeatedColumn_NamesRowAndColumn()
    {
        var e = Assert.Throws<NetworkException>(() => AffineLayer.Sparse(3, [[(1, 1), (0, 2), (1, 3)]], [0], Activation.Identity));
        Assert.Equal("layer: row 0 gives column 1 twice", e.Message);
    }

    [Fact]
    public void Sparse_ExplicitZeroEntries_AreDropped()
    {
        var layer = AffineLayer.Sparse(2, [[(0, 0), (1, 4)]], [0], Activation.Identity);
        Assert.Equal(1, layer.WeightNonZeros);
        Assert.Equal(new[] { 1 }, layer.RowColumns(0).ToArray());
    }

    [Fact]
    public void WithActivations_NewActivations_KeepsWeightsAndBias()
    {
        var layer = AffineLayer.Dense([[1, 2], [3, 4]], [5, 6], Activation.Relu);
        var mixed = layer.WithActivations([Activation.Identity, Activation.Relu]);
        Assert.Equal(new[] { Activation.Identity, Activation.Relu }, mixed.Activations.ToArray());
        Assert.Equal(layer.Bias.ToArray(), mixed.Bias.ToArray());
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) Assert.Equal(layer.Weight(i, j), mixed.Weight(i, j));
        Assert.False(mixed.AllRelu);
        Assert.False(mixed.AllIdentity);
        Assert.True(layer.AllRelu);
        Assert.True(layer.WithActivation(Activation.Identity).AllIdentity);
    }

    [Fact]
    public void WithActivations_WrongCount_Throws()
    {
        var layer = AffineLayer.Dense([[1], [2]], [0, 0], Activation.Relu);
        var e = Assert.Throws<NetworkException>(() => layer.WithActivations([Activation.Relu]));
        Assert.Equal("layer: 2 neurons but 1 activations", e.Message);
    }

    [Fact]
    public void WithActivations_OfASparseLayer_KeepsPreferSparse()
    {
        var layer = AffineLayer.Sparse(2, [[(1, 1)]], [0], Activation.Relu);
        Assert.True(layer.WithActivation(Activation.Identity).PreferSparse);
    }
}
