using System.Numerics;
using System.Runtime.InteropServices;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

public sealed partial class DyadicBatchEvaluator
{
    /// <summary>
    /// Wide lanes: each value of a block is a two's-complement integer of <c>_limbs</c> 64-bit limbs (least
    /// significant first) times the shared 2^E, at index (k·stride + p)·limbs. A layer is run on them only after
    /// a bit-length bound shows that every partial sum fits the output width, so wrapping modulo 2^(64·limbs),
    /// which the limb arithmetic does, never changes a value.
    /// </summary>
    private sealed partial class BlockState
    {
        private const int MaxLimbs = 8;

        // The limb bytes are read and written as a little-endian two's-complement integer.
        private static bool WideSupported => BitConverter.IsLittleEndian;

        private ulong[] _wide = [], _nextWide = [];
        private int[] _maxBits = [], _nextMaxBits = [];   // per neuron, an upper bound on the bit length of |value|
        private int _limbs;

        private void EnsureWide()
        {
            if (_wide.Length != 0) return;
            _wide = new ulong[_maxWidth * _stride * MaxLimbs];
            _nextWide = new ulong[_maxWidth * _stride * MaxLimbs];
            _maxBits = new int[_maxWidth];
            _nextMaxBits = new int[_maxWidth];
        }

        /// <summary>The number of limbs that hold every integer of at most <paramref name="bits"/> bits, with sign.</summary>
        private static long LimbsFor(long bits) => Math.Max(1, (bits + 1 + 63) / 64);

        /// <summary>Moves 64-bit lanes into 2-limb wide lanes at the same scale.</summary>
        private void LanesToWide()
        {
            EnsureWide();
            const int limbs = 2;
            for (int k = 0; k < _width; k++)
            {
                for (int p = 0; p < _n; p++)
                {
                    long v = _lanes[k * _stride + p];
                    int at = (k * _stride + p) * limbs;
                    _wide[at] = (ulong)v;
                    _wide[at + 1] = v < 0 ? ulong.MaxValue : 0;
                }
                _maxBits[k] = 64 - BitOperations.LeadingZeroCount(_maxAbs[k]);
            }
            _limbs = limbs;
            _form = Form.Wide;
        }

        /// <summary>Moves exact values into wide lanes at their smallest exponent, if every value then fits <see cref="MaxLimbs"/> limbs.</summary>
        private bool TryEnterWide()
        {
            bool any = false; long e = 0;
            for (int k = 0; k < _width; k++)
                foreach (var v in _exact.AsSpan(k * _stride, _n))
                {
                    if (v.IsZero) continue;
                    e = any ? Math.Min(e, v.Exponent) : v.Exponent;
                    any = true;
                }
            if (!any || Math.Abs(e) > ExponentLimit) return false;   // all zero: 64-bit lanes already took it
            long maxBits = 0;
            for (int k = 0; k < _width; k++)
                foreach (var v in _exact.AsSpan(k * _stride, _n))
                {
                    if (v.IsZero) continue;
                    long bits = (long)BigInteger.Abs(v.Mantissa).GetBitLength() + (v.Exponent - e);
                    if (bits > 64 * MaxLimbs) return false;
                    maxBits = Math.Max(maxBits, bits);
                }
            int limbs = (int)LimbsFor(maxBits);
            if (limbs > MaxLimbs) return false;
            EnsureWide();
            for (int k = 0; k < _width; k++)
            {
                int neuronBits = 0;
                for (int p = 0; p < _n; p++)
                {
                    var v = _exact[k * _stride + p];
                    var dest = _wide.AsSpan((k * _stride + p) * limbs, limbs);
                    if (v.IsZero) { dest.Clear(); continue; }
                    int shift = (int)(v.Exponent - e);
                    if (v.TryGetSmallMantissa(out long m) && TryShiftLeft(m, shift, out long x))
                    {
                        dest[0] = (ulong)x;
                        dest[1..].Fill(x < 0 ? ulong.MaxValue : 0);
                    }
                    else WriteLimbs(v.Mantissa << shift, dest);
                    neuronBits = Math.Max(neuronBits, BitLength(dest));
                }
                _maxBits[k] = neuronBits;
            }
            _limbs = limbs;
            _exp = e;
            return true;
        }

        /// <summary>Writes wide lanes back as <see cref="Dyadic"/> values.</summary>
        private void LeaveWide()
        {
            int e = (int)_exp, limbs = _limbs;
            for (int k = 0; k < _width; k++)
                for (int p = 0; p < _n; p++)
                    _exact[k * _stride + p] = ReadLimbs(_wide.AsSpan((k * _stride + p) * limbs, limbs), e);
            _form = Form.Exact;
        }

        /// <summary>True when every value is below 2^62 in magnitude, so 64-bit lanes hold them with room to spare.</summary>
        private bool WideFitsLanes()
        {
            for (int k = 0; k < _width; k++)
                if (_maxBits[k] > 62) return false;
            return true;
        }

