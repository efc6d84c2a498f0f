using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// On the parameter interval [Start, End] the network's k-th output equals Slope[k]·t + Intercept[k] exactly.
/// </summary>
public sealed class LinearPiece
{
    internal LinearPiece(Rational start, Rational end, Rational[] slope, Rational[] intercept)
    {
        Start = start; End = end; _slope = slope; _intercept = intercept;
    }

    private readonly Rational[] _slope;
    private readonly Rational[] _intercept;

    /// <summary>Left end of the piece (parameter t).</summary>
    public Rational Start { get; }
    /// <summary>Right end of the piece (parameter t).</summary>
    public Rational End { get; }
    /// <summary>Per output: the slope in t.</summary>
    public ReadOnlySpan<Rational> Slope => _slope;
    /// <summary>Per output: the value at t = 0 of the affine extension.</summary>
    public ReadOnlySpan<Rational> Intercept => _intercept;
    /// <summary>Output k at parameter t (meaningful for t in the piece).</summary>
    public Rational ValueAt(Rational t, int output = 0) => _slope[output] * t + _intercept[output];
    /// <summary>True when both pieces have the same affine map on every output.</summary>
    public bool SameMapAs(LinearPiece other) => _slope.AsSpan().SequenceEqual(other._slope) && _intercept.AsSpan().SequenceEqual(other._intercept);
}
