using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// The sawtooth Δ^{∘L} built by hand: Δ(x) = 2σ(x) − 4σ(x−1/2) + 2σ(x−1) composed L times with the
/// junction layers merged, so L hidden layers of width 3; and the tent-map oracle it must agree with.
/// </summary>
public static class SawtoothNetwork
{
    private static readonly Rational[] Bias = [0, -Rational.Half, -1];
    private static readonly Rational[] Out = [2, -4, 2];

    /// <summary>The network Δ^{∘L} (L ≥ 1): input layer [1,1,1]^T, L−1 merged layers [1,1,1]^T·[2,−4,2], output [2,−4,2].</summary>
    public static Network Build(int compositions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(compositions, 1);
        var layers = new List<AffineLayer>
        {
            AffineLayer.Dense([[Rational.One], [Rational.One], [Rational.One]], Bias, Activation.Relu),
        };
        for (int l = 1; l < compositions; l++)
            layers.Add(AffineLayer.Dense([Out, Out, Out], Bias, Activation.Relu));
        layers.Add(AffineLayer.Dense([Out], [Rational.Zero], Activation.Identity));
        return new Network(1, layers, new Dictionary<string, string> { ["construction"] = "sawtooth (benchmark)" });
    }

    /// <summary>T^L(k/2^bits) for the tent map T(x) = 2·min(x, 1 − x) on [0, 1], as a dyadic; exact in 64-bit integers.</summary>
    public static Dyadic TentOracle(long k, int bits, int compositions)
    {
        long one = 1L << bits;
        for (int l = 0; l < compositions; l++)
            k = k <= one / 2 ? 2 * k : 2 * (one - k);
        return Dyadic.Create(k, -bits);
    }

    /// <summary>T^L(k/2^bits) for any bit count, in big integers.</summary>
    public static Dyadic TentOracle(System.Numerics.BigInteger k, int bits, int compositions)
    {
        var one = System.Numerics.BigInteger.One << bits;
        for (int l = 0; l < compositions; l++)
            k = 2 * k <= one ? 2 * k : 2 * (one - k);
        return Dyadic.Create(k, -bits);
    }

    /// <summary>The points k/2^bits for <paramref name="count"/> seeded random k in [0, 2^bits].</summary>
    public static long[] RandomNumerators(int count, int bits, int seed)
    {
        var rng = new Random(seed);
        var ks = new long[count];
        for (int i = 0; i < count; i++) ks[i] = rng.NextInt64(0, (1L << bits) + 1);
        return ks;
    }
}
