using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// The two sides of Daniely's lower bound (catalogue id DAN-MAIN) for one <see cref="LowerBoundInstance"/>, exactly:
/// <b>‖F − Σ_j g_j‖² ≥ ‖P_nF‖·(‖P_nF‖ − 2Σ_j‖g_j‖/√N_{d,n})</b> in L²(S^{d−1} × S^{d−1}, uniform).
/// </summary>
/// <remarks>
/// The left side is integrated directly with the sphere moments (<see cref="UniformSphere"/>), without the identities of
/// the proof (DAN-SEP, orthogonality). ‖P_nF‖² = ∫(Σ_{i≥n} a_i P_i)² dμ_d and ‖g_j‖² are rational; the right side
/// involves their square roots and √N_{d,n}, so it is given as a rational upper end (square roots enclosed by
/// <see cref="RationalSqrt"/>): left ≥ that upper end proves the inequality for the instance.
/// </remarks>
public static class MainInequality
{
    /// <summary>‖F − Σ_j g_j‖², exactly.</summary>
    public static Rational DistanceSquared(LowerBoundInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        int d = instance.Dimension;
        var f = FunctionF(instance);
        var total = Expect2(f * f, d);
        var g = instance.G;
        for (int j = 0; j < g.Count; j++)
        {
            total -= 2 * Expect2(f * FunctionG(instance, j), d);
            for (int l = 0; l < g.Count; l++) total += Cross(instance, j, l);
        }
        return total;
    }

    /// <summary>‖P_nF‖² = ∫(Σ_{i≥n} a_i P_i)² dμ_d, exactly.</summary>
    public static Rational ProjectionNormSquared(LowerBoundInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var p = Gegenbauer.BuildAll(instance.Dimension, instance.Degree);
        var tail = Enumerable.Range(instance.Projection, instance.Degree - instance.Projection + 1)
            .Aggregate(Polynomial.Zero, (s, i) => s + instance.F[i] * p[i]);
        return SphereMarginal.InnerProduct(instance.Dimension, tail, tail);
    }

    /// <summary>‖g_j‖², exactly (sphere moments).</summary>
    public static Rational NormSquared(LowerBoundInstance instance, int j)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Cross(instance, j, j);
    }

    /// <summary>
    /// A rational upper end of ‖P_nF‖·(‖P_nF‖ − 2Σ_j‖g_j‖/√N_{d,n}): ‖P_nF‖² − 2·A⁻·Σ_j G_j⁻/(√N)⁺, with A⁻, G_j⁻ lower
    /// ends of the square roots and (√N)⁺ an upper end of √N_{d,n}, each within 2^{−bits} relative; rounded up to 12
    /// decimals (exact when every square root is rational and the value has at most 12 decimals).
    /// </summary>
    public static Rational RightSideUpper(LowerBoundInstance instance, int bits = 64)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var a2 = ProjectionNormSquared(instance);
        var a = RationalSqrt.Lower(a2, bits);
        var sum = Enumerable.Range(0, instance.G.Count).Aggregate(Rational.Zero, (s, j) => s + RationalSqrt.Lower(NormSquared(instance, j), bits));
        var sqrtN = RationalSqrt.Upper(HarmonicDimension.Of(instance.Dimension, instance.Projection), bits);
        return ConstantEnclosures.UpDecimal(a2 - 2 * a * sum / sqrtN, 12);
    }

    // F(x, x′) in the 2d variables (x, x′).
    private static MultivariatePolynomial FunctionF(LowerBoundInstance t)
    {
        int d = t.Dimension;
        var p = Gegenbauer.BuildAll(d, t.Degree);
        var f = Enumerable.Range(0, t.Degree + 1).Aggregate(Polynomial.Zero, (s, i) => s + t.F[i] * p[i]);
        return MultivariatePolynomial.Compose(f, SeparableBasis.Inner(2 * d, 0, d, d));
    }

    // g_j(x, x′) in the 2d variables (x, x′).
    private static MultivariatePolynomial FunctionG(LowerBoundInstance t, int j)
    {
        int d = t.Dimension, m = t.Degree;
        var (v, w, b) = t.G[j];
        var left = Zonal(t, v, 0);
        var right = Zonal(t, w, d);
        var g = MultivariatePolynomial.Constant(2 * d, Rational.Zero);
        for (int a = 0; a <= m; a++)
            for (int c = 0; c <= m; c++)
                if (!b[a * (m + 1) + c].IsZero) g += b[a * (m + 1) + c] * (left[a] * right[c]);
        return g;
    }

    // P_a(⟨v, y⟩) for a ≤ M, y the block at `first` of the 2d variables.
    private static MultivariatePolynomial[] Zonal(LowerBoundInstance t, IReadOnlyList<Rational> v, int first)
    {
        var form = MultivariatePolynomial.Linear(2 * t.Dimension, first, v);
        return [.. Gegenbauer.BuildAll(t.Dimension, t.Degree).Select(p => MultivariatePolynomial.Compose(p, form))];
    }

    // E[g_j g_l] = Σ b^j_{ac} b^l_{a′c′} E_x[P_a(⟨v_j, x⟩)P_{a′}(⟨v_l, x⟩)] E_{x′}[P_c(⟨v′_j, x′⟩)P_{c′}(⟨v′_l, x′⟩)].
    private static Rational Cross(LowerBoundInstance t, int j, int l)
    {
        int d = t.Dimension, m = t.Degree;
        var x = Gram(t, t.G[j].V, t.G[l].V);
        var y = Gram(t, t.G[j].VPrime, t.G[l].VPrime);
        var bj = t.G[j].B; var bl = t.G[l].B;
        var total = Rational.Zero;
        for (int a = 0; a <= m; a++)
            for (int c = 0; c <= m; c++)
            {
                var p = bj[a * (m + 1) + c];
                if (p.IsZero) continue;
                for (int a2 = 0; a2 <= m; a2++)
                    for (int c2 = 0; c2 <= m; c2++)
                        total += p * bl[a2 * (m + 1) + c2] * x[a, a2] * y[c, c2];
            }
        return total;
    }

    // E_x[P_a(⟨v, x⟩) P_b(⟨w, x⟩)] for a, b ≤ M, over x uniform on S^{d−1} (d variables).
    private static Rational[,] Gram(LowerBoundInstance t, IReadOnlyList<Rational> v, IReadOnlyList<Rational> w)
    {
        int d = t.Dimension, m = t.Degree;
        var p = Gegenbauer.BuildAll(d, m);
        var fv = p.Select(q => MultivariatePolynomial.Compose(q, MultivariatePolynomial.Linear(d, 0, v))).ToArray();
        var fw = p.Select(q => MultivariatePolynomial.Compose(q, MultivariatePolynomial.Linear(d, 0, w))).ToArray();
        var r = new Rational[m + 1, m + 1];
        for (int a = 0; a <= m; a++)
            for (int b = 0; b <= m; b++)
                r[a, b] = UniformSphere.Expect(fv[a] * fw[b], 0, d).Evaluate(new Rational[d]);
        return r;
    }

    // E over (x, x′) uniform on S^{d−1} × S^{d−1} of a polynomial in the 2d variables.
    private static Rational Expect2(MultivariatePolynomial p, int d) =>
        UniformSphere.Expect(UniformSphere.Expect(p, d, d), 0, d).Evaluate(new Rational[2 * d]);
}
