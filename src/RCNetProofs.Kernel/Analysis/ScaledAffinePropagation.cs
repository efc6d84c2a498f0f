using System.Numerics;
using System.Runtime.CompilerServices;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// The affine-form propagation of <see cref="BoxAnalysis.DecideAffine"/> on integers: each neuron's form
/// (coefficients over x and a constant) is held as integer numerators over one denominator D = 2^s · m shared by
/// the whole layer (m odd), in 64-bit limbs updated in place. A layer is V·X + c·D over E·D
/// (<see cref="IntegerLayer"/>); the powers of two of D that divide every numerator are then cancelled after each
/// layer, its odd primes only when m would otherwise pass 2^62 (an odd factor of a weight's denominator, such as
/// a 3 or a ramp's 3·2^k − 1, usually cancels a layer later, and one division pass for several layers' worth is
/// cheaper than one per layer).
/// </summary>
/// <remarks>
/// A ReLU's sign on the box is decided from the numerators and the box corners over their common denominator B:
/// B·D·max = c·B + Σ a_j·(a_j &gt; 0 ? B·hi_j : B·lo_j), likewise the minimum. The result is the same as the
/// rational propagation's, number for number. When a layer's denominators are not supported, or m would pass
/// 2^62, <see cref="Run"/> hands the forms over as rationals and the rational propagation goes on from that layer.
/// </remarks>
internal sealed class ScaledAffinePropagation
{
    private readonly int _c;                      // components per form: d coefficients, then the constant
    private ulong[] _cur = [], _next = [], _tmp = [], _rangeHi = [], _rangeLo = [];
    private int[] _curLen = [], _nextLen = [], _rowWidth = [];
    private long[] _colBits = [];
    private int[] _colFirst = [];
    private bool[] _started = [];
    private int[] _savedLen = [];
    private bool[] _curNeg = [], _nextNeg = [];
    private int _curWidth, _count;                // limbs per component slot; forms in the current layer
    private long _twos;                           // s
    private ulong _odd = 1;                       // m
    private readonly List<OddPrime> _primes = new();
    private readonly ulong[][] _boxLo, _boxHi;    // B·lo_j, B·hi_j as magnitudes
    private readonly bool[] _boxLoNeg, _boxHiNeg;
    private readonly ulong[] _boxDen;             // B
    private readonly BigInteger _boxDenValue;
    private readonly long _boxBits;

    private ScaledAffinePropagation(Box box)
    {
        int d = box.Dimension;
        _c = d + 1;
        var b = BigInteger.One;
        for (int j = 0; j < d; j++) b = Lcm(Lcm(b, box.Lower[j].Denominator), box.Upper[j].Denominator);
        _boxDenValue = b; _boxDen = Limbs.FromBigInteger(b);
        _boxLo = new ulong[d][]; _boxHi = new ulong[d][]; _boxLoNeg = new bool[d]; _boxHiNeg = new bool[d];
        long bits = (long)b.GetBitLength();
        for (int j = 0; j < d; j++)
        {
            var lo = box.Lower[j].Numerator * (b / box.Lower[j].Denominator);
            var hi = box.Upper[j].Numerator * (b / box.Upper[j].Denominator);
            _boxLo[j] = Limbs.FromBigInteger(lo); _boxLoNeg[j] = lo.Sign < 0;
            _boxHi[j] = Limbs.FromBigInteger(hi); _boxHiNeg[j] = hi.Sign < 0;
            bits = Math.Max(bits, Math.Max((long)lo.GetBitLength(), (long)hi.GetBitLength()));
        }
        _boxBits = bits;
    }

    /// <summary>What the integer propagation ended with.</summary>
    internal readonly record struct Outcome(AffineOnBox? Result, int StoppedAt, Rational[][]? Coefficients, Rational[]? Constants);

    /// <summary>
    /// Propagates the identity forms through the network on the box. Returns either the final result, or the layer
    /// at which rational arithmetic has to take over with the forms reached there.
    /// </summary>
    public static Outcome Run(Network network, Box box)
    {
        var p = new ScaledAffinePropagation(box);
        p.Start(box.Dimension);
        var layers = network.Layers;
        for (int l = 0; l < layers.Length; l++)
        {
            var layer = IntegerLayer.For(layers[l]);
            if (layer is null || !p.TryGrowOdd(layer))
            {
                var (coef, cst) = p.ToRationals();
                return new Outcome(null, l, coef, cst);
            }
            var straddle = p.Apply(layer, l);
            if (straddle is not null) return new Outcome(straddle, -1, null, null);
        }
        var (c, k) = p.ToRationals();
        return new Outcome(new AffineOnBox(c, k), -1, null, null);
    }

