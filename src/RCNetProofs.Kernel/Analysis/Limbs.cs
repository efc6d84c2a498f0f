using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// Integer arithmetic on little-endian 64-bit limbs, in place and without allocation: magnitudes (non-negative, a
/// span whose length is the number of limbs in use) and two's-complement accumulators of a fixed width, computed
/// modulo 2^(64·width). The scaled affine propagation (<see cref="ScaledAffinePropagation"/>) is built from these.
/// </summary>
/// <remarks>
/// An accumulator's result is right when its true value lies in (−2^(64·width−1), 2^(64·width−1)), and callers
/// size the width from bit-length bounds so that it does. Intermediate sums may wrap (arithmetic modulo
/// 2^(64·width) is a ring homomorphism, so only the final value has to fit); a single term wider than the
/// accumulator is an error in that sizing and throws.
/// </remarks>
internal static class Limbs
{
    /// <summary>
    /// acc ← acc ± (mag · 2^shift) modulo 2^(64·acc.Length); with <paramref name="fresh"/> acc's old content is
    /// ignored (acc ← ±mag · 2^shift), which saves clearing it first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddShifted(Span<ulong> acc, ReadOnlySpan<ulong> mag, int shift, bool subtract, bool fresh = false)
    {
        int q = shift >> 6, rb = shift & 63, n = acc.Length;
        if (mag.Length == 0) { if (fresh) acc.Clear(); return; }
        if (BitLength(mag) + shift >= 64L * n) throw TooNarrow(BitLength(mag) + shift, n);
        if (fresh) acc[..q].Clear();
        ref ulong a = ref MemoryMarshal.GetReference(acc);
        int top = rb == 0 ? mag.Length : mag.Length + 1;
        int k = q;
        ulong carry = 0, prev = 0;
        for (int m = 0; m < top && k < n; m++, k++)
        {
            ulong cur = m < mag.Length ? mag[m] : 0;
            ulong v = rb == 0 ? cur : (cur << rb) | (prev >> (64 - rb));
            prev = cur;
            ref ulong t = ref Unsafe.Add(ref a, k);
            if (fresh) t = 0;
            AddWord(ref t, v, ref carry, subtract);
        }
        Finish(acc, k, carry, subtract, fresh);
    }

    /// <summary>
    /// acc ← acc ± (x · y · 2^shift) modulo 2^(64·acc.Length), the product formed limb by limb as it is added;
    /// <paramref name="fresh"/> as in <see cref="AddShifted"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddProductShifted(Span<ulong> acc, ReadOnlySpan<ulong> x, ulong y, int shift, bool subtract, bool fresh = false)
    {
        int q = shift >> 6, rb = shift & 63, n = acc.Length;
        if (x.Length == 0 || y == 0) { if (fresh) acc.Clear(); return; }
        long bits = BitLength(x) + (64 - BitOperations.LeadingZeroCount(y)) + shift;
        if (bits >= 64L * n) throw TooNarrow(bits, n);
        if (fresh) acc[..q].Clear();
        ref ulong a = ref MemoryMarshal.GetReference(acc);
        int top = rb == 0 ? x.Length + 1 : x.Length + 2;
        int k = q;
        ulong carry = 0, prev = 0, mulCarry = 0;
        for (int m = 0; m < top && k < n; m++, k++)
        {
            ulong cur;
            if (m < x.Length)
            {
                ulong hi = Math.BigMul(x[m], y, out ulong lo);
                lo += mulCarry;
                if (lo < mulCarry) hi++;
                cur = lo; mulCarry = hi;
            }
            else { cur = mulCarry; mulCarry = 0; }
            ulong v = rb == 0 ? cur : (cur << rb) | (prev >> (64 - rb));
            prev = cur;
            ref ulong t = ref Unsafe.Add(ref a, k);
            if (fresh) t = 0;
            AddWord(ref t, v, ref carry, subtract);
        }
        Finish(acc, k, carry, subtract, fresh);
    }

