using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static RCNetProofs.Float.Tests.FloatTestData;

namespace RCNetProofs.Float.Tests;

public sealed class DenseTileKernelTests
{
    [Property(MaxTest = 150)]
    public Property Apply_StridedRows_BitwiseEqualsOracleInEveryVectorWidth() =>
        Prop.ForAll(Arb.From(SparseRowKernelTests.Cases()), c =>
        {
            int inStride = c.Length + c.InPad, outStride = c.Length + c.OutPad;
            var expected = SparseRowKernelTests.Oracle(c.Layer, c.Input, inStride, c.Length, outStride);
            var layer = new FloatLayer(c.Layer, FloatKernel.DenseTiles);
            foreach (var simd in Widths)
            {
                var output = new double[expected.Length];
                DenseTileKernel.Apply(layer, c.Input, inStride, output, outStride, c.Length, simd);
                for (int i = 0; i < c.Layer.OutputSize; i++)
                    AssertBitwiseEqual(expected[(i * outStride)..(i * outStride + c.Length)], output[(i * outStride)..(i * outStride + c.Length)]);
            }
        });

    [Fact]
    public void Apply_PaddedLastBlock_WritesOnlyRealNeurons()
    {
        // 5 neurons: one full block of 4 and a block with 3 padding rows; the buffer holds exactly 5 rows.
        var net = SampleOne(WideNetworks().Where(n => n.Layers[0].OutputSize == 5 && n.InputDimension >= 3), 11);
        var src = net.Layers[0];
        const int length = 33;
        var input = SampleOne(FeatureMajorPoints(src.InputSize, length), 12);
        var output = new double[5 * length];
        DenseTileKernel.Apply(new FloatLayer(src, FloatKernel.DenseTiles), input, length, output, length, length, FloatSimd.Portable);
        AssertBitwiseEqual(SparseRowKernelTests.Oracle(src, input, length, length, length), output);
    }
}
