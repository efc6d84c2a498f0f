using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>The closed box Π [Lower_i, Upper_i] in R^d with rational corners.</summary>
public sealed class Box
{
    private readonly Rational[] _lower;
    private readonly Rational[] _upper;

    /// <summary>Builds a box.</summary>
    /// <exception cref="ArgumentException">When the corners differ in length or some Lower_i &gt; Upper_i.</exception>
    public Box(IReadOnlyList<Rational> lower, IReadOnlyList<Rational> upper)
    {
        if (lower.Count != upper.Count || lower.Count == 0)
            throw new ArgumentException($"box: lower corner has {lower.Count} coordinates, upper {upper.Count}");
        for (int i = 0; i < lower.Count; i++)
            if (lower[i] > upper[i]) throw new ArgumentException($"box: coordinate {i} has lower {lower[i]} > upper {upper[i]}");
        _lower = lower.ToArray(); _upper = upper.ToArray();
    }

    /// <summary>The cube [a, b]^d.</summary>
    public static Box Cube(int dimension, Rational a, Rational b) =>
        new(Enumerable.Repeat(a, dimension).ToArray(), Enumerable.Repeat(b, dimension).ToArray());

    /// <summary>Dimension d.</summary>
    public int Dimension => _lower.Length;
    /// <summary>Lower corner.</summary>
    public ReadOnlySpan<Rational> Lower => _lower;
    /// <summary>Upper corner.</summary>
    public ReadOnlySpan<Rational> Upper => _upper;

    /// <summary>The exact range [min, max] of c·x + d over the box.</summary>
    public (Rational Min, Rational Max) RangeOf(ReadOnlySpan<Rational> c, Rational d)
    {
        Rational lo = d, hi = d;
        for (int j = 0; j < c.Length; j++)
        {
            if (c[j].IsZero) continue;
            var a = c[j] * _lower[j]; var b = c[j] * _upper[j];
            if (a <= b) { lo += a; hi += b; } else { lo += b; hi += a; }
        }
        return (lo, hi);
    }
}
