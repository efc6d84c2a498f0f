using System.Numerics;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// How badly polynomials of degree k approximate s_{d,m}(t) = sin(π√d·m·t) in L²(μ_d) (catalogue id DAN-SIN): the
/// claim is <b>∫(s_{d,m} − p)² dμ_d ≥ (m − k)/(4eπm)</b> for every p of degree k, m a positive integer. Everything here
/// is a rigorous rational bound.
/// </summary>
/// <remarks>
/// s_{d,m} is replaced by a Taylor polynomial T with rational coefficients and a proven uniform error η on [−1, 1]
/// (ω = π√d·m enclosed from <see cref="ConstantEnclosures.Pi"/> and <see cref="RationalSqrt"/>; each coefficient
/// ω^{2k+1}/(2k+1)! enclosed with outward rounding; the tail bounded by the Lagrange remainder). Since μ_d is a
/// probability measure, ‖s − T‖_{L²(μ_d)} ≤ η, so ‖s − p‖ ≥ ‖T − p‖ − η for every p. For the minimum over all p of
/// degree ≤ k, T − p is minimised by the orthogonal projection, which is computed exactly and certified by checking
/// that the residual is orthogonal to 1, t, …, t^k (so the minimum does not rest on the Gegenbauer identities).
/// </remarks>
public static class SinLowerBound
{
    /// <summary>The precision, in bits, of e and π in <see cref="BoundUpper"/>; the Taylor coefficients use Bits + 2⌈4√d·m⌉.</summary>
    public const int Bits = 128;

    /// <summary>The Taylor polynomial T of sin(ωt), ω = π√d·m, and η with |sin(ωt) − T(t)| ≤ η for all |t| ≤ 1.</summary>
    /// <remarks>The degree grows until the tail bound is below 2^{−40}; then η ≤ 2^{−40} + (the coefficient enclosures).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2, m &lt; 1 or ω &gt; 200.</exception>
    public static (Polynomial T, Rational Eta) Taylor(int dimension, int m)
    {
        var (t, eta, _) = Cached(dimension, m);
        return (t, eta);
    }

    // T, η and ‖T‖² (the one costly product, T·T) per (d, m).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), (Polynomial, Rational, Rational)> Cache = new();

    private static (Polynomial T, Rational Eta, Rational NormSquared) Cached(int dimension, int m) =>
        Cache.GetOrAdd((dimension, m), key =>
        {
            var (t, eta) = BuildTaylor(key.Item1, key.Item2);
            return (t, eta, SphereMarginal.InnerProduct(key.Item1, t, t));
        });

    // ‖T − p‖² = ‖T‖² − 2⟨T, p⟩ + ‖p‖², with ‖T‖² cached.
    private static Rational DistanceSquared(int dimension, int m, Polynomial p)
    {
        var (t, _, norm) = Cached(dimension, m);
        return norm - 2 * SphereMarginal.InnerProduct(dimension, t, p) + SphereMarginal.InnerProduct(dimension, p, p);
    }

