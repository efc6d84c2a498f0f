using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.BitExtraction;
using RCNetProofs.Constructions.Tests.RCNets;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.BitExtraction;

public class BitSumTests
{
    /// <summary>Σ_{ℓ≤k} θ_ℓ by counting.</summary>
    private static int PrefixSum(bool[] bits, int k) => bits.Take(k).Count(b => b);

    /// <summary>Every pattern θ ∈ {0,1}^r and every k = 0..r through the flattened network, over the dyadics.</summary>
    private static void CheckAllPatterns(int r)
    {
        var net = BitSum.Build(r);
        var flat = new CompiledNetwork<Dyadic>(net.Flatten(), NumberConverters.ToDyadic);
        var output = new Dyadic[1];
        var a = new Dyadic[flat.MaxWidth]; var b = new Dyadic[flat.MaxWidth];
        foreach (var bits in RcGenerators.AllPatterns(r))
        {
            var v = BitSum.Encode(bits).ToDyadic();
            for (int k = 0; k <= r; k++)
            {
                flat.Evaluate([(Dyadic)k, v], output, a, b);
                Assert.Equal((Dyadic)PrefixSum(bits, k), output[0]);
            }
        }
    }

    [Fact]
    public void Build_AllPatternsUpToR12_ExtractEveryPrefixSum()
    {
        // 2^12 · 13 inputs at r = 12; about 4 s in all over the dyadics
        for (int r = 1; r <= 12; r++) CheckAllPatterns(r);
    }

    [Property(MaxTest = 40)]
    public Property Build_RandomPatternsUpTo256Bits_ExtractPrefixSumsAtRationalPoints() => Prop.ForAll(
        Arb.From(from r in Gen.Choose(1, 256) from bits in RcGenerators.Bits(256) from k in Gen.Choose(0, 256) select (r, bits.Take(r).ToArray(), k % (r + 1))), t =>
        {
            var (r, bits, k) = t;
            var net = BitSum.Build(r);
            var v = BitSum.Encode(bits);
            var states = net.States(k, v);
            Assert.Equal((Rational)PrefixSum(bits, k), states[^1][2]);
            // invariant (register shift): after i steps the state is (k − 1 − i, bin 0.θ_{i+1}…θ_r, Σ_{ℓ≤min(i,k)} θ_ℓ)
            int i = Math.Min(r, 3);
            Assert.Equal([(Rational)(k - 1 - i), BitSum.Encode(bits.Skip(i).ToArray()), (Rational)PrefixSum(bits, Math.Min(i, k))], states[i]);
        });

    [Fact]
    public void BuildG_IsInTheClassNN8_2OnR3WithDyadicWeights()
    {
        var g = BitSum.BuildG(20);
        var sizes = NetworkSizes.Measure(g);
        Assert.True(new NetworkClass(8, 2, 3, 3).Contains(sizes));
        Assert.Equal([8, 7], RandomNetworks.HiddenSizes(g));
        Assert.True(g.IsDyadic);
        Assert.Equal(Rational.Pow(2, 20), sizes.MaxAbsWeight);
        Assert.All(g.Layers.SkipLast(1), l => Assert.True(l.AllRelu));
        var net = BitSum.Build(20);
        Assert.Equal((2, 3, 1, 20), (net.InputDimension, net.StateDimension, net.OutputDimension, net.Compositions));
        Assert.Throws<ArgumentOutOfRangeException>(() => BitSum.BuildG(0));
    }

    [Fact]
    public void Encode_IsTheBinaryFraction()
    {
        Assert.Equal(Rational.Create(5, 8), BitSum.Encode([true, false, true]));
        Assert.Equal(Rational.Zero, BitSum.Encode([]));
    }
}
