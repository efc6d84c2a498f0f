using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// The measure μ_d: the law of x₁ for x uniform on S^{d−1}, with density c_d(1 − t²)^{(d−3)/2} on [−1, 1]
/// (catalogue id DAN-GEG); integrals of polynomials against it, exactly.
/// </summary>
/// <remarks>
/// Every moment is rational for every d ≥ 2: ∫t^{2k} dμ_d = Π_{j=0}^{k−1} (2j + 1)/(d + 2j), odd moments 0. So
/// ∫p dμ_d and ⟨p, q⟩ = ∫pq dμ_d are exact rationals for polynomials with rational coefficients — no π or Γ.
/// (d = 2 gives the arcsine law, d = 3 the uniform law on [−1, 1].)
/// </remarks>
public static class SphereMarginal
{
    /// <summary>∫ t^k dμ_d(t), exactly.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2 or k &lt; 0.</exception>
    public static Rational Moment(int dimension, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k % 2 == 1) return Rational.Zero;
        var m = Rational.One;
        for (int j = 0; j < k / 2; j++) m *= Rational.Create(2 * j + 1, dimension + 2 * j);
        return m;
    }

    /// <summary>∫ p dμ_d, exactly.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2.</exception>
    public static Rational Integrate(int dimension, Polynomial p)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        var total = Rational.Zero;
        var moment = Rational.One; // ∫t^{2j} dμ_d, updated by the ratio (2j + 1)/(d + 2j)
        for (int k = 0; k <= p.Degree; k += 2)
        {
            total += p[k] * moment;
            moment *= Rational.Create(k + 1, dimension + k);
        }
        return total;
    }

    /// <summary>⟨p, q⟩ in L²(μ_d) = ∫ p·q dμ_d, exactly.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2.</exception>
    public static Rational InnerProduct(int dimension, Polynomial p, Polynomial q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        return Integrate(dimension, p * q);
    }
}
