using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Benchmarks;

/// <summary>Seeded operand arrays for the number micro-benchmarks.</summary>
public static class OperandSets
{
    /// <summary>k/2^k' with k' uniform in [0, maxBits] and k a random k'-bit integer of random sign.</summary>
    public static Dyadic[] Dyadics(int count, int maxBits, int seed)
    {
        var rng = new Random(seed);
        var result = new Dyadic[count];
        for (int i = 0; i < count; i++)
        {
            int bits = rng.Next(0, maxBits + 1);
            var k = RandomBits(rng, bits);
            if (rng.Next(2) == 0) k = -k;
            result[i] = Dyadic.Create(k, -bits);
        }
        return result;
    }

    /// <summary>p/q with p and q random 20-digit integers (p of random sign), reduced.</summary>
    public static Rational[] TwentyDigitRationals(int count, int seed)
    {
        var rng = new Random(seed);
        var result = new Rational[count];
        for (int i = 0; i < count; i++)
        {
            var p = RandomDigits(rng, 20);
            var q = RandomDigits(rng, 20);
            result[i] = Rational.Create(rng.Next(2) == 0 ? -p : p, q);
        }
        return result;
    }

    /// <summary>A uniformly random integer with exactly <paramref name="bits"/> bits (0 for 0 bits).</summary>
    public static BigInteger RandomBits(Random rng, int bits)
    {
        if (bits == 0) return BigInteger.Zero;
        var bytes = new byte[(bits + 7) / 8 + 1];
        rng.NextBytes(bytes);
        bytes[^1] = 0; // keep it non-negative
        var v = new BigInteger(bytes);
        v &= (BigInteger.One << bits) - 1;
        return v | (BigInteger.One << (bits - 1));
    }

    private static BigInteger RandomDigits(Random rng, int digits)
    {
        var lo = BigInteger.Pow(10, digits - 1);
        var span = 9 * lo;
        var r = RandomBits(rng, (int)span.GetBitLength() + 8) % span;
        return lo + r;
    }
}
