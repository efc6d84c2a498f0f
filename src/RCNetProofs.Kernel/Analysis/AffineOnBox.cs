using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// Outcome of <see cref="BoxAnalysis.DecideAffine"/>: either the activation pattern is fixed on the box and the
/// network equals the exact affine map x ↦ Linear·x + Offset there, or the first neuron whose sign is not
/// fixed is named (which decides nothing about affinity: the answer is then "unknown").
/// </summary>
public sealed class AffineOnBox
{
    internal AffineOnBox(Rational[][] linear, Rational[] offset)
    {
        Linear = linear; Offset = offset; PatternFixed = true;
    }

    internal AffineOnBox(int layer, int neuron, Rational min, Rational max)
    {
        PatternFixed = false; UnfixedLayer = layer; UnfixedNeuron = neuron; UnfixedRange = (min, max);
    }

    /// <summary>True when every ReLU neuron keeps one sign on the whole box.</summary>
    public bool PatternFixed { get; }
    /// <summary>Per output, the coefficient row of the affine map (null unless <see cref="PatternFixed"/>).</summary>
    public Rational[][]? Linear { get; }
    /// <summary>Per output, the constant of the affine map (null unless <see cref="PatternFixed"/>).</summary>
    public Rational[]? Offset { get; }
    /// <summary>Layer of the first neuron whose pre-activation changes sign on the box.</summary>
    public int? UnfixedLayer { get; }
    /// <summary>Index of that neuron within its layer.</summary>
    public int? UnfixedNeuron { get; }
    /// <summary>The exact range of that neuron's pre-activation over the box.</summary>
    public (Rational Min, Rational Max)? UnfixedRange { get; }

    /// <summary>True when the pattern is fixed and every output's linear part is zero: the network is constant on the box.</summary>
    public bool IsConstant => PatternFixed && Linear!.All(row => row.All(c => c.IsZero));
}
