using System.Globalization;
using System.Numerics;
using RCNetProofs.Kernel.Networks;
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

    /// <summary>
    /// Builds the unpacking network v ↦ (a_1, …, a_n): R → R^n, equal to <see cref="Unpack"/> at every v ∈ 2^{−mn}N ∩ [0, 1),
    /// by reading the mn binary digits of v one per hidden layer.
    /// </summary>
    /// <param name="bits">m ≥ 1.</param>
    /// <param name="count">n ≥ 1.</param>
    /// <remarks>
    /// Hidden layer 0 holds t_0 = σ(v). Hidden layer k = 1..mn holds σ(2t) = 2t, the ramps σ((2t − 1 + η)/η) and
    /// σ((2t − 1)/η) with η = 2^{−mn}, whose difference is the digit θ_k = [2t ≥ 1], and one accumulator per block of m
    /// digits already begun; t = t_{k−1} is 2t_{k−2} − θ_{k−1} read from the layer before. After k digits t is a multiple of
    /// 2^{−(mn−k)} in [0, 1), so 2t &lt; 1 forces 2t ≤ 1 − η and the ramps give the digit exactly. a_i = Σ_p θ_{m(i−1)+p}2^{−p}.
    /// An RC-LD1-style extractor (the catalogue's substitute for the lemma's floor network, which would need about
    /// 2^{mn+1} neurons): width n + 3, depth mn + 1. Metadata: construction = INT-LA3/unpack, m, n.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When m &lt; 1, n &lt; 1 or mn &gt; 4096.</exception>
    public static Network BuildUnpacker(int bits, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)bits * count, 4096);
        int total = bits * count;
        var inv = Rational.Pow(2, total);   // 1/η
        Rational one = Rational.One, two = 2;
        var layers = new List<AffineLayer> { AffineLayer.Sparse(1, [[(0, one)]], [Rational.Zero], Activation.Relu) };
        int Started(int digits) => Math.Min(count, (digits + bits - 1) / bits);   // blocks begun by the first `digits` digits
        Rational Weight(int digit) => Rational.Pow(2, -(digit - bits * ((digit - 1) / bits)));   // 2^{−p}, p its place in its block
        int Block(int digit) => (digit - 1) / bits;
        // t as (column, weight) terms of the previous hidden layer: t_0 = column 0; t_{k−1} = u − r1 + r2.
        IReadOnlyList<(int, Rational)> T(int k, Rational c) => k == 1 ? [(0, c)] : [(0, c), (1, -c), (2, c)];
        for (int k = 1; k <= total; k++)
        {
            var rows = new List<IReadOnlyList<(int, Rational)>> { T(k, two), T(k, two * inv), T(k, two * inv) };
            var bias = new List<Rational> { Rational.Zero, 1 - inv, -inv };
            for (int i = 0; i < Started(k - 1); i++)
            {
                var row = new List<(int, Rational)>();
                if (k >= 2 && i < Started(k - 2)) row.Add((3 + i, one));
                if (Block(k - 1) == i) { row.Add((1, Weight(k - 1))); row.Add((2, -Weight(k - 1))); }
                rows.Add(row); bias.Add(Rational.Zero);
            }
            layers.Add(AffineLayer.Sparse(layers[^1].OutputSize, rows.ToArray(), bias.ToArray(), Activation.Relu));
        }
        var output = new List<IReadOnlyList<(int, Rational)>>();
        for (int i = 0; i < count; i++)
        {
            var row = new List<(int, Rational)>();
            if (i < Started(total - 1)) row.Add((3 + i, one));
            if (Block(total) == i) { row.Add((1, Weight(total))); row.Add((2, -Weight(total))); }
            output.Add(row);
        }
        layers.Add(AffineLayer.Sparse(layers[^1].OutputSize, output.ToArray(), new Rational[count], Activation.Identity));
        return new Network(1, layers, new Dictionary<string, string>
        {
            ["construction"] = "INT-LA3/unpack",
            ["m"] = bits.ToString(CultureInfo.InvariantCulture),
            ["n"] = count.ToString(CultureInfo.InvariantCulture),
        });
    }
}
