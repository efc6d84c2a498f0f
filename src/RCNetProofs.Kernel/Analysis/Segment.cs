using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// The segment t ↦ origin + t·direction for t in [Start, End], the 1-D slice along which a network is analysed.
/// </summary>
/// <remarks>For a scalar-input network on [a, b], use <see cref="Interval"/>: origin 0, direction 1, so t = x.</remarks>
public sealed class Segment
{
    private readonly Rational[] _origin;
    private readonly Rational[] _direction;

    /// <summary>Builds a segment in R^d.</summary>
    /// <exception cref="ArgumentException">When the vectors differ in length or Start &gt; End.</exception>
    public Segment(IReadOnlyList<Rational> origin, IReadOnlyList<Rational> direction, Rational start, Rational end)
    {
        if (origin.Count != direction.Count || origin.Count == 0)
            throw new ArgumentException($"segment: origin has {origin.Count} coordinates, direction {direction.Count}");
        if (start > end) throw new ArgumentException($"segment: start {start} > end {end}");
        _origin = origin.ToArray(); _direction = direction.ToArray(); Start = start; End = end;
    }

    /// <summary>The interval [a, b] of the real line, parametrised by x itself.</summary>
    public static Segment Interval(Rational a, Rational b) => new([Rational.Zero], [Rational.One], a, b);

    /// <summary>The straight segment from point p to point q, parametrised by t in [0, 1].</summary>
    public static Segment Between(IReadOnlyList<Rational> p, IReadOnlyList<Rational> q) =>
        new(p, p.Zip(q, (a, b) => b - a).ToArray(), Rational.Zero, Rational.One);

    /// <summary>Dimension d of the space the segment lies in.</summary>
    public int Dimension => _origin.Length;
    /// <summary>The point at t = 0.</summary>
    public ReadOnlySpan<Rational> Origin => _origin;
    /// <summary>The velocity of the parametrisation.</summary>
    public ReadOnlySpan<Rational> Direction => _direction;
    /// <summary>Smallest parameter value.</summary>
    public Rational Start { get; }
    /// <summary>Largest parameter value.</summary>
    public Rational End { get; }

    /// <summary>The point origin + t·direction.</summary>
    public Rational[] PointAt(Rational t)
    {
        var p = new Rational[_origin.Length];
        for (int i = 0; i < p.Length; i++) p[i] = _origin[i] + t * _direction[i];
        return p;
    }
}