        /// <summary>Moves wide lanes whose values all fit in 62 bits back to 64-bit lanes.</summary>
        private void WideToLanes()
        {
            int limbs = _limbs;
            for (int k = 0; k < _width; k++)
            {
                ulong max = 0;
                for (int p = 0; p < _n; p++)
                {
                    long v = (long)_wide[(k * _stride + p) * limbs];
                    _lanes[k * _stride + p] = v;
                    max = Math.Max(max, (ulong)Math.Abs(v));
                }
                _maxAbs[k] = max;
            }
            _form = Form.Lanes;
        }

        /// <summary>Runs the layer on wide lanes when the bit-length bound allows it; otherwise changes nothing and returns false.</summary>
        private bool TryApplyWide(Layer layer)
        {
            long prodExp = _exp + layer.WeightExp;
            long outExp = layer.HasBias ? Math.Min(prodExp, layer.BiasExp) : prodExp;
            if (Math.Abs(outExp) > ExponentLimit) return false;
            long prodShift = prodExp - outExp;
            long biasShift = layer.HasBias ? layer.BiasExp - outExp : 0;

            var rowStart = layer.RowStart; var cols = layer.Cols;
            var w = layer.IntWeights;
            if (prodShift > 0)
            {
                w = new long[w.Length];
                for (int k = 0; k < w.Length; k++)
                    if (!TryShiftLeft(layer.IntWeights[k], prodShift, out w[k])) return false;
            }

            // |Σ w_k x_k + b| over t nonzero terms, each below 2^(bits of w_k + bits of x_k), is below 2^(max + ⌈log2 t⌉),
            // and so is every partial sum.
            long needBits = 0;
            for (int j = 0; j < layer.OutputSize; j++)
            {
                long top = 0; int terms = 0;
                for (int k = rowStart[j]; k < rowStart[j + 1]; k++)
                {
                    int xb = _maxBits[cols[k]];
                    if (xb == 0 || w[k] == 0) continue;
                    top = Math.Max(top, 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(w[k])) + xb);
                    terms++;
                }
                if (layer.IntBias[j] != 0)
                {
                    top = Math.Max(top, 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(layer.IntBias[j])) + biasShift);
                    terms++;
                }
                if (terms > 0) needBits = Math.Max(needBits, top + (terms <= 1 ? 0 : 64 - BitOperations.LeadingZeroCount((ulong)terms - 1)));
            }
            long outLimbsLong = LimbsFor(needBits);
            if (outLimbsLong > MaxLimbs) return false;
            int inLimbs = _limbs, outLimbs = (int)outLimbsLong;

            Span<ulong> bias = stackalloc ulong[MaxLimbs];
            Span<ulong> orLimbs = stackalloc ulong[MaxLimbs];
            bias = bias[..outLimbs]; orLimbs = orLimbs[..outLimbs];
            orLimbs.Clear();
            for (int j = 0; j < layer.OutputSize; j++)
            {
                long b = layer.IntBias[j];
                if (b != 0 && biasShift > 0) WriteLimbs((BigInteger)b << (int)biasShift, bias);
                else { bias[0] = (ulong)b; bias[1..].Fill(b < 0 ? ulong.MaxValue : 0); }

                var acc = _nextWide.AsSpan(j * _stride * outLimbs, _n * outLimbs);
                for (int p = 0; p < _n; p++) bias.CopyTo(acc.Slice(p * outLimbs, outLimbs));
                for (int k = rowStart[j]; k < rowStart[j + 1]; k++)
                {
                    int c = cols[k];
                    if (_maxBits[c] == 0 || w[k] == 0) continue;   // that term is zero at every point
                    MultiplyAddWide(acc, outLimbs, w[k], _wide.AsSpan(c * _stride * inLimbs, _n * inLimbs), inLimbs, _n);
                }
                int maxBits = 0;
                bool relu = layer.Relu[j];
                for (int p = 0; p < _n; p++)
                {
                    var v = acc.Slice(p * outLimbs, outLimbs);
                    if (relu && (long)v[^1] < 0) { v.Clear(); continue; }
                    maxBits = Math.Max(maxBits, BitLength(v));
                    for (int i = 0; i < outLimbs; i++) orLimbs[i] |= v[i];
                }
                _nextMaxBits[j] = maxBits;
            }

            (_wide, _nextWide) = (_nextWide, _wide);
            (_maxBits, _nextMaxBits) = (_nextMaxBits, _maxBits);
            _width = layer.OutputSize;
            _limbs = outLimbs;
            _exp = outExp;

