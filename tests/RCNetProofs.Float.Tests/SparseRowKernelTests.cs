using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Float.Tests.FloatTestData;

namespace RCNetProofs.Float.Tests;

public sealed class SparseRowKernelTests
{
    // Scalar oracle written from the layer's definition: bias, then each stored weight in ascending column.
    internal static double[] Oracle(AffineLayer layer, double[] input, int inStride, int length, int outStride)
    {
        var output = new double[(layer.OutputSize - 1) * outStride + length];
        for (int p = 0; p < length; p++)
            for (int i = 0; i < layer.OutputSize; i++)
            {
                double acc = layer.Bias[i].ToDouble();
                var cols = layer.RowColumns(i); var vals = layer.RowValues(i);
                for (int k = 0; k < cols.Length; k++) acc = acc + vals[k].ToDouble() * input[cols[k] * inStride + p];
                output[i * outStride + p] = layer.Activations[i] == Activation.Relu && acc < 0 ? 0 : acc;
            }
        return output;
    }

    internal static Gen<(AffineLayer Layer, int Length, int InPad, int OutPad, double[] Input)> Cases(int minLength = 0, int maxLength = 70, int maxPad = 5) =>
        from net in WideNetworks()
        let layer = net.Layers[0]
        from length in Gen.Choose(minLength, maxLength)
        from inPad in Gen.Choose(0, maxPad)
        from outPad in Gen.Choose(0, maxPad)
        from input in FeatureMajorPoints(1, (layer.InputSize - 1) * (length + inPad) + length)
        select (layer, length, inPad, outPad, input);

    [Property(MaxTest = 150)]
    public Property Apply_StridedRows_BitwiseEqualsOracleInEveryVectorWidth() =>
        Prop.ForAll(Arb.From(Cases()), c =>
        {
            int inStride = c.Length + c.InPad, outStride = c.Length + c.OutPad;
            var expected = Oracle(c.Layer, c.Input, inStride, c.Length, outStride);
            foreach (var simd in Widths)
            {
                var output = new double[expected.Length];
                SparseRowKernel.Apply(new FloatLayer(c.Layer, FloatKernel.SparseRows), c.Input, inStride, output, outStride, c.Length, simd);
                for (int i = 0; i < c.Layer.OutputSize; i++)
                    AssertBitwiseEqual(expected[(i * outStride)..(i * outStride + c.Length)], output[(i * outStride)..(i * outStride + c.Length)]);
            }
        });

    [Fact]
    public void Apply_LeavesPaddingBetweenOutputRowsUntouched()
    {
        var layer = AffineLayer.Dense([[Rational.One], [Rational.One]], [Rational.Zero, Rational.Zero], Activation.Identity);
        var output = Enumerable.Repeat(-7.0, 2 * 40).ToArray();
        var input = Enumerable.Range(0, 37).Select(k => (double)k).ToArray();
        SparseRowKernel.Apply(new FloatLayer(layer, FloatKernel.SparseRows), input, 37, output, 40, 37, FloatSimd.Portable);
        Assert.All(output[37..40], v => Assert.Equal(-7.0, v));
        Assert.Equal(input, output[40..77]);
    }

}
