using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>
/// An exact enclosure [Lower, Upper] of a target's values over a box: f(x) ∈ [Lower, Upper] for every x in the box.
/// </summary>
/// <remarks>
/// <see cref="LowerAt"/> and <see cref="UpperAt"/>, when present, are partial points — some coordinates (0-based) fixed
/// to values in the box — such that f equals the bound at every point of the box that agrees with them, whatever the
/// other coordinates. A bound with such a point is attained; when both are, the enclosure is the exact range of f.
/// A missing point says only that the bound was not shown to be attained.
/// </remarks>
public sealed class TargetEnclosure
{
    private static readonly IReadOnlyDictionary<int, Rational> Free = new Dictionary<int, Rational>();

    /// <summary>Builds an enclosure.</summary>
    /// <exception cref="ArgumentException">When lower &gt; upper.</exception>
    public TargetEnclosure(Rational lower, Rational upper, IReadOnlyDictionary<int, Rational>? lowerAt = null, IReadOnlyDictionary<int, Rational>? upperAt = null)
    {
        if (lower > upper) throw new ArgumentException($"enclosure: lower {lower} > upper {upper}");
        Lower = lower; Upper = upper; LowerAt = lowerAt; UpperAt = upperAt;
    }

    /// <summary>A lower bound of f on the box.</summary>
    public Rational Lower { get; }
    /// <summary>An upper bound of f on the box.</summary>
    public Rational Upper { get; }
    /// <summary>Coordinates fixing a set of points where f = <see cref="Lower"/>, or null.</summary>
    public IReadOnlyDictionary<int, Rational>? LowerAt { get; }
    /// <summary>Coordinates fixing a set of points where f = <see cref="Upper"/>, or null.</summary>
    public IReadOnlyDictionary<int, Rational>? UpperAt { get; }

    /// <summary>True when both bounds are attained: [Lower, Upper] is exactly the range of f on the box.</summary>
    public bool IsExact => LowerAt is not null && UpperAt is not null;

    /// <summary>"[lower, upper]", with "(exact)" when both bounds are attained.</summary>
    public override string ToString() => $"[{Lower}, {Upper}]{(IsExact ? " (exact)" : "")}";

    /// <summary>The constant c, attained everywhere.</summary>
    internal static TargetEnclosure Constant(Rational value) => new(value, value, Free, Free);

    /// <summary>The range [a, b] of a coordinate, attained where that coordinate is a or b.</summary>
    internal static TargetEnclosure Coordinate(int index, Rational lower, Rational upper) =>
        new(lower, upper, At(index, lower), At(index, upper));

    /// <summary>A single fixed coordinate.</summary>
    internal static IReadOnlyDictionary<int, Rational> At(int index, Rational value) => new Dictionary<int, Rational> { [index] = value };

    /// <summary>The points agreeing with both partial points, or null when either is null or they conflict.</summary>
    internal static IReadOnlyDictionary<int, Rational>? Merge(IReadOnlyDictionary<int, Rational>? p, IReadOnlyDictionary<int, Rational>? q)
    {
        if (p is null || q is null) return null;
        if (p.Count == 0) return q;
        if (q.Count == 0) return p;
        var merged = new Dictionary<int, Rational>(p);
        foreach (var (i, v) in q)
        {
            if (merged.TryGetValue(i, out var w)) { if (w != v) return null; }
            else merged[i] = v;
        }
        return merged;
    }

    /// <summary>−f: bounds and their points swap.</summary>
    internal TargetEnclosure Negate() => new(-Upper, -Lower, UpperAt, LowerAt);

    /// <summary>g(f) for a non-decreasing g: the bounds map through g and keep their points.</summary>
    internal TargetEnclosure MapIncreasing(Func<Rational, Rational> g) => new(g(Lower), g(Upper), LowerAt, UpperAt);

    /// <summary>f + g: the sum of the bounds, attained where both are.</summary>
    internal static TargetEnclosure Sum(TargetEnclosure f, TargetEnclosure g) =>
        new(f.Lower + g.Lower, f.Upper + g.Upper, Merge(f.LowerAt, g.LowerAt), Merge(f.UpperAt, g.UpperAt));

    /// <summary>f · g: the least and largest of the four products of bounds, attained where both factors take them.</summary>
    internal static TargetEnclosure Product(TargetEnclosure f, TargetEnclosure g)
    {
        var candidates = new (Rational Value, IReadOnlyDictionary<int, Rational>? At)[]
        {
            (f.Lower * g.Lower, Merge(f.LowerAt, g.LowerAt)), (f.Lower * g.Upper, Merge(f.LowerAt, g.UpperAt)),
            (f.Upper * g.Lower, Merge(f.UpperAt, g.LowerAt)), (f.Upper * g.Upper, Merge(f.UpperAt, g.UpperAt)),
        };
        var low = candidates.Min(c => c.Value);
        var high = candidates.Max(c => c.Value);
        return new(low, high, FirstAttained(candidates, low), FirstAttained(candidates, high));
    }

    /// <summary>
    /// |f| or f^k (k even): an even function of f that is increasing in |f|. When f changes sign on the box the least value
    /// is 0, attained where f vanishes (<paramref name="zeroAt"/>, when known).
    /// </summary>
    internal TargetEnclosure MapEven(Func<Rational, Rational> g, IReadOnlyDictionary<int, Rational>? zeroAt)
    {
        if (Lower.Sign >= 0) return MapIncreasing(g);
        if (Upper.Sign <= 0) return Negate().MapIncreasing(g);
        var (gl, gu) = (g(-Lower), g(Upper));
        return gl >= gu ? new(g(Rational.Zero), gl, zeroAt, LowerAt) : new(g(Rational.Zero), gu, zeroAt, UpperAt);
    }

    /// <summary>max of the arguments (or min, through negation): the largest upper bound, and the largest lower bound.</summary>
    internal static TargetEnclosure Max(IReadOnlyList<TargetEnclosure> arguments)
    {
        var high = arguments.Max(a => a.Upper);
        var low = arguments.Max(a => a.Lower);
        // max f_i = max_i Lower_i where every f_i takes its lower bound at once.
        var lowAt = arguments.Select(a => a.LowerAt).Aggregate((IReadOnlyDictionary<int, Rational>?)Free, Merge);
        return new(low, high, lowAt, FirstAttained(arguments.Select(a => (a.Upper, a.UpperAt)).ToArray(), high));
    }

    private static IReadOnlyDictionary<int, Rational>? FirstAttained((Rational Value, IReadOnlyDictionary<int, Rational>? At)[] candidates, Rational value)
    {
        foreach (var c in candidates)
            if (c.Value == value && c.At is not null) return c.At;
        return null;
    }
}
