using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Float.Tests;

/// <summary>Shared helpers: wide random networks, random feature-major batches, the scalar reference and bitwise comparison.</summary>
internal static class FloatTestData
{
    /// <summary>Every vector width (512-bit vectors run in software where the machine lacks them).</summary>
    public static readonly FloatSimd[] Widths = [FloatSimd.Scalar, FloatSimd.Portable, FloatSimd.Wide];

    /// <summary>Every kernel choice with every vector width.</summary>
    public static readonly (FloatKernel Kernel, FloatSimd Simd)[] Modes =
        [.. from k in new[] { FloatKernel.Auto, FloatKernel.SparseRows, FloatKernel.DenseTiles } from w in Widths select (k, w)];

    private static readonly Gen<Rational> Weight =
        from p in Gen.Choose(-9, 9)
        from q in Gen.Choose(1, 9)
        select Rational.Create(p, q);

    /// <summary>
    /// Networks wider than the shared generators (input 1..40, widths 1..40, 1..3 layers) at a random density,
    /// so that whole dense blocks of neurons, padding of the last block and long sparse rows all occur.
    /// </summary>
    public static Gen<Network> WideNetworks() =>
        from input in Gen.Choose(1, 40)
        from layerCount in Gen.Choose(1, 3)
        from hidden in Gen.ArrayOf(Gen.Choose(1, 40), layerCount - 1)
        from output in Gen.Choose(1, 9)
        from density in Gen.Elements(0.1, 0.5, 1.0)
        let sizes = new[] { input }.Concat(hidden).Append(output).ToArray()
        from layers in Gen.CollectToArray(Enumerable.Range(0, layerCount), l => Layer(sizes[l], sizes[l + 1], l < layerCount - 1, density))
        select new Network(input, layers);

    private static Gen<AffineLayer> Layer(int inputs, int outputs, bool hidden, double density) =>
        from rows in Gen.ArrayOf(Gen.ArrayOf(density >= 1 ? Weight : Gen.Frequency(
                ((int)(100 * (1 - density)), Gen.Constant(Rational.Zero)), ((int)(100 * density), Weight)), inputs), outputs)
        from bias in Gen.ArrayOf(Weight, outputs)
        from relu in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false))), outputs)
        select AffineLayer.Dense(rows, bias, relu.Select(r => hidden && r ? Activation.Relu : Activation.Identity).ToArray());

    /// <summary>count points of the given dimension in feature-major layout: mixed magnitudes, signs and zeros.</summary>
    public static Gen<double[]> FeatureMajorPoints(int dimension, int count) =>
        Gen.ArrayOf(Gen.Frequency(
            (1, Gen.Constant(0.0)),
            (4, from k in Gen.Choose(-1 << 20, 1 << 20) select k / (double)(1 << 16)),
            (2, from m in Gen.Choose(-1 << 30, 1 << 30) from e in Gen.Choose(-40, 40) select Math.ScaleB(m, e) / (1 << 30))),
            dimension * count);

    /// <summary>The kernel's generic evaluator at double, point by point, in feature-major layout.</summary>
    public static double[] Reference(Network network, double[] points, int count)
    {
        var compiled = new CompiledNetwork<double>(network, NumberConverters.ToDouble);
        int d = network.InputDimension, o = network.OutputDimension;
        var output = new double[o * count];
        var x = new double[d];
        for (int p = 0; p < count; p++)
        {
            for (int j = 0; j < d; j++) x[j] = points[j * count + p];
            var y = compiled.Evaluate(x);
            for (int j = 0; j < o; j++) output[j * count + p] = y[j];
        }
        return output;
    }

    /// <summary>One reproducible sample of <paramref name="gen"/>.</summary>
    public static T SampleOne<T>(Gen<T> gen, ulong seed) => Gen.Sample(gen, 30, new Rnd(seed), 1)[0];

    /// <summary>Asserts equal bit patterns, naming the first differing index.</summary>
    public static void AssertBitwiseEqual(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]))
                Assert.Fail($"index {i}: expected {expected[i]:R}, got {actual[i]:R}");
    }

    /// <summary>Points in feature-major layout from point-major rationals, rounded to the nearest doubles.</summary>
    public static double[] ToFeatureMajor(IReadOnlyList<Rational[]> points, int dimension)
    {
        var result = new double[dimension * points.Count];
        for (int p = 0; p < points.Count; p++)
            for (int j = 0; j < dimension; j++) result[j * points.Count + p] = points[p][j].ToDouble();
        return result;
    }
}
