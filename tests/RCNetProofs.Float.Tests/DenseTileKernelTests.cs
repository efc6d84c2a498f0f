using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using Xunit;
using static RCNetProofs.Float.Tests.FloatTestData;

namespace RCNetProofs.Float.Tests;

public sealed class DenseTileKernelTests
{
    [Property(MaxTest = 150)]
    public Property Apply_StridedRows_BitwiseEqualsOracleInEveryVectorWidth() =>
        Prop.ForAll(Arb.From(SparseRowKernelTests.Cases()), AssertOracleInEveryWidth);

    // Lengths of several chunks of blocks in both vector widths (a chunk is 8 blocks of 4 vectors: 256 points with
    // 512-bit vectors), so that the next chunk is packed while the current one runs, and the last chunk is partial.
    [Property(MaxTest = 25)]
    public Property Apply_SeveralChunks_BitwiseEqualsOracleInEveryVectorWidth() =>
        Prop.ForAll(Arb.From(SparseRowKernelTests.Cases(2 * DenseTileKernel.ChunkBlocks * DenseTileKernel.Vectors * WideLanes.Count, 1300, 9)),
            AssertOracleInEveryWidth);

    private static void AssertOracleInEveryWidth((AffineLayer Layer, int Length, int InPad, int OutPad, double[] Input) c)
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
    }

    [Fact]
    public void Apply_PaddedLastBlock_WritesOnlyRealNeurons()
    {
        // Rows + 1 neurons: one full block and a block with Rows − 1 padding rows; the buffer holds exactly Rows + 1 rows.
        const int neurons = DenseTileKernel.Rows + 1;
        var net = SampleOne(WideNetworks().Where(n => n.Layers[0].OutputSize == neurons && n.InputDimension >= 3), 11);
        var src = net.Layers[0];
        const int length = 33;
        var input = SampleOne(FeatureMajorPoints(src.InputSize, length), 12);
        var output = new double[neurons * length];
        DenseTileKernel.Apply(new FloatLayer(src, FloatKernel.DenseTiles), input, length, output, length, length, FloatSimd.Portable);
        AssertBitwiseEqual(SparseRowKernelTests.Oracle(src, input, length, length, length), output);
    }
}