    // A term that cannot fit the accumulator means its width was sized wrongly: fail rather than wrap.
    private static InvalidOperationException TooNarrow(long bits, int limbs) =>
        new($"internal error: a term of up to {bits} bits added to an accumulator of {limbs} limbs");

    // t ← t ± v ∓ carry-in, with the carry (borrow) out in carry.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddWord(ref ulong t, ulong v, ref ulong carry, bool subtract)
    {
        if (subtract)
        {
            ulong d = t - v, b1 = t < v ? 1UL : 0UL;
            ulong d2 = d - carry, b2 = d < carry ? 1UL : 0UL;
            t = d2; carry = b1 | b2;
        }
        else
        {
            ulong s = t + v, c1 = s < v ? 1UL : 0UL;
            ulong s2 = s + carry, c2 = s2 < s ? 1UL : 0UL;
            t = s2; carry = c1 | c2;
        }
    }

    // Carries (borrows) a pending 1 from limb k upwards, stopping where it is absorbed; a fresh accumulator's
    // limbs from k on are the sign extension instead (a fresh sum never carries out: it is 0 + v).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Finish(Span<ulong> acc, int k, ulong carry, bool subtract, bool fresh)
    {
        if (fresh)
            acc[k..].Fill(carry != 0 ? ulong.MaxValue : 0UL);
        else if (subtract)
            for (; carry != 0 && k < acc.Length; k++) { carry = acc[k] == 0 ? 1UL : 0UL; acc[k]--; }
        else
            for (; carry != 0 && k < acc.Length; k++) { acc[k]++; carry = acc[k] == 0 ? 1UL : 0UL; }
    }

    /// <summary>dst ← x · y, schoolbook (dst.Length ≥ x.Length + y.Length); returns the product's length in limbs.</summary>
    public static int Multiply(Span<ulong> dst, ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        int n = x.Length + y.Length;
        dst[..n].Clear();
        for (int i = 0; i < y.Length; i++)
        {
            ulong carry = 0, yi = y[i];
            for (int j = 0; j < x.Length; j++)
            {
                ulong hi = Math.BigMul(x[j], yi, out ulong lo);
                lo += carry; if (lo < carry) hi++;
                ulong s = dst[i + j] + lo; if (s < lo) hi++;
                dst[i + j] = s; carry = hi;
            }
            dst[i + x.Length] = carry;
        }
        return Length(dst[..n]);
    }

    /// <summary>
    /// Turns the two's-complement accumulator into sign and magnitude in place; returns whether it was negative
    /// and the magnitude's length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (bool Negative, int Length) ToMagnitude(Span<ulong> acc)
    {
        if (acc.Length == 0 || (long)acc[^1] >= 0) return (false, Length(acc));
        ulong carry = 1;
        for (int i = 0; i < acc.Length; i++)
        {
            ulong v = ~acc[i] + carry;
            carry = v == 0 && carry == 1 ? 1UL : 0UL;
            acc[i] = v;
        }
        return (true, Length(acc));
    }

    /// <summary>Whether the two's-complement accumulator is negative, zero or positive (−1, 0, 1).</summary>
    public static int Sign(ReadOnlySpan<ulong> acc)
    {
        if (acc.Length == 0) return 0;
        if ((long)acc[^1] < 0) return -1;
        return acc.IndexOfAnyExcept(0UL) < 0 ? 0 : 1;
    }

    /// <summary>The number of limbs in use (leading zero limbs dropped).</summary>
    public static int Length(ReadOnlySpan<ulong> mag)
    {
        int n = mag.Length;
        while (n > 0 && mag[n - 1] == 0) n--;
        return n;
    }

    /// <summary>Bits of the magnitude (0 for zero).</summary>
    public static long BitLength(ReadOnlySpan<ulong> mag) =>
        mag.Length == 0 ? 0 : 64L * (mag.Length - 1) + (64 - BitOperations.LeadingZeroCount(mag[^1]));

    /// <summary>Trailing zero bits of a non-zero magnitude.</summary>
    public static long TrailingZeroCount(ReadOnlySpan<ulong> mag)
    {
        int i = mag.IndexOfAnyExcept(0UL);
        return 64L * i + BitOperations.TrailingZeroCount(mag[i]);
    }

