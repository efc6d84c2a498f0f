using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>One point of a <see cref="FloatCrossCheck"/>: the exact and the double outputs, their largest gap and the rounding bound.</summary>
public sealed class PointCheck
{
    internal PointCheck(int index, Rational[] point, Rational[] exact, double[] floats, Dyadic[]? bounds)
    {
        Index = index;
        Point = point;
        Exact = exact;
        Float = floats;
        Bounds = bounds;
        bool finite = Array.TrueForAll(floats, double.IsFinite);
        Rational? worst = finite ? Rational.Zero : null;
        bool within = finite && bounds is not null;
        bool exactMatch = finite;
        for (int j = 0; j < exact.Length && finite; j++)
        {
            var gap = Rational.Abs(Rational.FromDouble(floats[j]) - exact[j]);
            if (gap > worst!.Value) worst = gap;
            if (!gap.IsZero) exactMatch = false;
            if (bounds is not null && gap > bounds[j].ToRational()) within = false;
        }
        Error = worst;
        WithinBound = within;
        IsExact = exactMatch;
    }

    /// <summary>Position of the point in the list that was checked.</summary>
    public int Index { get; }
    /// <summary>The exact point x.</summary>
    public IReadOnlyList<Rational> Point { get; }
    /// <summary>N(x), exactly.</summary>
    public IReadOnlyList<Rational> Exact { get; }
    /// <summary>The double evaluation at the nearest doubles to x.</summary>
    public IReadOnlyList<double> Float { get; }
    /// <summary>max_j |Float_j − Exact_j|, exactly; null when some double output is NaN or infinite.</summary>
    public Rational? Error { get; }
    /// <summary>The a-priori bound of <see cref="RoundingErrorBound"/> per output; null when the double evaluation might overflow.</summary>
    public IReadOnlyList<Dyadic>? Bounds { get; }
    /// <summary>True when every output's gap is at most its bound (false without a bound or with a non-finite output).</summary>
    public bool WithinBound { get; }
    /// <summary>True when every double output equals the exact value.</summary>
    public bool IsExact { get; }
}
