using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Testing;

/// <summary>
/// Random small networks for property tests: input dimension 1..4, 1..4 affine layers, widths 1..6,
/// small weights, some layers sparse and some hidden neurons identity.
/// </summary>
public static class NetworkGenerators
{
    /// <summary>Largest |m| in a weight m/2^e of <see cref="DyadicNetworks"/>.</summary>
    public const int DyadicMantissaBound = 8;
    /// <summary>Largest e in a weight m/2^e of <see cref="DyadicNetworks"/>.</summary>
    public const int DyadicExponentBound = 3;
    /// <summary>Largest number of affine layers the generators produce.</summary>
    public const int MaxLayers = 4;
    /// <summary>Largest layer size (and input dimension 4) the generators produce.</summary>
    public const int MaxWidth = 6;

    // m/2^e with |m| ≤ 8 and 0 ≤ e ≤ 3; about a quarter zeros so sparse rows and zero biases are common.
    private static readonly Gen<Rational> SmallDyadic =
        Gen.Frequency(
            (1, Gen.Constant(Rational.Zero)),
            (3, from m in Gen.Choose(-DyadicMantissaBound, DyadicMantissaBound)
                from e in Gen.Choose(0, DyadicExponentBound)
                select Rational.Create(m, 1L << e)));

    // p/q with q up to 7, so thirds, fifths and sevenths appear next to dyadics.
    private static readonly Gen<Rational> SmallRational =
        Gen.Frequency(
            (1, Gen.Constant(Rational.Zero)),
            (2, SmallDyadic),
            (3, from p in Gen.Choose(-10, 10)
                from q in Gen.Choose(1, 7)
                select Rational.Create(p, q)));

    private static readonly Gen<IReadOnlyDictionary<string, string>?> Meta =
        Gen.Elements<IReadOnlyDictionary<string, string>?>(
            null,
            new Dictionary<string, string> { ["construction"] = "GEN" },
            new Dictionary<string, string> { ["note"] = "a \"quoted\" → ü\\ text\n", ["b-key"] = "", ["a key"] = "x" });

    /// <summary>Networks with small rational weights (denominators up to 7 as well as powers of two).</summary>
    public static Gen<Network> Networks() => NetworkOf(SmallRational);

    /// <summary>Networks whose weights are m/2^e with |m| ≤ <see cref="DyadicMantissaBound"/> and 0 ≤ e ≤ <see cref="DyadicExponentBound"/>.</summary>
    /// <remarks>
    /// Small enough that evaluation in double is exact at inputs k/2^10 with |k| ≤ 2^11: every intermediate
    /// (partial sums included) has a denominator dividing 2^(10 + 3·4) and magnitude at most 2·(6·8 + 8)^4 &lt; 2^25,
    /// so at most 47 significant bits.
    /// </remarks>
    public static Gen<Network> DyadicNetworks() => NetworkOf(SmallDyadic);

    /// <summary>Points of R^<paramref name="dimension"/> with coordinates p/q, |p| ≤ 20, 1 ≤ q ≤ 8.</summary>
    public static Gen<Rational[]> RationalPoints(int dimension) =>
        Gen.ArrayOf(from p in Gen.Choose(-20, 20) from q in Gen.Choose(1, 8) select Rational.Create(p, q), dimension);

    /// <summary>Points of R^<paramref name="dimension"/> with coordinates k/2^10, |k| ≤ 2^11 (so |x_i| ≤ 2).</summary>
    public static Gen<Rational[]> DyadicGridPoints(int dimension) =>
        Gen.ArrayOf(Gen.Choose(-2048, 2048).Select(k => Rational.Create(k, 1024)), dimension);

    /// <summary>A network from <paramref name="networks"/> together with <paramref name="count"/> points of its input space.</summary>
    public static Gen<(Network Network, Rational[][] Points)> WithPoints(Gen<Network> networks, Func<int, Gen<Rational[]>> points, int count) =>
        from n in networks
        from xs in Gen.ArrayOf(points(n.InputDimension), count)
        select (n, xs);

    private static Gen<Network> NetworkOf(Gen<Rational> weight) =>
        from input in Gen.Choose(1, 4)
        from layerCount in Gen.Choose(1, MaxLayers)
        from hidden in Gen.ArrayOf(Gen.Choose(1, MaxWidth), layerCount - 1)
        from output in Gen.Choose(1, 3)
        let sizes = new[] { input }.Concat(hidden).Append(output).ToArray()
        from layers in Gen.CollectToArray(Enumerable.Range(0, layerCount), l => Layer(sizes[l], sizes[l + 1], l < layerCount - 1, weight))
        from meta in Meta
        select new Network(input, layers, meta);

    private static Gen<AffineLayer> Layer(int inputs, int outputs, bool hidden, Gen<Rational> weight) =>
        from sparse in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from rows in Gen.ArrayOf(Gen.ArrayOf(weight, inputs), outputs)
        from bias in Gen.ArrayOf(weight, outputs)
        from activations in hidden ? HiddenActivations(outputs) : Gen.Constant(Enumerable.Repeat(Activation.Identity, outputs).ToArray())
        select sparse
            ? AffineLayer.Sparse(inputs, rows.Select(SparseRow).ToArray(), bias, activations)
            : AffineLayer.Dense(rows, bias, activations);

    private static Gen<Activation[]> HiddenActivations(int count) =>
        Gen.Frequency(
            (4, Gen.Constant(Enumerable.Repeat(Activation.Relu, count).ToArray())),
            (2, Gen.ArrayOf(Gen.Elements(Activation.Relu, Activation.Identity), count)),
            (1, Gen.Constant(Enumerable.Repeat(Activation.Identity, count).ToArray())));

    // Columns listed in descending order, so readers that rely on sorted input would be caught out.
    private static IReadOnlyList<(int Column, Rational Value)> SparseRow(Rational[] dense) =>
        Enumerable.Range(0, dense.Length).Reverse().Where(j => !dense[j].IsZero).Select(j => (j, dense[j])).ToArray();
}