    /// <summary>mag ← mag / 2^t in place (t at most the trailing zero count); returns the new length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ShiftRight(Span<ulong> mag, long t)
    {
        int q = (int)(t >> 6), rb = (int)(t & 63), n = mag.Length;
        if (q >= n) { mag.Clear(); return 0; }
        for (int i = 0; i < n - q; i++)
        {
            ulong lo = mag[i + q] >> rb;
            if (rb != 0 && i + q + 1 < n) lo |= mag[i + q + 1] << (64 - rb);
            mag[i] = lo;
        }
        mag[(n - q)..].Clear();
        return Length(mag[..(n - q)]);
    }

    /// <summary>p^(−1) modulo 2^64 for an odd p (Newton's iteration; each step doubles the correct low bits).</summary>
    public static ulong InverseModWord(ulong p)
    {
        ulong x = (3 * p) ^ 2; // correct to 5 bits
        for (int i = 0; i < 4; i++) x *= 2 - p * x;
        return x;
    }

    /// <summary>
    /// Whether the odd p divides mag, by exact (Hensel) division from the low end: with q_i = (a_i − c_i)·p^(−1)
    /// mod 2^64 and c_(i+1) the high word of q_i·p plus the borrow, Σ q_i·2^(64i)·p = mag + c_n·2^(64n), so
    /// p | mag exactly when c_n = 0. <paramref name="inverse"/> is <see cref="InverseModWord"/>(p).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsDivisible(ReadOnlySpan<ulong> mag, ulong p, ulong inverse)
    {
        ulong c = 0;
        for (int i = 0; i < mag.Length; i++) HenselDigit(mag[i], p, inverse, ref c);
        return c == 0;
    }

    /// <summary>
    /// mag ← mag / p in place when the odd p divides mag, returning true; otherwise mag is left holding the
    /// 2-adic quotient mag·p^(−1) mod 2^(64·mag.Length), which <see cref="MultiplyLow"/> by p turns back into mag,
    /// and false. The test is <see cref="IsDivisible"/>'s, in the same pass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryDivideExact(Span<ulong> mag, ulong p, ulong inverse)
    {
        ulong c = 0;
        for (int i = 0; i < mag.Length; i++) mag[i] = HenselDigit(mag[i], p, inverse, ref c);
        return c == 0;
    }

    // One limb of the exact division: q = (a − c)·p^(−1) mod 2^64; the next c is the high word of q·p plus the borrow.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong HenselDigit(ulong a, ulong p, ulong inverse, ref ulong c)
    {
        ulong s = a - c, b = a < c ? 1UL : 0UL;
        ulong q = s * inverse;
        c = Math.BigMul(q, p, out _) + b;
        return q;
    }

    /// <summary>mag ← mag · y mod 2^(64·mag.Length), in place.</summary>
    public static void MultiplyLow(Span<ulong> mag, ulong y)
    {
        ulong carry = 0;
        for (int i = 0; i < mag.Length; i++)
        {
            ulong hi = Math.BigMul(mag[i], y, out ulong lo);
            lo += carry;
            if (lo < carry) hi++;
            mag[i] = lo; carry = hi;
        }
    }

    /// <summary>The magnitude of v as limbs.</summary>
    public static ulong[] FromBigInteger(BigInteger v)
    {
        var abs = BigInteger.Abs(v);
        var limbs = new ulong[(int)((abs.GetBitLength() + 63) / 64)];
        abs.TryWriteBytes(MemoryMarshal.AsBytes(limbs.AsSpan()), out _, isUnsigned: true);
        return limbs;
    }

    /// <summary>±mag as a BigInteger.</summary>
    public static BigInteger ToBigInteger(ReadOnlySpan<ulong> mag, bool negative)
    {
        var v = new BigInteger(MemoryMarshal.AsBytes(mag), isUnsigned: true);
        return negative ? -v : v;
    }
}
