using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

/// <summary>One-off exact evaluation; for many points compile once with <see cref="CompiledNetwork{T}"/>.</summary>
public static class Evaluation
{
    /// <summary>N(x) exactly over the rationals.</summary>
    public static Rational[] Evaluate(this Network network, params Rational[] x) =>
        new CompiledNetwork<Rational>(network, NumberConverters.ToRational).Evaluate(x);

    /// <summary>N(x) exactly over the dyadics (the network's weights must be dyadic).</summary>
    public static Dyadic[] Evaluate(this Network network, params Dyadic[] x) =>
        new CompiledNetwork<Dyadic>(network, NumberConverters.ToDyadic).Evaluate(x);

    /// <summary>N(x) for a scalar-input, scalar-output network, exactly.</summary>
    public static Rational EvaluateScalar(this Network network, Rational x) => network.Evaluate(x)[0];
}