            // Drop the factors of two that every value shares (a two's-complement value and its magnitude have the same trailing zeros).
            int tz = 0;
            while (tz < outLimbs && orLimbs[tz] == 0) tz++;
            if (tz == outLimbs) return true;   // every value is zero
            int shift = 64 * tz + BitOperations.TrailingZeroCount(orLimbs[tz]);
            if (shift > 0 && _exp + shift <= ExponentLimit)
            {
                for (int k = 0; k < _width; k++)
                {
                    for (int p = 0; p < _n; p++) ShiftRightArithmetic(_wide.AsSpan((k * _stride + p) * outLimbs, outLimbs), shift);
                    _maxBits[k] = Math.Max(0, _maxBits[k] - shift);
                }
                _exp += shift;
            }
            return true;
        }

        /// <summary>
        /// acc_p += w·x_p modulo 2^(64·accLimbs) for each of <paramref name="n"/> points; x_p has
        /// <paramref name="xLimbs"/> limbs and is sign-extended (or cut) to the accumulator's width, which leaves
        /// its residue unchanged.
        /// </summary>
        private static void MultiplyAddWide(Span<ulong> acc, int accLimbs, long w, ReadOnlySpan<ulong> x, int xLimbs, int n)
        {
            ulong u = (ulong)Math.Abs(w);   // w is never long.MinValue
            bool subtract = w < 0;
            for (int p = 0; p < n; p++)
            {
                var a = acc.Slice(p * accLimbs, accLimbs);
                var xs = x.Slice(p * xLimbs, xLimbs);
                ulong ext = (long)xs[^1] < 0 ? ulong.MaxValue : 0;
                ulong mulCarry = 0, addCarry = 0;
                for (int i = 0; i < accLimbs; i++)
                {
                    ulong xi = i < xLimbs ? xs[i] : ext;
                    ulong hi = Math.BigMul(u, xi, out ulong lo);   // hi ≤ 2^64 − 2, so hi + 1 cannot wrap
                    lo += mulCarry;
                    if (lo < mulCarry) hi++;
                    mulCarry = hi;
                    ulong ai = a[i];
                    if (subtract)
                    {
                        ulong d = ai - lo;
                        ulong borrow = ai < lo ? 1UL : 0;
                        ulong d2 = d - addCarry;
                        borrow += d < addCarry ? 1UL : 0;
                        a[i] = d2;
                        addCarry = borrow;
                    }
                    else
                    {
                        ulong s = ai + lo;
                        ulong carry = s < lo ? 1UL : 0;
                        ulong s2 = s + addCarry;
                        carry += s2 < addCarry ? 1UL : 0;
                        a[i] = s2;
                        addCarry = carry;
                    }
                }
            }
        }

        /// <summary>An upper bound on the bit length of |v| (exact for v ≥ 0, at most one more for v &lt; 0).</summary>
        private static int BitLength(ReadOnlySpan<ulong> v)
        {
            bool negative = (long)v[^1] < 0;
            ulong flip = negative ? ulong.MaxValue : 0;   // for v < 0, ~v = |v| − 1
            for (int i = v.Length - 1; i >= 0; i--)
            {
                ulong limb = v[i] ^ flip;
                if (limb != 0) return 64 * i + 64 - BitOperations.LeadingZeroCount(limb) + (negative ? 1 : 0);
            }
            return negative ? 1 : 0;
        }

        /// <summary>v ← v / 2^shift for a v divisible by 2^shift, 0 &lt; shift &lt; 64·limbs.</summary>
        private static void ShiftRightArithmetic(Span<ulong> v, int shift)
        {
            int q = shift / 64, r = shift % 64;
            ulong ext = (long)v[^1] < 0 ? ulong.MaxValue : 0;
            for (int i = 0; i < v.Length; i++)
            {
                ulong lo = i + q < v.Length ? v[i + q] : ext;
                ulong hi = i + q + 1 < v.Length ? v[i + q + 1] : ext;
                v[i] = r == 0 ? lo : (lo >> r) | (hi << (64 - r));
            }
        }

        /// <summary>Writes <paramref name="value"/> in two's complement over <paramref name="dest"/>; the caller has checked that it fits.</summary>
        private static void WriteLimbs(BigInteger value, Span<ulong> dest)
        {
            var bytes = MemoryMarshal.AsBytes(dest);
            if (!value.TryWriteBytes(bytes, out int written, isUnsigned: false, isBigEndian: false))
                throw new InvalidOperationException("a wide lane value does not fit its limbs");
            bytes[written..].Fill(value.Sign < 0 ? (byte)0xFF : (byte)0);
        }

        /// <summary>The value v·2^e of a two's-complement limb integer v.</summary>
        private static Dyadic ReadLimbs(ReadOnlySpan<ulong> v, int e)
        {
            long low = (long)v[0];
            ulong ext = low < 0 ? ulong.MaxValue : 0;
            bool fitsLong = true;
            for (int i = 1; i < v.Length && fitsLong; i++) fitsLong = v[i] == ext;
            return fitsLong
                ? Dyadic.Create(low, e)
                : Dyadic.Create(new BigInteger(MemoryMarshal.AsBytes(v), isUnsigned: false, isBigEndian: false), e);
        }
    }
}
