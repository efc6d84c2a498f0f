using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

/// <summary>Weight conversions used to compile a network for a number type.</summary>
public static class NumberConverters
{
    /// <summary>Identity on rationals.</summary>
    public static readonly Func<Rational, Rational> ToRational = r => r;
    /// <summary>Exact conversion to dyadic; throws <see cref="NetworkException"/> for a non-dyadic weight.</summary>
    public static readonly Func<Rational, Dyadic> ToDyadic = r =>
        r.TryToDyadic(out var d) ? d : throw new NetworkException($"weight {r} is not dyadic; evaluate this network over Rational");
    /// <summary>Rounded conversion to double (float path only; never used to decide a verdict).</summary>
    public static readonly Func<Rational, double> ToDouble = r => r.ToDouble();
}
