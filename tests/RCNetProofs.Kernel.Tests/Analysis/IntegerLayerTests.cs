using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

public class IntegerLayerTests
{
    private static bool IsPrime(ulong n)
    {
        if (n < 2) return false;
        for (ulong p = 2; p * p <= n; p++) if (n % p == 0) return false;
        return true;
    }

    [Fact]
    public void OddPrimes_FactorsIntoPrimesBelow2To32_OrRefuses()
    // Representable: every prime below 2^16 but at most one (below 2^32). A product of two primes between 2^16 and
    // 2^32 is refused too (trial division does not reach them); refusing only costs speed.
    {
        // n = product of odd primes drawn from small ones, ones near 2^16 and ones just above and below 2^32.
        var primes = Gen.Elements(3UL, 5UL, 7UL, 257UL, 65521UL, 65537UL, 4294967291UL, 4294967311UL);
        Prop.ForAll((from n in Gen.Choose(0, 4) from ps in Gen.ArrayOf(primes, n) select ps).ToArbitrary(), (ulong[] ps) =>
        {
            var n = ps.Aggregate(BigInteger.One, (a, p) => a * p);
            var factors = IntegerLayer.OddPrimes(n);
            if (ps.Any(p => p > uint.MaxValue)) return factors is null;
            if (ps.Count(p => p > 65536) > 1) return factors is null || factors.Aggregate(BigInteger.One, (a, p) => a * p) == n;
            return factors is not null && factors.Aggregate(BigInteger.One, (a, p) => a * p) == n && factors.All(p => IsPrime(p));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void For_RepresentsEveryEntryAsTheScaledInteger()
    {
        // Oracle: W_ij · E = ±odd · 2^shift and b_i · E = ±c, with E = 2^ScaleTwos · Π ScalePrimes an integer
        // multiple of every denominator.
        Prop.ForAll(NetworkGenerators.Networks().ToArbitrary(), net => net.Layers.All(layer =>
        {
            var z = IntegerLayer.For(layer)!;
            var e = z.ScalePrimes.Aggregate(BigInteger.One << z.ScaleTwos, (a, p) => a * p);
            for (int i = 0; i < layer.OutputSize; i++)
            {
                var cols = layer.RowColumns(i); var vals = layer.RowValues(i);
                for (int k = 0; k < cols.Length; k++)
                {
                    int t = z.RowStart[i] + k;
                    var v = Limbs.ToBigInteger(z.Odd[t], z.Negative[t]) << z.Shift[t];
                    if (z.Columns[t] != cols[k] || Rational.Create(v, e) != vals[k]) return false;
                }
                if (Rational.Create(Limbs.ToBigInteger(z.BiasMagnitude[i], z.BiasNegative[i]), e) != layer.Bias[i]) return false;
                if (z.Relu[i] != (layer.Activations[i] == Activation.Relu)) return false;
            }
            return ReferenceEquals(z, IntegerLayer.For(layer));
        })).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void For_ALayerWithAPrimeDenominatorAbove2To32_IsNotRepresented()
    {
        var layer = AffineLayer.Dense([[Rational.Create(1, 4294967311)]], [Rational.Zero], Activation.Relu);
        Assert.Null(IntegerLayer.For(layer));
    }
}
