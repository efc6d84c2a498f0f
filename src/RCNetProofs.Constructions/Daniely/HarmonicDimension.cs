using System.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>N_{d,n}: the dimension of the space of degree-n spherical harmonics on S^{d−1} (catalogue id DAN-GEG).</summary>
public static class HarmonicDimension
{
    /// <summary>N_{d,n} = C(d + n − 1, d − 1) − C(d + n − 3, d − 1), exactly, for d ≥ 2 and n ≥ 0.</summary>
    /// <remarks>
    /// A binomial C(a, b) with a &lt; b (including a &lt; 0) is 0, so N_{d,0} = 1 and N_{d,1} = d; N_{3,n} = 2n + 1,
    /// N_{2,n} = 2 for n ≥ 1; non-decreasing in n. It is the normalisation in ∫P_n² dμ_d = 1/N_{d,n}.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2 or n &lt; 0.</exception>
    public static BigInteger Of(int dimension, int degree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        return Binomial(dimension + degree - 1, dimension - 1) - Binomial(dimension + degree - 3, dimension - 1);
    }

    /// <summary>C(a, b) for b ≥ 0, zero when a &lt; b.</summary>
    internal static BigInteger Binomial(int a, int b)
    {
        if (b < 0 || a < b) return BigInteger.Zero;
        b = Math.Min(b, a - b);
        BigInteger result = BigInteger.One;
        for (int i = 1; i <= b; i++) result = result * (a - b + i) / i;
        return result;
    }
}
