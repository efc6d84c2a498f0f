using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// The Gegenbauer polynomials P_n for dimension d ("Legendre polynomials in dimension d" of Daniely's argument),
/// normalised by P_n(1) = 1 (catalogue id DAN-GEG).
/// </summary>
/// <remarks>
/// Recurrence: P_0 = 1, P_1 = x, P_n = ((2n + d − 4)/(n + d − 3))·x·P_{n−1} − ((n − 1)/(n + d − 3))·P_{n−2}.
/// d = 3 gives the Legendre polynomials, d = 2 the Chebyshev polynomials T_n. The family {√N_{d,n} P_n} is an
/// orthonormal basis of L²(μ_d): <b>∫P_n P_k dμ_d = δ_{nk}/N_{d,n}</b>, an exact rational identity
/// (<see cref="SphereMarginal"/>, <see cref="HarmonicDimension"/>). |P_n| ≤ 1 on [−1, 1].
/// </remarks>
public static class Gegenbauer
{
    /// <summary>P_n for dimension d, with exact rational coefficients.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2 or n &lt; 0.</exception>
    public static Polynomial Build(int dimension, int degree) => BuildAll(dimension, degree)[degree];

    /// <summary>P_0, …, P_n for dimension d.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2 or n &lt; 0.</exception>
    public static IReadOnlyList<Polynomial> BuildAll(int dimension, int degree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        var p = new List<Polynomial>(degree + 1) { Polynomial.One };
        if (degree >= 1) p.Add(Polynomial.X);
        for (int n = 2; n <= degree; n++)
        {
            // n + d − 3 ≥ 1 for d ≥ 2, n ≥ 2, so the recurrence never divides by zero.
            int den = n + dimension - 3;
            p.Add(Rational.Create(2 * n + dimension - 4, den) * (Polynomial.X * p[n - 1]) - Rational.Create(n - 1, den) * p[n - 2]);
        }
        return p;
    }
}