    // The identity forms: coordinate i has coefficient 1 on x_i.
    private void Start(int d)
    {
        _curWidth = 1; _count = d;
        Ensure(ref _cur, d * _c); Ensure(ref _curLen, d * _c); Ensure(ref _curNeg, d * _c);
        Array.Clear(_cur); Array.Clear(_curLen); Array.Clear(_curNeg);
        for (int i = 0; i < d; i++) { _cur[(i * _c) + i] = 1; _curLen[(i * _c) + i] = 1; }
    }

    // Whether m·(odd part of E) stays within 2^62, cancelling what can be cancelled from m first if needed.
    private bool TryGrowOdd(IntegerLayer layer)
    {
        if (Fits()) return true;
        ReduceOdd();
        return Fits();

        bool Fits()
        {
            ulong m = _odd;
            foreach (var q in layer.ScalePrimes)
            {
                if (m > (1UL << 62) / q) return false;
                m *= q;
            }
            return true;
        }
    }

    private Span<ulong> Slot(ulong[] buffer, int width, int index) => buffer.AsSpan(index * width, width);

    // Applies one layer; returns the straddling neuron's outcome if a ReLU's sign is not fixed on the box.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AffineOnBox? Apply(IntegerLayer layer, int layerIndex)
    {
        // Bits of each input coordinate (its largest component), then of each row's terms: row i's accumulator
        // needs the largest term's bits, ⌈log2(terms)⌉ more for the sum and one for the sign.
        // Each input's first non-zero component is noted too: once the forms are constant, only the last is.
        Ensure(ref _colBits, _count); Ensure(ref _colFirst, _count);
        for (int col = 0; col < _count; col++)
        {
            long b = 0;
            int first = _c;
            for (int j = _c - 1; j >= 0; j--)
            {
                int t = col * _c + j;
                if (_curLen[t] == 0) continue;
                first = j;
                b = Math.Max(b, Limbs.BitLength(Slot(_cur, _curWidth, t)[.._curLen[t]]));
            }
            _colBits[col] = b; _colFirst[col] = first;
        }
        long oddBits = 64 - BitOperations.LeadingZeroCount(_odd);
        Ensure(ref _rowWidth, layer.OutputSize);
        int width = 1;
        for (int i = 0; i < layer.OutputSize; i++)
        {
            long need = layer.BiasMagnitude[i].Length == 0 ? 0 : Limbs.BitLength(layer.BiasMagnitude[i]) + oddBits + _twos;
            for (int k = layer.RowStart[i]; k < layer.RowStart[i + 1]; k++)
            {
                long b = _colBits[layer.Columns[k]];
                if (b != 0) need = Math.Max(need, b + layer.EntryBits[k]);
            }
            _rowWidth[i] = (int)((need + layer.RowTermsLog[i] + 1 + 63) / 64);
            width = Math.Max(width, _rowWidth[i]);
        }
        int slots = layer.OutputSize * _c;
        Ensure(ref _next, slots * width); Ensure(ref _nextLen, slots); Ensure(ref _nextNeg, slots);
        Span<ulong> oddLimb = [_odd];
        Ensure(ref _started, _c);
        for (int i = 0; i < layer.OutputSize; i++)
        {
            int w = _rowWidth[i], first = i * _c;
            Array.Clear(_started, 0, _c);
            if (layer.BiasMagnitude[i].Length != 0)
            {
                var acc = Slot(_next, width, first + _c - 1)[..w];
                _started[_c - 1] = true;
                AddProduct(acc, layer.BiasMagnitude[i], oddLimb, checked((int)_twos), layer.BiasNegative[i], fresh: true);
            }
            for (int k = layer.RowStart[i]; k < layer.RowStart[i + 1]; k++)
            {
                int col = layer.Columns[k], src = col * _c;
                var odd = layer.Odd[k]; int shift = layer.Shift[k]; bool negative = layer.Negative[k];
                for (int j = _colFirst[col]; j < _c; j++)
                {
                    int len = _curLen[src + j];
                    if (len == 0) continue;
                    var acc = Slot(_next, width, first + j)[..w];
                    AddProduct(acc, Slot(_cur, _curWidth, src + j)[..len], odd, shift, _curNeg[src + j] ^ negative, fresh: !_started[j]);
                    _started[j] = true;
                }
            }
            for (int j = 0; j < _c; j++)
                (_nextNeg[first + j], _nextLen[first + j]) = _started[j] ? Limbs.ToMagnitude(Slot(_next, width, first + j)[..w]) : (false, 0);
            if (layer.Relu[i])
            {
                var straddle = DecideRelu(i, width, layer.ScaleTwos, layer.ScalePrimes, layerIndex);
                if (straddle is not null) return straddle;
            }
        }
        (_cur, _next) = (_next, _cur); (_curLen, _nextLen) = (_nextLen, _curLen); (_curNeg, _nextNeg) = (_nextNeg, _curNeg);
        _curWidth = width; _count = layer.OutputSize;
        _twos += layer.ScaleTwos;
        foreach (var q in layer.ScalePrimes) { _odd *= q; AddPrime(q); }
        Reduce();
        return null;
    }

