using System.Numerics;
using System.Runtime.CompilerServices;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// An affine layer brought to integers: with E = 2^ScaleTwos · Π ScalePrimes the least common denominator of its
/// weights and biases, V = E·W and c = E·b are integer, so W·x + b = (V·X + c·D) / (E·D) for x = X / D. Each entry
/// of V is stored as sign · odd · 2^shift, which turns the common case (a power of two) into a shifted add.
/// </summary>
/// <remarks>
/// Only layers whose E has an odd part that <see cref="OddPrimes"/> factors are represented (primes below 2^16 and
/// at most one more below 2^32); <see cref="For"/> gives null for any other layer, and the caller then uses
/// rational arithmetic.
/// </remarks>
internal sealed class IntegerLayer
{
    private static readonly ConditionalWeakTable<AffineLayer, Holder> Cache = new();

    private sealed class Holder(IntegerLayer? layer) { public readonly IntegerLayer? Layer = layer; }

    private IntegerLayer(int inputSize, int outputSize) { InputSize = inputSize; OutputSize = outputSize; }

    public int InputSize { get; }
    public int OutputSize { get; }
    /// <summary>The power of two in E.</summary>
    public int ScaleTwos { get; private init; }
    /// <summary>The odd primes of E, with repetition.</summary>
    public uint[] ScalePrimes { get; private init; } = [];
    /// <summary>Row i's entries are RowStart[i] .. RowStart[i + 1] − 1.</summary>
    public int[] RowStart { get; private init; } = [];
    public int[] Columns { get; private init; } = [];
    public bool[] Negative { get; private init; } = [];
    public int[] Shift { get; private init; } = [];
    /// <summary>The odd part of |V_ij| as limbs.</summary>
    public ulong[][] Odd { get; private init; } = [];
    /// <summary>|c_i| as limbs (empty for zero).</summary>
    public ulong[][] BiasMagnitude { get; private init; } = [];
    public bool[] BiasNegative { get; private init; } = [];
    public bool[] Relu { get; private init; } = [];
    /// <summary>Per entry, the bit length of |V_ij|.</summary>
    public long[] EntryBits { get; private init; } = [];
    /// <summary>Per row, ⌈log2(entries + 2)⌉: room for the sum of the entries' terms and the bias term.</summary>
    public int[] RowTermsLog { get; private init; } = [];

    /// <summary>The integer form of the layer (computed once per layer object), or null when its denominators are not supported.</summary>
    public static IntegerLayer? For(AffineLayer layer) => Cache.GetValue(layer, l => new Holder(Create(l))).Layer;

    private static IntegerLayer? Create(AffineLayer layer)
    {
        BigInteger e = BigInteger.One;
        for (int i = 0; i < layer.OutputSize; i++)
        {
            foreach (var w in layer.RowValues(i)) e = Lcm(e, w.Denominator);
            e = Lcm(e, layer.Bias[i].Denominator);
        }
        int twos = (int)BigInteger.TrailingZeroCount(e);
        var primes = OddPrimes(e >> twos);
        if (primes is null) return null;
        int nnz = layer.WeightNonZeros, rows = layer.OutputSize;
        var rowStart = new int[rows + 1]; var cols = new int[nnz]; var neg = new bool[nnz]; var shift = new int[nnz];
        var odd = new ulong[nnz][]; var biasMag = new ulong[rows][]; var biasNeg = new bool[rows];
        var relu = new bool[rows]; var entryBits = new long[nnz]; var termsLog = new int[rows];
        int k = 0;
        for (int i = 0; i < rows; i++)
        {
            var rc = layer.RowColumns(i); var rv = layer.RowValues(i);
            for (int t = 0; t < rc.Length; t++, k++)
            {
                var v = rv[t].Numerator * (e / rv[t].Denominator);
                var abs = BigInteger.Abs(v);
                int tz = (int)BigInteger.TrailingZeroCount(abs);
                cols[k] = rc[t]; neg[k] = v.Sign < 0; shift[k] = tz; odd[k] = Limbs.FromBigInteger(abs >> tz);
                entryBits[k] = (long)abs.GetBitLength();
            }
            rowStart[i + 1] = k;
            var c = layer.Bias[i].Numerator * (e / layer.Bias[i].Denominator);
            biasMag[i] = Limbs.FromBigInteger(c); biasNeg[i] = c.Sign < 0;
            relu[i] = layer.Activations[i] == Activation.Relu;
            termsLog[i] = 64 - BitOperations.LeadingZeroCount((ulong)rc.Length + 1);
        }
        return new IntegerLayer(layer.InputSize, rows)
        {
            ScaleTwos = twos, ScalePrimes = primes, RowStart = rowStart, Columns = cols, Negative = neg, Shift = shift,
            Odd = odd, BiasMagnitude = biasMag, BiasNegative = biasNeg, Relu = relu, EntryBits = entryBits, RowTermsLog = termsLog,
        };
    }

    private static BigInteger Lcm(BigInteger a, BigInteger b) =>
        b.IsOne || a == b ? a : a / BigInteger.GreatestCommonDivisor(a, b) * b;

    /// <summary>
    /// The prime factors (with repetition) of an odd n ≥ 1, or null: trial division by odd numbers up to 2^16 leaves
    /// a cofactor that is 1 or, when below 2^32, a prime (a composite below 2^32 has a factor below 2^16); a larger
    /// cofactor is refused, so n is factored exactly when all its primes but at most one are below 2^16 and that
    /// one is below 2^32.
    /// </summary>
    internal static uint[]? OddPrimes(BigInteger n)
    {
        var primes = new List<uint>();
        for (uint p = 3; p < 65536 && !n.IsOne; p += 2)
        {
            while (n % p == 0) { primes.Add(p); n /= p; }
            if (n < (ulong)p * p) break;
        }
        if (!n.IsOne)
        {
            if (n >= uint.MaxValue) return null;
            primes.Add((uint)n);
        }
        return primes.ToArray();
    }
}