    private static (Polynomial T, Rational Eta) BuildTaylor(int dimension, int m)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        // The coefficients reach e^ω ≤ 2^{1.45ω}: Bits + 2ω bits keep their enclosures' widths summed below 2^{−Bits/2}.
        var rough = RationalSqrt.Upper(dimension, 8) * 4 * m; // ≥ ω, since π < 4
        if (rough > 260) throw new ArgumentOutOfRangeException(nameof(m), $"DAN-SIN: ω = π√d·m may exceed the supported 200 (d = {dimension}, m = {m})");
        int bits = Bits + 2 * (int)rough.CeilingToInteger();
        var (piLow, piHigh) = ConstantEnclosures.Pi(bits);
        var (rootLow, rootHigh) = RationalSqrt.Enclose(dimension, bits);
        Rational wLow = piLow * rootLow * m, wHigh = piHigh * rootHigh * m;
        if (wHigh > 200) throw new ArgumentOutOfRangeException(nameof(m), $"DAN-SIN: ω = π√d·m ≤ {wHigh} is beyond the supported 200");
        Rational w2Low = ConstantEnclosures.Down(wLow * wLow, bits), w2High = ConstantEnclosures.Up(wHigh * wHigh, bits);
        var limit = Rational.Create(BigInteger.One, BigInteger.One << 40);
        // [lo, hi] ∋ ω^{2k+1}/(2k+1)!, all positive.
        Rational lo = ConstantEnclosures.Down(wLow, bits), hi = ConstantEnclosures.Up(wHigh, bits);
        var coefficients = new List<Rational>();
        var eta = Rational.Zero;
        for (int k = 0; ; k++)
        {
            // Lagrange: |sin(y) − Σ_{j<k} (−1)^j y^{2j+1}/(2j+1)!| ≤ |y|^{2k+1}/(2k+1)! ≤ hi for |y| ≤ ω.
            if (2 * k + 1 > wHigh && hi < limit) { eta += hi; break; }
            while (coefficients.Count < 2 * k + 1) coefficients.Add(Rational.Zero);
            coefficients.Add(k % 2 == 0 ? lo : -lo);
            eta += hi - lo;
            var divisor = (2 * k + 2) * (2 * k + 3);
            lo = ConstantEnclosures.Down(lo * w2Low / divisor, bits);
            hi = ConstantEnclosures.Up(hi * w2High / divisor, bits);
        }
        return (Polynomial.FromCoefficients(coefficients), eta);
    }

    /// <summary>
    /// A rational lower end of min over p of degree ≤ k of ∫(s_{d,m} − p)² dμ_d: (‖T − ΠT‖ − η)², ΠT the exact
    /// L²(μ_d) projection onto degree ≤ k (0 when ‖T − ΠT‖ ≤ η), rounded down to 12 decimals.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the projection's residual is not orthogonal (a bug).</exception>
    public static Rational MinimumLowerBound(int dimension, int m, int k)
    {
        var (t, eta) = Taylor(dimension, m);
        var best = BestPolynomial(dimension, m, k);
        var residual = t - best;
        for (int j = 0; j <= k; j++)
            if (!SphereMarginal.InnerProduct(dimension, residual, Polynomial.Monomial(1, j)).IsZero)
                throw new InvalidOperationException($"DAN-SIN: the residual of the projection is not orthogonal to t^{j}");
        return Shrink(DistanceSquared(dimension, m, best), eta);
    }

    /// <summary>ΠT: the L²(μ_d) projection of the Taylor polynomial T onto degree ≤ k, Σ_{i≤k} N_{d,i}⟨T, P_i⟩P_i.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2, m &lt; 1 or k &lt; 0.</exception>
    public static Polynomial BestPolynomial(int dimension, int m, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var (t, _) = Taylor(dimension, m);
        var p = Gegenbauer.BuildAll(dimension, k);
        var projection = Polynomial.Zero;
        for (int i = 0; i <= k; i++)
            projection += (HarmonicDimension.Of(dimension, i) * SphereMarginal.InnerProduct(dimension, t, p[i])) * p[i];
        return projection;
    }

    /// <summary>A rational lower end of ∫(s_{d,m} − p)² dμ_d for the given p: (‖T − p‖ − η)², or 0, rounded down to 12 decimals.</summary>
    public static Rational LowerBound(int dimension, int m, Polynomial p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var (_, eta) = Taylor(dimension, m);
        return Shrink(DistanceSquared(dimension, m, p), eta);
    }

    /// <summary>A rational upper end of (m − k)/(4eπm), from the enclosures of e and π, rounded up to 12 decimals (≤ 0 when k ≥ m).</summary>
    /// <exception cref="ArgumentOutOfRangeException">For m &lt; 1 or k &lt; 0.</exception>
    public static Rational BoundUpper(int m, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var numerator = Rational.Create(m - k, m);
        var (eLow, eHigh) = ConstantEnclosures.E(Bits);
        var (piLow, piHigh) = ConstantEnclosures.Pi(Bits);
        // For a negative numerator the upper end comes from the upper ends of e and π.
        return ConstantEnclosures.UpDecimal(numerator.Sign >= 0 ? numerator / (4 * eLow * piLow) : numerator / (4 * eHigh * piHigh), 12);
    }

    // (√q − η)² from below: (⌊√q⌋_64 − η)² when that base is positive, else 0; rounded down to 12 decimals.
    private static Rational Shrink(Rational squared, Rational eta)
    {
        var root = RationalSqrt.Lower(squared, 64) - eta;
        return root.Sign <= 0 ? Rational.Zero : ConstantEnclosures.DownDecimal(root * root, 12);
    }
}