    // acc ± x·y·2^shift.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddProduct(Span<ulong> acc, ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, int shift, bool subtract, bool fresh = false)
    {
        if (y.Length == 1)
        {
            if (y[0] == 1) Limbs.AddShifted(acc, x, shift, subtract, fresh);
            else Limbs.AddProductShifted(acc, x, y[0], shift, subtract, fresh);
            return;
        }
        Ensure(ref _tmp, x.Length + y.Length + 1);
        int n = Limbs.Multiply(_tmp, x, y);
        Limbs.AddShifted(acc, _tmp.AsSpan(0, n), shift, subtract, fresh);
    }

    // Form i of the next layer is a ReLU's pre-activation: zero it when it is ≤ 0 on the box, keep it when it is
    // ≥ 0, report it when it changes sign.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AffineOnBox? DecideRelu(int i, int width, int scaleTwos, uint[] scalePrimes, int layerIndex)
    {
        int d = _c - 1, constant = i * _c + d;
        bool linear = false;
        long bits = 0;
        for (int j = 0; j <= d; j++)
        {
            linear |= j < d && _nextLen[i * _c + j] != 0;
            bits = Math.Max(bits, Limbs.BitLength(Slot(_next, width, i * _c + j)[.._nextLen[i * _c + j]]));
        }
        if (!linear)
        {
            if (_nextNeg[constant]) Zero(i);
            return null;
        }
        int rangeWidth = (int)((bits + _boxBits + 64 - BitOperations.LeadingZeroCount((ulong)_c + 1) + 1 + 63) / 64);
        Ensure(ref _rangeHi, rangeWidth); Ensure(ref _rangeLo, rangeWidth);
        var hi = _rangeHi.AsSpan(0, rangeWidth); var lo = _rangeLo.AsSpan(0, rangeWidth);
        hi.Clear(); lo.Clear();
        var c = Slot(_next, width, constant)[.._nextLen[constant]];
        AddProduct(hi, c, _boxDen, 0, _nextNeg[constant]);
        AddProduct(lo, c, _boxDen, 0, _nextNeg[constant]);
        for (int j = 0; j < d; j++)
        {
            int t = i * _c + j;
            if (_nextLen[t] == 0) continue;
            var a = Slot(_next, width, t)[.._nextLen[t]];
            bool neg = _nextNeg[t];
            // a > 0: the maximum takes hi_j and the minimum lo_j; a < 0 the other way round.
            var (maxCorner, maxNeg) = neg ? (_boxLo[j], _boxLoNeg[j]) : (_boxHi[j], _boxHiNeg[j]);
            var (minCorner, minNeg) = neg ? (_boxHi[j], _boxHiNeg[j]) : (_boxLo[j], _boxLoNeg[j]);
            if (maxCorner.Length != 0) AddProduct(hi, a, maxCorner, 0, neg ^ maxNeg);
            if (minCorner.Length != 0) AddProduct(lo, a, minCorner, 0, neg ^ minNeg);
        }
        if (Limbs.Sign(hi) <= 0) { Zero(i); return null; }
        if (Limbs.Sign(lo) >= 0) return null;
        // The layer's denominator is B·D·E before any cancellation.
        var den = _boxDenValue * (BigInteger.One << checked((int)(_twos + scaleTwos))) * _odd;
        foreach (var q in scalePrimes) den *= q;
        var (ln, ll) = Limbs.ToMagnitude(lo); var (hn, hl) = Limbs.ToMagnitude(hi);
        return new AffineOnBox(layerIndex, i,
            Rational.Create(Limbs.ToBigInteger(lo[..ll], ln), den), Rational.Create(Limbs.ToBigInteger(hi[..hl], hn), den));
    }

    // A slot's limbs past its length are never read, so zeroing a form only resets the lengths.
    private void Zero(int i)
    {
        for (int j = 0; j < _c; j++) { _nextLen[i * _c + j] = 0; _nextNeg[i * _c + j] = false; }
    }

