using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using RCNetProofs.Cli.Export;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Float;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Onnx.Tests;

/// <summary>The exported model, run by ONNX Runtime, against <see cref="FloatNetwork"/> bit for bit.</summary>
public class OnnxExporterRuntimeTests
{
    private const int Points = 10_000;

    /// <summary>ORT's outputs, point-major [N, b], for point-major inputs [N, d].</summary>
    private static double[] RunOrt(Network network, double[] pointMajor, int count)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        using var session = new InferenceSession(OnnxExporter.ToBytes(network, "test"), options);
        var input = new DenseTensor<double>(pointMajor, [count, network.InputDimension]);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("x", input)]);
        return results.Single(r => r.Name == "y").AsTensor<double>().ToArray();
    }

    private static double[] RunFloat(Network network, double[] pointMajor, int count)
    {
        int d = network.InputDimension, b = network.OutputDimension;
        var featureMajor = new double[pointMajor.Length];
        for (int p = 0; p < count; p++) for (int j = 0; j < d; j++) featureMajor[j * count + p] = pointMajor[p * d + j];
        var outFm = FloatNetwork.Compile(network).Evaluate(featureMajor, count);
        var outPm = new double[outFm.Length];
        for (int p = 0; p < count; p++) for (int o = 0; o < b; o++) outPm[p * b + o] = outFm[o * count + p];
        return outPm;
    }

    private static void AssertBitwise(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        int differ = 0, first = -1;
        for (int i = 0; i < expected.Length; i++)
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i])) { differ++; if (first < 0) first = i; }
        Assert.True(differ == 0, $"{differ} of {expected.Length} values differ; first at {first}: {(first >= 0 ? $"{expected[first]:R} vs {actual[first]:R}" : "")}");
    }

    [Fact]
    public void Sawtooth40_OrtEqualsFloatNetworkBitForBit()
    {
        var net = Sawtooth.Build(40);
        var random = new Random(40);
        var xs = new double[Points];
        for (int i = 0; i < Points; i++) xs[i] = random.NextDouble();   // mostly non-dyadic at 53 bits: rounding happens
        var expected = RunFloat(net, xs, Points);
        AssertBitwise(expected, RunOrt(net, xs, Points));
        Assert.Contains(expected, v => v != 0 && v != 1);   // a real comparison, not all zeros
    }

    /// <summary>A dense 3-layer network with random weights p/2^k (some not small) and mixed activations in the middle layer.</summary>
    private static Network RandomDense(int seed, int numerator = 1000, int exponent = 12)
    {
        var random = new Random(seed);
        Rational W() => Rational.Create(random.Next(-numerator, numerator + 1), 1L << random.Next(0, exponent));
        AffineLayer Layer(int inputs, int outputs, Func<int, Activation> act) =>
            AffineLayer.Dense(
                Enumerable.Range(0, outputs).Select(_ => (IReadOnlyList<Rational>)Enumerable.Range(0, inputs).Select(_ => W()).ToArray()).ToArray(),
                Enumerable.Range(0, outputs).Select(_ => W()).ToArray(),
                Enumerable.Range(0, outputs).Select(act).ToArray());
        return new Network(5, [Layer(5, 24, _ => Activation.Relu), Layer(24, 17, i => i % 3 == 0 ? Activation.Identity : Activation.Relu), Layer(17, 3, _ => Activation.Identity)]);
    }

    // Gemm sums in MLAS's blocked order with fused multiply-adds, FloatNetwork (= CompiledNetwork<double>) in row order:
    // with rounding in the sums the two differ in the last bits (about two thirds of the outputs here), so bit-for-bit
    // equality holds only where every sum is exact; elsewhere both must lie within the a-priori bound, which covers any
    // summation order and fused or unfused multiply-adds.
    [Fact]
    public void RandomDense_ExactSums_OrtEqualsFloatNetworkBitForBit()
    {
        // Weights p/2^k with |p| ≤ 15, k < 4, inputs j/2^10: every value has < 50 significant bits, so no sum rounds.
        var net = RandomDense(7, numerator: 15, exponent: 4);
        var random = new Random(7);
        var xs = new double[Points * net.InputDimension];
        for (int i = 0; i < xs.Length; i++) xs[i] = random.Next(0, 1 << 10) / 1024.0;
        AssertBitwise(RunFloat(net, xs, Points), RunOrt(net, xs, Points));
    }

    [Fact]
    public void RandomDense_RoundedSums_OrtWithinTheRoundingBoundOfTheExactNetwork()
    {
        var net = RandomDense(11);
        var random = new Random(11);
        const int count = 300;
        var xs = new double[count * net.InputDimension];
        for (int i = 0; i < xs.Length; i++) xs[i] = random.NextDouble();
        var ort = RunOrt(net, xs, count);
        var bound = RoundingErrorBound.For(net);
        for (int p = 0; p < count; p++)
        {
            var x = Enumerable.Range(0, net.InputDimension).Select(j => Rational.FromDouble(xs[p * net.InputDimension + j])).ToArray();
            var exact = net.Evaluate(x);
            var e = bound.At(x)!;
            for (int o = 0; o < exact.Length; o++)
                Assert.True(Rational.Abs(Rational.FromDouble(ort[p * exact.Length + o]) - exact[o]) <= e[o].ToRational(), $"point {p}, output {o}");
        }
    }
}
