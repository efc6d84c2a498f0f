using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// Inner-product functions against separable ones on S^{d−1} × S^{d−1} (catalogue id DAN-SEP), by exact polynomial
/// algebra: h_i(x, x′) = √N_{d,i} P_i(⟨x, x′⟩), L_j^v(x) = √N_{d,j} P_j(⟨v, x⟩), and the identity
/// <b>⟨h_i, L_i^v ⊗ L_i^{v′}⟩ = P_i(⟨v, v′⟩)/√N_{d,i}</b> for unit v, v′ (with ⟨h_i, L_j^v ⊗ L_k^{v′}⟩ = 0 unless
/// i = j = k).
/// </summary>
/// <remarks>
/// The pairing E_{x,x′}[P_i(⟨x, x′⟩)·P_j(⟨v, x⟩)·P_k(⟨v′, x′⟩)] (x, x′ independent and uniform on S^{d−1}) is computed
/// with v, v′ left symbolic: a polynomial in the 2d coordinates of (v, v′), integrated over x′ and then x with the
/// sphere moments of <see cref="UniformSphere"/> (no use of the reproducing property being checked). Multiplying the
/// identity by N_{d,i}^{3/2} removes every square root: it reads N_{d,i}²·E[…] = P_i(⟨v, v′⟩). The difference of the two
/// sides, reduced modulo |v|² = 1 and |v′|² = 1, is zero exactly when the identity holds for all unit v, v′.
/// Variables: v = (y_0, …, y_{d−1}), v′ = (y_d, …, y_{2d−1}).
/// </remarks>
public static class SeparableBasis
{
    /// <summary>E_{x,x′}[P_i(⟨x, x′⟩) P_j(⟨v, x⟩) P_k(⟨v′, x′⟩)] as a polynomial in (v, v′), not reduced.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2 or a negative degree.</exception>
    public static MultivariatePolynomial Pairing(int dimension, int i, int j, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfNegative(j);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        int d = dimension, n = 4 * d;
        // v at 0, v′ at d, x at 2d, x′ at 3d.
        var a = MultivariatePolynomial.Compose(Gegenbauer.Build(d, i), Inner(n, 2 * d, 3 * d, d));
        var b = MultivariatePolynomial.Compose(Gegenbauer.Build(d, j), Inner(n, 0, 2 * d, d));
        var c = MultivariatePolynomial.Compose(Gegenbauer.Build(d, k), Inner(n, d, 3 * d, d));
        var overXPrime = UniformSphere.Expect(a * c, 3 * d, d);
        return UniformSphere.Expect(overXPrime * b, 2 * d, d).Truncate(2 * d);
    }

    /// <summary>
    /// N_{d,i}²·Pairing(d, i, i, i) − P_i(⟨v, v′⟩) when i = j = k, else Pairing(d, i, j, k), reduced modulo |v|² = 1
    /// and |v′|² = 1: the zero polynomial exactly when DAN-SEP holds for these degrees and all unit v, v′.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2 or a negative degree.</exception>
    public static MultivariatePolynomial Defect(int dimension, int i, int j, int k)
    {
        var pairing = Pairing(dimension, i, j, k);
        int d = dimension;
        var difference = i == j && j == k
            ? (Rational)(HarmonicDimension.Of(d, i) * HarmonicDimension.Of(d, i)) * pairing
              - MultivariatePolynomial.Compose(Gegenbauer.Build(d, i), Inner(2 * d, 0, d, d))
            : pairing;
        return UniformSphere.ReduceOnSphere(UniformSphere.ReduceOnSphere(difference, 0, d), d, d);
    }

    /// <summary>The quadratic form Σ_k y_{a+k}·y_{b+k} in <paramref name="variables"/> variables.</summary>
    internal static MultivariatePolynomial Inner(int variables, int a, int b, int dimension)
    {
        var terms = Enumerable.Range(0, dimension).Select(k =>
        {
            var e = new int[variables];
            e[a + k] += 1; e[b + k] += 1;
            return (e, Rational.One);
        });
        return MultivariatePolynomial.FromTerms(variables, terms);
    }
}
