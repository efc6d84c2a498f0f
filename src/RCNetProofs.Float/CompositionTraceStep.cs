using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>
/// One step of a <see cref="CompositionTrace"/>: the state after L1 and k copies of g (or the output after L2), in
/// double and exactly, and how far they are apart coordinate by coordinate.
/// </summary>
public sealed class CompositionTraceStep
{
    internal CompositionTraceStep(int compositions, bool isOutput, double[] floatValues, Rational[] exact, Rational tolerance)
    {
        Compositions = compositions;
        IsOutput = isOutput;
        Float = floatValues;
        Exact = exact;
        var errors = new Rational?[exact.Length];
        for (int i = 0; i < exact.Length; i++)
        {
            errors[i] = double.IsFinite(floatValues[i]) ? Rational.Abs(Dyadic.FromDouble(floatValues[i]).ToRational() - exact[i]) : null;
            if (FirstCoordinateBeyond is null && (errors[i] is not Rational e || e > tolerance)) FirstCoordinateBeyond = i;
            if (MaxErrorCoordinate is not int at) MaxErrorCoordinate = i;
            else if (errors[at] is Rational largest && (errors[i] is not Rational ei || ei > largest)) MaxErrorCoordinate = i;
        }
        Errors = errors;
    }

    /// <summary>The number k of copies of g applied (for the output step, all of them).</summary>
    public int Compositions { get; }
    /// <summary>True for the last step, L2 applied to the final state.</summary>
    public bool IsOutput { get; }
    /// <summary>The double values, each part evaluated by <see cref="FloatNetwork"/> on the double values of the step before.</summary>
    public IReadOnlyList<double> Float { get; }
    /// <summary>The exact values.</summary>
    public IReadOnlyList<Rational> Exact { get; }
    /// <summary>|double − exact| per coordinate, the double taken as the dyadic it is; null where the double is not finite.</summary>
    public IReadOnlyList<Rational?> Errors { get; }
    /// <summary>The first coordinate whose error exceeds the trace's tolerance (or is not finite); null when none does.</summary>
    public int? FirstCoordinateBeyond { get; }
    /// <summary>The coordinate of the largest error (a non-finite one first); null for an empty state.</summary>
    public int? MaxErrorCoordinate { get; }
}
