using FsCheck;
using RCNetProofs.Numerics;

namespace RCNetProofs.Testing;

/// <summary>
/// Default FsCheck arbitraries for <see cref="Dyadic"/> and <see cref="Rational"/>, for
/// <c>[Property(Arbitrary = new[] { typeof(Arbitraries) })]</c>: each draws from the mixture of all families in
/// <see cref="NumberGenerators"/> and shrinks through values of smaller bit length.
/// </summary>
public static class Arbitraries
{
    /// <summary>Any dyadic: small, 64-bit fractions, 64-bit edge, 2000-bit.</summary>
    public static Arbitrary<Dyadic> Dyadic() => NumberGenerators.ToArbitrary(NumberGenerators.AnyDyadic);

    /// <summary>Any rational: small, 20-digit, 64-bit edge, dyadic-valued, 2000-bit.</summary>
    public static Arbitrary<Rational> Rational() => NumberGenerators.ToArbitrary(NumberGenerators.AnyRational);
}
