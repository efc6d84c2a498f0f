using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Float.Tests.FloatTestData;

namespace RCNetProofs.Float.Tests;

public sealed class FloatLayerTests
{
    private static AffineLayer DenseLayer(int inputs, int outputs, Func<int, int, Rational> weight) =>
        AffineLayer.Dense(
            Enumerable.Range(0, outputs).Select(i => (IReadOnlyList<Rational>)Enumerable.Range(0, inputs).Select(k => weight(i, k)).ToArray()).ToArray(),
            Enumerable.Repeat(Rational.One, outputs).ToArray(), Activation.Relu);

    [Fact]
    public void Auto_DenseWideLayer_UsesDenseTiles()
    {
        var layer = new FloatLayer(DenseLayer(8, DenseTileKernel.Rows, (i, k) => i + k + 1), FloatKernel.Auto);
        Assert.True(layer.UseDense);
        Assert.NotNull(layer.DenseWeights);
    }

    [Fact]
    public void Auto_SparseLayer_UsesSparseRows()
    {
        // One weight per row of 20: density 1/20 < threshold.
        var layer = new FloatLayer(DenseLayer(20, 6, (i, k) => i == k ? 1 : 0), FloatKernel.Auto);
        Assert.False(layer.UseDense);
        Assert.Null(layer.DenseWeights);
        Assert.Equal(6, layer.NonZeros);
        Assert.Equal(6, layer.WorkPerPoint);
    }

    [Fact]
    public void Auto_FewInputsOrNeurons_UsesSparseRowsEvenWhenDense()
    {
        Assert.False(new FloatLayer(DenseLayer(FloatLayer.DenseMinInputs - 1, 8, (i, k) => 1), FloatKernel.Auto).UseDense);
        Assert.False(new FloatLayer(DenseLayer(16, DenseTileKernel.Rows - 1, (i, k) => 1), FloatKernel.Auto).UseDense);
    }

    [Fact]
    public void ForcedKernel_OverridesDensity()
    {
        var sparse = DenseLayer(20, 6, (i, k) => i == k ? 1 : 0);
        Assert.True(new FloatLayer(sparse, FloatKernel.DenseTiles).UseDense);
        Assert.False(new FloatLayer(DenseLayer(8, 4, (i, k) => 1), FloatKernel.SparseRows).UseDense);
    }

    [Property(MaxTest = 100)]
    public Property Compile_RandomLayer_KeepsEveryWeightInBothForms() =>
        Prop.ForAll(Arb.From(WideNetworks()), net =>
        {
            foreach (var src in net.Layers)
            {
                var layer = new FloatLayer(src, FloatKernel.DenseTiles);
                const int R = DenseTileKernel.Rows;
                int groups = (src.OutputSize + R - 1) / R;
                Assert.Equal(groups * R * src.InputSize, layer.DenseWeights!.Length);
                for (int i = 0; i < groups * R; i++)
                    for (int k = 0; k < src.InputSize; k++)
                    {
                        double expected = i < src.OutputSize ? src.Weight(i, k).ToDouble() : 0;
                        Assert.Equal(expected, layer.DenseWeights[(i / R * src.InputSize + k) * R + i % R]);
                    }
                Assert.Equal(src.WeightNonZeros, layer.NonZeros);
                for (int i = 0; i < src.OutputSize; i++)
                {
                    Assert.Equal(src.RowColumns(i).ToArray(), layer.Cols[layer.RowStart[i]..layer.RowStart[i + 1]]);
                    Assert.Equal(src.Bias[i].ToDouble(), layer.Bias[i]);
                    Assert.Equal(src.Activations[i] == Activation.Relu, layer.Relu[i]);
                }
                Assert.Equal((long)src.InputSize * src.OutputSize, layer.WorkPerPoint);
            }
        });
}
