using BenchmarkDotNet.Attributes;
using RCNetProofs.Numerics;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// Add and multiply-add (c + a·b, counted as one op) over N independent operand triples, on three sets:
/// (a) k/2^k' with k' ≤ 64, (b) k' ≤ 2000, (c) general rationals with 20-digit parts (Rational only).
/// </summary>
[Config(typeof(BenchConfig))]
[CategoriesColumn]
public class NumberBenchmarks
{
    private const int N = 2048;

    private Dyadic[] _da64 = [], _db64 = [], _dc64 = [], _dr64 = [];
    private Dyadic[] _da2k = [], _db2k = [], _dc2k = [], _dr2k = [];
    private Rational[] _ra64 = [], _rb64 = [], _rc64 = [], _rr64 = [];
    private Rational[] _ra2k = [], _rb2k = [], _rc2k = [], _rr2k = [];
    private Rational[] _ra20 = [], _rb20 = [], _rc20 = [], _rr20 = [];

    [GlobalSetup]
    public void Setup()
    {
        _da64 = OperandSets.Dyadics(N, 64, 1); _db64 = OperandSets.Dyadics(N, 64, 2); _dc64 = OperandSets.Dyadics(N, 64, 3);
        _da2k = OperandSets.Dyadics(N, 2000, 4); _db2k = OperandSets.Dyadics(N, 2000, 5); _dc2k = OperandSets.Dyadics(N, 2000, 6);
        _dr64 = new Dyadic[N]; _dr2k = new Dyadic[N];
        _ra64 = ToRational(_da64); _rb64 = ToRational(_db64); _rc64 = ToRational(_dc64);
        _ra2k = ToRational(_da2k); _rb2k = ToRational(_db2k); _rc2k = ToRational(_dc2k);
        _ra20 = OperandSets.TwentyDigitRationals(N, 7); _rb20 = OperandSets.TwentyDigitRationals(N, 8); _rc20 = OperandSets.TwentyDigitRationals(N, 9);
        _rr64 = new Rational[N]; _rr2k = new Rational[N]; _rr20 = new Rational[N];
    }

    private static Rational[] ToRational(Dyadic[] d) => Array.ConvertAll(d, x => x.ToRational());

    private static void Add(Dyadic[] a, Dyadic[] b, Dyadic[] r)
    {
        for (int i = 0; i < r.Length; i++) r[i] = a[i] + b[i];
    }

    private static void MulAdd(Dyadic[] a, Dyadic[] b, Dyadic[] c, Dyadic[] r)
    {
        for (int i = 0; i < r.Length; i++) r[i] = Dyadic.MultiplyAdd(a[i], b[i], c[i]);
    }

    private static void Add(Rational[] a, Rational[] b, Rational[] r)
    {
        for (int i = 0; i < r.Length; i++) r[i] = a[i] + b[i];
    }

    private static void MulAdd(Rational[] a, Rational[] b, Rational[] c, Rational[] r)
    {
        for (int i = 0; i < r.Length; i++) r[i] = Rational.MultiplyAdd(a[i], b[i], c[i]);
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("a: 64-bit dyadic", "add")]
    public void DyadicAdd64() => Add(_da64, _db64, _dr64);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("a: 64-bit dyadic", "muladd")]
    public void DyadicMulAdd64() => MulAdd(_da64, _db64, _dc64, _dr64);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("a: 64-bit dyadic", "add")]
    public void RationalAdd64() => Add(_ra64, _rb64, _rr64);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("a: 64-bit dyadic", "muladd")]
    public void RationalMulAdd64() => MulAdd(_ra64, _rb64, _rc64, _rr64);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("b: 2000-bit dyadic", "add")]
    public void DyadicAdd2000() => Add(_da2k, _db2k, _dr2k);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("b: 2000-bit dyadic", "muladd")]
    public void DyadicMulAdd2000() => MulAdd(_da2k, _db2k, _dc2k, _dr2k);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("b: 2000-bit dyadic", "add")]
    public void RationalAdd2000() => Add(_ra2k, _rb2k, _rr2k);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("b: 2000-bit dyadic", "muladd")]
    public void RationalMulAdd2000() => MulAdd(_ra2k, _rb2k, _rc2k, _rr2k);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("c: 20-digit rational", "add")]
    public void RationalAdd20Digit() => Add(_ra20, _rb20, _rr20);

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("c: 20-digit rational", "muladd")]
    public void RationalMulAdd20Digit() => MulAdd(_ra20, _rb20, _rc20, _rr20);
}
