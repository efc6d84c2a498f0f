using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Claims;

/// <summary>
/// An exact counterexample: at input X the network gives <see cref="NetworkValue"/>, the target
/// <see cref="TargetValue"/>, and their gap exceeds the claimed bound. For size claims X is empty and the
/// values are the measured and the claimed size.
/// </summary>
public sealed record Witness
{
    internal Witness(IReadOnlyList<Rational> x, Rational networkValue, Rational targetValue, Rational gap, string description)
    {
        X = x.ToArray(); NetworkValue = networkValue; TargetValue = targetValue; Gap = gap; Description = description;
    }

    /// <summary>The input point (empty for size witnesses).</summary>
    public IReadOnlyList<Rational> X { get; }
    /// <summary>N(x), or the measured size.</summary>
    public Rational NetworkValue { get; }
    /// <summary>f(x), or the claimed size.</summary>
    public Rational TargetValue { get; }
    /// <summary>|N(x) − f(x)| (or the measured excess), compared with the bound.</summary>
    public Rational Gap { get; }
    /// <summary>One line for people, starting with the rule that failed.</summary>
    public string Description { get; }
}
