using System.Numerics;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// The trifling region Ω([0,1]^d, K, δ) of Zhang–Lu–Zhao and the cubes Q_β it leaves (catalogue id RC-DEF).
/// </summary>
/// <remarks>
/// Ω = ∪_{j=1}^{d} { x ∈ [0,1]^d : x_j ∈ ∪_{k=1}^{K−1} (k/K − δ, k/K) }, a union of open strips (empty for K = 1).
/// For β ∈ {0, …, K−1}^d, Q_β = Π_i [β_i/K, (β_i + 1)/K − δ·1{β_i ≤ K − 2}] (closed; the last interval is closed at 1),
/// with representative x_β = β/K. The cubes and Ω partition [0,1]^d. The strips of one coordinate are disjoint
/// (δ &lt; 1/K), so the complement of Ω has measure (1 − (K − 1)δ)^d exactly.
/// </remarks>
public sealed class TriflingRegion
{
    /// <summary>Builds Ω([0,1]^d, K, δ).</summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="k">K ≥ 1, the number of cubes per axis.</param>
    /// <param name="delta">δ with 0 &lt; δ &lt; 1/K (the theorems use δ ≤ 1/(3K)).</param>
    /// <exception cref="ArgumentOutOfRangeException">When d &lt; 1, K &lt; 1 or δ is outside (0, 1/K).</exception>
    public TriflingRegion(int dimension, int k, Rational delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (delta.Sign <= 0 || delta * k >= 1)
            throw new ArgumentOutOfRangeException(nameof(delta), delta, $"trifling region: δ must lie in (0, 1/K) = (0, 1/{k})");
        Dimension = dimension; K = k; Delta = delta;
    }

    /// <summary>d.</summary>
    public int Dimension { get; }
    /// <summary>K.</summary>
    public int K { get; }
    /// <summary>δ.</summary>
    public Rational Delta { get; }

    /// <summary>The Lebesgue measure of Ω, exactly: 1 − (1 − (K − 1)δ)^d.</summary>
    public Rational Measure => Rational.One - Rational.Pow(Rational.One - (K - 1) * Delta, Dimension);

    /// <summary>The paper's bound K·d·δ on the measure of Ω.</summary>
    public Rational MeasureBound => K * Dimension * Delta;

    /// <summary>True when x lies in Ω (false outside [0,1]^d).</summary>
    /// <exception cref="ArgumentException">When x has the wrong dimension.</exception>
    public bool Contains(IReadOnlyList<Rational> x)
    {
        RequireDimension(x);
        if (!InUnitCube(x)) return false;
        for (int j = 0; j < Dimension; j++) if (InStrip(x[j])) return true;
        return false;
    }

    /// <summary>The index β of the cube Q_β holding x, or null when x lies in Ω or outside [0,1]^d.</summary>
    /// <exception cref="ArgumentException">When x has the wrong dimension.</exception>
    public int[]? CubeIndexOf(IReadOnlyList<Rational> x)
    {
        RequireDimension(x);
        if (!InUnitCube(x)) return null;
        var beta = new int[Dimension];
        for (int i = 0; i < Dimension; i++)
        {
            int b = x[i] == Rational.One ? K - 1 : (int)(x[i] * K).FloorToInteger();
            if (x[i] > Upper(b)) return null;
            beta[i] = b;
        }
        return beta;
    }

    /// <summary>The closed cube Q_β as a box.</summary>
    /// <exception cref="ArgumentException">When β has the wrong length or an entry outside 0..K−1.</exception>
    public Box Cube(IReadOnlyList<int> beta)
    {
        RequireIndex(beta);
        return new Box(beta.Select(b => Rational.Create(b, K)).ToArray(), beta.Select(Upper).ToArray());
    }

    /// <summary>The representative x_β = β/K of Q_β (its vertex of least ℓ¹ norm).</summary>
    /// <exception cref="ArgumentException">When β is not an index.</exception>
    public Rational[] Representative(IReadOnlyList<int> beta)
    {
        RequireIndex(beta);
        return beta.Select(b => Rational.Create(b, K)).ToArray();
    }

    /// <summary>Every index β ∈ {0, …, K−1}^d, the last coordinate varying fastest.</summary>
    public IEnumerable<int[]> Indices()
    {
        var beta = new int[Dimension];
        while (true)
        {
            yield return (int[])beta.Clone();
            int i = Dimension - 1;
            while (i >= 0 && beta[i] == K - 1) { beta[i] = 0; i--; }
            if (i < 0) yield break;
            beta[i]++;
        }
    }

    /// <summary>K = ⌊r^{1/d}⌋, the largest integer with K^d ≤ r (the theorems' grid size).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When r &lt; 1 or d &lt; 1.</exception>
    public static int GridSize(int r, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(r, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        int k = 1;
        while (BigInteger.Pow(k + 1, dimension) <= r) k++;
        return k;
    }

    /// <summary>Right end of the interval of index b on one axis: (b + 1)/K − δ for b ≤ K − 2, and 1 for b = K − 1.</summary>
    private Rational Upper(int b) => b <= K - 2 ? Rational.Create(b + 1, K) - Delta : Rational.One;

    private bool InStrip(Rational t)
    {
        var kt = t * K;
        if (kt.IsInteger) return false;
        var k = kt.CeilingToInteger();
        return k >= 1 && k <= K - 1 && t > Rational.Create((long)k, K) - Delta;
    }

    private static bool InUnitCube(IReadOnlyList<Rational> x) => x.All(t => t.Sign >= 0 && t <= Rational.One);

    private void RequireDimension(IReadOnlyList<Rational> x)
    {
        if (x.Count != Dimension) throw new ArgumentException($"trifling region: the point has {x.Count} coordinates, the region lies in R^{Dimension}", nameof(x));
    }

    private void RequireIndex(IReadOnlyList<int> beta)
    {
        if (beta.Count != Dimension || beta.Any(b => b < 0 || b >= K))
            throw new ArgumentException($"trifling region: ({string.Join(", ", beta)}) is not an index in {{0..{K - 1}}}^{Dimension}", nameof(beta));
    }
}