    // Cancels the powers of two of D that divide every numerator (all of D when every numerator is zero).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Reduce()
    {
        int slots = _count * _c;
        long t = _twos;
        bool any = false;
        for (int k = 0; k < slots; k++)
        {
            if (_curLen[k] == 0) continue;
            any = true;
            if (t > 0) t = Math.Min(t, Limbs.TrailingZeroCount(Slot(_cur, _curWidth, k)[.._curLen[k]]));
        }
        if (!any)
        {
            _twos = 0; _odd = 1;
            foreach (var prime in _primes) prime.Count = 0;
            return;
        }
        if (t > 0)
        {
            for (int k = 0; k < slots; k++)
                if (_curLen[k] != 0) _curLen[k] = Limbs.ShiftRight(Slot(_cur, _curWidth, k)[.._curLen[k]], t);
            _twos -= t;
        }
    }

    // Cancels from m the largest power of each prime that divides every numerator, in one division pass: each
    // prime's exponent is first guessed on the numerator it last failed to divide, then the product Q of the
    // guessed powers divides every numerator or, if one numerator refuses, the guesses are lowered on that one
    // (at least one drops, since coprime powers that all divided it would make Q divide it; guesses never rise,
    // so this ends).
    private void ReduceOdd()
    {
        int slots = _count * _c;
        Ensure(ref _savedLen, slots);
        foreach (var prime in _primes) prime.Guess = prime.Count;
        while (true)
        {
            ulong q = 1;
            foreach (var prime in _primes)
            {
                int k = prime.LastFailure < slots ? prime.LastFailure : 0;
                var probe = Slot(_cur, _curWidth, k)[.._curLen[k]];
                ulong power = 1;
                for (int e = 0; e < prime.Guess; e++) power *= prime.P;
                while (prime.Guess > 0 && !Limbs.IsDivisible(probe, power, Limbs.InverseModWord(power))) { prime.Guess--; power /= prime.P; }
                q *= power;
            }
            if (q == 1) return;
            int failed = DivideAll(q, slots);
            if (failed < 0)
            {
                foreach (var prime in _primes) prime.Count -= prime.Guess;
                _odd /= q;
                return;
            }
            foreach (var prime in _primes) prime.LastFailure = failed;
        }
    }

    // Divides every numerator by the odd q and returns −1, or, when numerator k is not a multiple of q, restores
    // every numerator and returns k.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int DivideAll(ulong q, int slots)
    {
        ulong inverse = Limbs.InverseModWord(q);
        for (int k = 0; k < slots; k++)
        {
            _savedLen[k] = _curLen[k];
            if (_curLen[k] == 0) continue;
            var mag = Slot(_cur, _curWidth, k)[.._curLen[k]];
            if (Limbs.TryDivideExact(mag, q, inverse)) { _curLen[k] = Limbs.Length(mag); continue; }
            for (int t = 0; t <= k; t++)
            {
                if (_savedLen[t] == 0) continue;
                Limbs.MultiplyLow(Slot(_cur, _curWidth, t)[.._savedLen[t]], q);
                _curLen[t] = _savedLen[t];
            }
            return k;
        }
        return -1;
    }

    // An odd prime of D: how many times it divides D, and which numerator it failed to divide last.
    private sealed class OddPrime(uint p)
    {
        public readonly ulong P = p;
        public int Count;
        public int LastFailure;
        public int Guess;
    }

    private void AddPrime(uint p)
    {
        foreach (var prime in _primes)
            if (prime.P == p) { prime.Count++; return; }
        _primes.Add(new OddPrime(p) { Count = 1 });
    }

    // The current forms as rationals: per coordinate, the coefficient row and the constant.
    private (Rational[][] Coefficients, Rational[] Constants) ToRationals()
    {
        var den = (BigInteger.One << checked((int)_twos)) * _odd;
        int d = _c - 1;
        var coef = new Rational[_count][]; var cst = new Rational[_count];
        for (int i = 0; i < _count; i++)
        {
            coef[i] = new Rational[d];
            for (int j = 0; j <= d; j++)
            {
                int k = i * _c + j;
                var v = _curLen[k] == 0 ? Rational.Zero : Rational.Create(Limbs.ToBigInteger(Slot(_cur, _curWidth, k)[.._curLen[k]], _curNeg[k]), den);
                if (j < d) coef[i][j] = v; else cst[i] = v;
            }
        }
        return (coef, cst);
    }

    private static void Ensure<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[Math.Max(length, buffer.Length * 2)];
    }

    private static BigInteger Lcm(BigInteger a, BigInteger b) =>
        b.IsOne || a == b ? a : a / BigInteger.GreatestCommonDivisor(a, b) * b;
}
