using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Intrinsic;

/// <summary>
/// Packing n numbers of m bits into one (Shen–Yang–Zhang, Lemma A.3; catalogue id INT-LA3):
/// v = Σ_{i=1}^{n} 2^{−m(i−1)} a_i and a_i = ⌊2^{mi}v⌋/2^m − ⌊2^{m(i−1)}v⌋.
/// </summary>
/// <remarks>
/// The identity needs 2^m a_i ∈ N and 0 ≤ a_i &lt; 1: then a_i ≤ 1 − 2^{−m}, the tail Σ_{j&gt;i} 2^{−m(j−i−1)} a_j of
/// 2^{mi}v is below (1 − 2^{−m})/(1 − 2^{−m}) = 1 and the floor cuts exactly after a_i. (The lemma's a_i are base-4 codes
/// in [0, 1/3).) v is a multiple of 2^{−mn}: it holds mn bits.
/// </remarks>
public static class Packing
{
    /// <summary>v = Σ_i 2^{−m(i−1)} a_i.</summary>
    /// <exception cref="ArgumentException">When some a_i is not a multiple of 2^{−m} in [0, 1).</exception>
    /// <exception cref="ArgumentOutOfRangeException">When m &lt; 1.</exception>
    public static Rational Pack(IReadOnlyList<Rational> values, int bits)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        var v = Rational.Zero;
        for (int i = 0; i < values.Count; i++)
        {
            var a = values[i];
            if (a.Sign < 0 || a >= 1 || !(a * Rational.Pow(2, bits)).IsInteger)
                throw new ArgumentException($"packing: a_{i + 1} = {a} is not a multiple of 2^-{bits} in [0, 1)", nameof(values));
            v += a * Rational.Pow(2, -bits * i);
        }
        return v;
    }

    /// <summary>a_1..a_n from v by the lemma's formula a_i = ⌊2^{mi}v⌋/2^m − ⌊2^{m(i−1)}v⌋ (exact floors).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When m &lt; 1 or n &lt; 0.</exception>
    public static Rational[] Unpack(Rational v, int bits, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var a = new Rational[count];
        BigInteger previous = v.FloorToInteger();
        for (int i = 1; i <= count; i++)
        {
            var current = (v * Rational.Pow(2, bits * i)).FloorToInteger();
            a[i - 1] = Rational.Create(current, BigInteger.One << bits) - previous;
            previous = current;
        }
        return a;
    }
}
