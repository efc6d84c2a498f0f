using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// One instance of Daniely's lower bound (catalogue id DAN-MAIN) with rational data: an inner-product function
/// F(x, x′) = Σ_{i≤M} a_i P_i(⟨x, x′⟩) and separable functions g_j(x, x′) = Σ_{a,b≤M} b^j_{ab} P_a(⟨v_j, x⟩) P_b(⟨v′_j, x′⟩)
/// with unit vectors v_j, v′_j, on S^{d−1} × S^{d−1}; n is the index of the projection P_n.
/// </summary>
/// <remarks>
/// Coefficients are taken on the Gegenbauer polynomials themselves (not on the orthonormal h_i = √N P_i), so every
/// datum is rational: α_i = a_i/√N_{d,i}. <see cref="ToVector"/> flattens an instance to the rational vector a sampled
/// claim records: (a_0, …, a_M, then for each j: v_j, v′_j, b^j row by row).
/// </remarks>
public sealed class LowerBoundInstance
{
    /// <summary>Creates an instance, checking the sizes and that every v_j, v′_j is a unit vector.</summary>
    /// <exception cref="ArgumentException">For inconsistent sizes, n outside [1, M], or a vector off the sphere.</exception>
    public LowerBoundInstance(int dimension, int projection, IReadOnlyList<Rational> f,
        IReadOnlyList<(IReadOnlyList<Rational> V, IReadOnlyList<Rational> VPrime, IReadOnlyList<Rational> B)> g)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(g);
        if (f.Count == 0) throw new ArgumentException("DAN-MAIN: F needs at least one coefficient", nameof(f));
        int m = f.Count - 1;
        if (projection < 1 || projection > m) throw new ArgumentException($"DAN-MAIN: n = {projection} must lie in [1, M = {m}]", nameof(projection));
        foreach (var (v, w, b) in g)
        {
            if (v.Count != dimension || w.Count != dimension) throw new ArgumentException($"DAN-MAIN: v_j and v′_j must have {dimension} coordinates", nameof(g));
            if (Norm2(v) != 1 || Norm2(w) != 1) throw new ArgumentException("DAN-MAIN: v_j and v′_j must be unit vectors", nameof(g));
            if (b.Count != (m + 1) * (m + 1)) throw new ArgumentException($"DAN-MAIN: b^j needs (M + 1)² = {(m + 1) * (m + 1)} coefficients", nameof(g));
        }
        Dimension = dimension; Projection = projection; F = [.. f];
        G = [.. g.Select(t => ((IReadOnlyList<Rational>)[.. t.V], (IReadOnlyList<Rational>)[.. t.VPrime], (IReadOnlyList<Rational>)[.. t.B]))];
    }

    /// <summary>d: the sphere is S^{d−1}.</summary>
    public int Dimension { get; }

    /// <summary>n ≥ 1: P_n keeps the components of F on h_i for i ≥ n.</summary>
    public int Projection { get; }

    /// <summary>M: the largest Gegenbauer degree used.</summary>
    public int Degree => F.Count - 1;

    /// <summary>a_0, …, a_M: F = Σ a_i P_i(⟨x, x′⟩).</summary>
    public IReadOnlyList<Rational> F { get; }

    /// <summary>The separable functions: unit v_j, v′_j and b^j_{ab} row by row (a the row).</summary>
    public IReadOnlyList<(IReadOnlyList<Rational> V, IReadOnlyList<Rational> VPrime, IReadOnlyList<Rational> B)> G { get; }

    /// <summary>The instance as one rational vector: a, then v_j, v′_j, b^j for each j.</summary>
    public IReadOnlyList<Rational> ToVector() => [.. F, .. G.SelectMany(t => t.V.Concat(t.VPrime).Concat(t.B))];

    /// <summary>Reads back <see cref="ToVector"/> for the given d, n and M.</summary>
    /// <exception cref="ArgumentException">When the length does not fit or the data is invalid.</exception>
    public static LowerBoundInstance FromVector(int dimension, int projection, int degree, IReadOnlyList<Rational> vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        int block = 2 * dimension + (degree + 1) * (degree + 1), rest = vector.Count - (degree + 1);
        if (rest < 0 || rest % block != 0) throw new ArgumentException($"DAN-MAIN: a vector of length {vector.Count} is not an instance for d = {dimension}, M = {degree}", nameof(vector));
        var g = Enumerable.Range(0, rest / block).Select(j =>
        {
            int s = degree + 1 + j * block;
            return ((IReadOnlyList<Rational>)[.. vector.Skip(s).Take(dimension)],
                    (IReadOnlyList<Rational>)[.. vector.Skip(s + dimension).Take(dimension)],
                    (IReadOnlyList<Rational>)[.. vector.Skip(s + 2 * dimension).Take(block - 2 * dimension)]);
        }).ToList();
        return new LowerBoundInstance(dimension, projection, [.. vector.Take(degree + 1)], g);
    }

    /// <summary>
    /// A random instance: a_i = p/q with |p| ≤ 3, 1 ≤ q ≤ 3, and with probability ½ a_i = 0 for i &lt; n (F = P_nF, where
    /// the bound is tightest); v_j, v′_j from <see cref="UniformSphere.RandomPoint"/>; b^j_{ab} = p/(8q) with |p| ≤ 3,
    /// 1 ≤ q ≤ 3, except that with probability ½ the diagonal b^j_{ii} copies a_i·s for a random s = p/8 (|p| ≤ 4), so
    /// that some g_j lean towards F.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2, n outside [1, M] or r &lt; 0.</exception>
    public static LowerBoundInstance Random(Random random, int dimension, int projection, int degree, int terms)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(terms);
        var f = Enumerable.Range(0, degree + 1).Select(_ => Rational.Create(random.Next(-3, 4), random.Next(1, 4))).ToArray();
        if (random.Next(2) == 0) Array.Clear(f, 0, Math.Min(projection, f.Length));
        var g = Enumerable.Range(0, terms).Select(_ =>
        {
            var v = UniformSphere.RandomPoint(random, dimension);
            var w = UniformSphere.RandomPoint(random, dimension);
            var b = Enumerable.Range(0, (degree + 1) * (degree + 1)).Select(_ => Rational.Create(random.Next(-3, 4), 8 * random.Next(1, 4))).ToArray();
            if (random.Next(2) == 0)
            {
                var s = Rational.Create(random.Next(-4, 5), 8);
                for (int i = 0; i <= degree; i++) b[i * (degree + 1) + i] = f[i] * s;
            }
            return ((IReadOnlyList<Rational>)v, (IReadOnlyList<Rational>)w, (IReadOnlyList<Rational>)b);
        }).ToList();
        return new LowerBoundInstance(dimension, projection, f, g);
    }

    private static Rational Norm2(IReadOnlyList<Rational> v) => v.Aggregate(Rational.Zero, (s, x) => s + x * x);
}
