using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// The uniform probability measure on S^{d−1}, for exact integrals of polynomials (DAN-SEP, DAN-MAIN): the moments
/// E[x^a], expectations over a block of variables, the reduction of a polynomial modulo |v|² = 1, and rational
/// points on the sphere.
/// </summary>
/// <remarks>
/// E[x_1^{a_1}⋯x_d^{a_d}] = 0 unless every a_k is even; for a = 2b it is Π_k (2b_k − 1)!! / Π_{j=0}^{|b|−1}(d + 2j)
/// (the ratio of Gaussian moments to E|g|^{2|b|}). Every moment is rational, so every integral of a polynomial with
/// rational coefficients over S^{d−1} (or a product of spheres) is an exact rational.
/// </remarks>
public static class UniformSphere
{
    /// <summary>E[Π_k x_k^{a_k}] for x uniform on S^{d−1}, d = the number of exponents.</summary>
    /// <exception cref="ArgumentException">For fewer than 2 exponents or a negative one.</exception>
    public static Rational Moment(IReadOnlyList<int> exponents)
    {
        ArgumentNullException.ThrowIfNull(exponents);
        if (exponents.Count < 2) throw new ArgumentException("the sphere S^{d−1} needs d ≥ 2 coordinates", nameof(exponents));
        if (exponents.Any(a => a < 0)) throw new ArgumentException("negative exponent", nameof(exponents));
        if (exponents.Any(a => a % 2 == 1)) return Rational.Zero;
        BigInteger num = BigInteger.One, den = BigInteger.One;
        foreach (var a in exponents)
            for (int t = a - 1; t > 0; t -= 2) num *= t;
        int half = exponents.Sum() / 2, d = exponents.Count;
        for (int j = 0; j < half; j++) den *= d + 2 * j;
        return Rational.Create(num, den);
    }

    /// <summary>
    /// E over x uniform on S^{d−1} of p, where x is the block of variables first, …, first + d − 1: the result is a
    /// polynomial in the other variables (same variable count, zero exponents on the block).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the block does not fit or d &lt; 2.</exception>
    public static MultivariatePolynomial Expect(MultivariatePolynomial p, int first, int dimension)
    {
        ArgumentNullException.ThrowIfNull(p);
        CheckBlock(p, first, dimension);
        var terms = MultivariatePolynomial.NewTerms();
        var cache = new Dictionary<string, Rational>();
        foreach (var (e, c) in p.RawTerms)
        {
            var block = e.AsSpan(first, dimension).ToArray();
            string key = string.Join(",", block);
            if (!cache.TryGetValue(key, out var m)) cache[key] = m = Moment(block);
            if (m.IsZero) continue;
            var rest = (int[])e.Clone();
            Array.Clear(rest, first, dimension);
            MultivariatePolynomial.Add(terms, rest, c * m);
        }
        return MultivariatePolynomial.FromDictionary(p.Variables, terms);
    }

    /// <summary>
    /// The normal form of p modulo v_1² + … + v_d² − 1 for the block v = (x_first, …, x_{first+d−1}): every
    /// v_1^e with e ≥ 2 is replaced by v_1^{e−2}(1 − v_2² − … − v_d²) until v_1 has degree ≤ 1.
    /// </summary>
    /// <remarks>
    /// The normal form is zero exactly when p vanishes on {|v| = 1} (for d ≥ 2 the remainder a + v_1·b, a and b free of
    /// v_1, vanishes on the sphere only if a = b = 0, since v_1 = ±√(1 − |w|²) for every |w| &lt; 1); applied to two
    /// disjoint blocks it decides vanishing on a product of spheres the same way.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">When the block does not fit or d &lt; 2.</exception>
    public static MultivariatePolynomial ReduceOnSphere(MultivariatePolynomial p, int first, int dimension)
    {
        ArgumentNullException.ThrowIfNull(p);
        CheckBlock(p, first, dimension);
        var done = MultivariatePolynomial.NewTerms();
        var work = new Stack<(int[] E, Rational C)>(p.RawTerms.Select(t => (t.Key, t.Value)));
        while (work.Count > 0)
        {
            var (e, c) = work.Pop();
            if (e[first] < 2) { MultivariatePolynomial.Add(done, e, c); continue; }
            var lower = (int[])e.Clone();
            lower[first] -= 2;
            work.Push((lower, c));
            for (int k = 1; k < dimension; k++)
            {
                var f = (int[])lower.Clone();
                f[first + k] += 2;
                work.Push((f, -c));
            }
        }
        return MultivariatePolynomial.FromDictionary(p.Variables, done);
    }

    /// <summary>
    /// A rational point exactly on S^{d−1}: the inverse stereographic image (2u, |u|² − 1)/(|u|² + 1) of
    /// u ∈ Q^{d−1}, with coordinates p/q, |p| ≤ <paramref name="numerators"/>, 1 ≤ q ≤ <paramref name="denominators"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2 or bounds below 1.</exception>
    public static Rational[] RandomPoint(Random random, int dimension, int numerators = 3, int denominators = 3)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(numerators, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(denominators, 1);
        var u = Enumerable.Range(0, dimension - 1).Select(_ => Rational.Create(random.Next(-numerators, numerators + 1), random.Next(1, denominators + 1))).ToArray();
        var s = u.Aggregate(Rational.Zero, (a, v) => a + v * v);
        return [.. u.Select(v => 2 * v / (s + 1)), (s - 1) / (s + 1)];
    }

    private static void CheckBlock(MultivariatePolynomial p, int first, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first + dimension, p.Variables);
    }
}
