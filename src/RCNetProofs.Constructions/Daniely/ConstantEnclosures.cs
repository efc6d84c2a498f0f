using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// Rigorous rational enclosures of π and e from series with proven remainder bounds (DAN-SIN), with end points on the
/// grid 2^{−bits}; no decimal expansion is taken on trust.
/// </summary>
/// <remarks>
/// π = 16·arctan(1/5) − 4·arctan(1/239) (Machin); arctan(1/q) = Σ_k (−1)^k/((2k + 1)q^{2k+1}) is alternating with
/// decreasing terms, so consecutive partial sums bracket it. e = Σ_{k≤K} 1/k! + ρ with 0 &lt; ρ &lt; 1/(K!·K).
/// The width of each enclosure is at most 2^{2−bits}.
/// </remarks>
public static class ConstantEnclosures
{
    /// <summary>[lo, hi] ∋ π with hi − lo ≤ 2^{2−bits}.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For bits outside [1, 100000].</exception>
    public static (Rational Low, Rational High) Pi(int bits)
    {
        CheckBits(bits);
        var (a5, b5) = Arctan(5, bits + 6);
        var (a239, b239) = Arctan(239, bits + 6);
        return (Down(16 * a5 - 4 * b239, bits), Up(16 * b5 - 4 * a239, bits));
    }

    /// <summary>[lo, hi] ∋ e with hi − lo ≤ 2^{2−bits}.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For bits outside [1, 100000].</exception>
    public static (Rational Low, Rational High) E(int bits)
    {
        CheckBits(bits);
        var sum = Rational.Zero;
        BigInteger factorial = BigInteger.One;
        int k = 0;
        var limit = Rational.Create(BigInteger.One, BigInteger.One << (bits + 2));
        while (true)
        {
            sum += Rational.Create(BigInteger.One, factorial);
            k++;
            factorial *= k;
            // the tail after 1/(k−1)! is below 1/((k−1)!·(k−1)) ≤ 1/k! · k/(k−1)
            var tail = Rational.Create(k, factorial * (k - 1 == 0 ? 1 : k - 1));
            if (k > 1 && tail < limit) return (Down(sum, bits), Up(sum + tail, bits));
        }
    }

    /// <summary>Partial sums bracketing arctan(1/q) to within 2^{−bits}.</summary>
    internal static (Rational Low, Rational High) Arctan(int q, int bits)
    {
        var limit = Rational.Create(BigInteger.One, BigInteger.One << bits);
        var sum = Rational.Zero;
        BigInteger power = q;
        for (int k = 0; ; k++)
        {
            var term = Rational.Create(BigInteger.One, (2 * k + 1) * power);
            var next = k % 2 == 0 ? sum + term : sum - term;
            if (term < limit) return k % 2 == 0 ? (sum, next) : (next, sum);
            sum = next;
            power *= q * q;
        }
    }

    /// <summary>The largest multiple of 2^{−bits} that is ≤ x.</summary>
    internal static Rational Down(Rational x, int bits) => Rational.Create((x * Rational.Create(BigInteger.One << bits, 1)).FloorToInteger(), BigInteger.One << bits);

    /// <summary>The smallest multiple of 2^{−bits} that is ≥ x.</summary>
    internal static Rational Up(Rational x, int bits) => Rational.Create((x * Rational.Create(BigInteger.One << bits, 1)).CeilingToInteger(), BigInteger.One << bits);

    /// <summary>The largest multiple of 10^{−digits} that is ≤ x (a lower end that prints short).</summary>
    internal static Rational DownDecimal(Rational x, int digits) =>
        Rational.Create((x * (Rational)BigInteger.Pow(10, digits)).FloorToInteger(), BigInteger.Pow(10, digits));

    /// <summary>The smallest multiple of 10^{−digits} that is ≥ x (an upper end that prints short).</summary>
    internal static Rational UpDecimal(Rational x, int digits) =>
        Rational.Create((x * (Rational)BigInteger.Pow(10, digits)).CeilingToInteger(), BigInteger.Pow(10, digits));

    private static void CheckBits(int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 100000);
    }
}
