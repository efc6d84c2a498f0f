using System.Numerics;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// The example of Daniely's separation, F(x, x′) = sin(πd³⟨x, x′⟩) (catalogue id DAN-EX): the depth-2 width lower
/// bound as exact rational enclosures, and the catalogue's table of its base-2 logarithms as data.
/// </summary>
/// <remarks>
/// Setting: n = d², m = d^{5/2} (an integer when d is a perfect square), k = n − 1, weight bound B = 2^d. DAN-SIN
/// gives ‖P_nF‖² ≥ (m − k)/(4eπm) = (1 − d^{−1/2} + d^{−5/2})/(4eπ) ≥ 1/(5eπ) for d ≥ 25; DAN-MAIN then shows that a
/// depth-2 network with weights ≤ 2^d and ‖F − N‖² &lt; 1/(50e²π²) needs width
/// <b>r &gt; (√N_{d,d²}/(20eπ) − 2^d)/(4^d(1 + 2√d))</b>, which is 2^{Ω(d log d)}.
/// Irrational constants enter only as rational enclosures: e and π from their series (<see cref="ConstantEnclosures"/>),
/// √N_{d,d²} between consecutive integers and √d to 2^{−64} (<see cref="RationalSqrt"/>).
/// </remarks>
public static class SinExample
{
    /// <summary>Bits of e, π and √d in <see cref="WidthBound"/>: each enclosure is at most 2^{2−64} wide.</summary>
    private const int Bits = 64;

    private static readonly (Rational Low, Rational High) E = ConstantEnclosures.E(Bits);
    private static readonly (Rational Low, Rational High) Pi = ConstantEnclosures.Pi(Bits);

    /// <summary>
    /// The catalogue's table (claims.md DAN-EX), as printed there to one decimal: for each d, log₂√N_{d,d²} and
    /// log₂(4^d(1 + 2√d)) where given (null otherwise), and log₂ of the minimal width (null = vacuous bound).
    /// </summary>
    public static IReadOnlyList<(int D, Rational? Log2SqrtN, Rational? Log2Denominator, Rational? Log2Width)> CatalogueTable { get; } =
    [
        (16, null, null, null),
        (20, null, null, Rational.Parse("1.6")),
        (25, Rational.Parse("70.4"), Rational.Parse("53.5"), Rational.Parse("9.5")),
        (36, null, null, Rational.Parse("29.6")),
        (64, Rational.Parse("230.8"), Rational.Parse("132.1"), Rational.Parse("91.3")),
        (100, Rational.Parse("396.2"), Rational.Parse("204.4"), Rational.Parse("184.4")),
    ];

    /// <summary>
    /// An exact enclosure [Low, High] of W(d) = (√N_{d,d²}/(20eπ) − 2^d)/(4^d(1 + 2√d)); any depth-2 network of the
    /// example needs width &gt; W(d). Low is clamped at 0 when the numerator may be ≤ 0 (the bound is then vacuous).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">For d &lt; 2 or d &gt; 200.</exception>
    public static (Rational Low, Rational High) WidthBound(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimension, 200);
        var n = HarmonicDimension.Of(dimension, dimension * dimension);
        var (sqrtNLow, sqrtNHigh) = RationalSqrt.Enclose(n, 0);
        var (sqrtDLow, sqrtDHigh) = RationalSqrt.Enclose(dimension, Bits);
        var twoD = Rational.Pow(2, dimension);
        var fourD = Rational.Pow(4, dimension);
        var numLow = sqrtNLow / (20 * E.High * Pi.High) - twoD;
        var numHigh = sqrtNHigh / (20 * E.Low * Pi.Low) - twoD;
        var denLow = fourD * (1 + 2 * sqrtDLow);
        var denHigh = fourD * (1 + 2 * sqrtDHigh);
        var low = numLow.Sign <= 0 ? Rational.Zero : numLow / denHigh;
        var high = numHigh.Sign <= 0 ? Rational.Zero : numHigh / denLow;
        return (low, high);
    }

    /// <summary>
    /// The factor (m − k)/m = 1 − d^{−1/2} + d^{−5/2} in ‖P_nF‖² ≥ (m − k)/(4eπm), for a perfect square d (so that
    /// m = d^{5/2} is an integer); it is ≥ 4/5, i.e. ‖P_nF‖² ≥ 1/(5eπ), exactly when d ≥ 25.
    /// </summary>
    /// <exception cref="ArgumentException">When d is not a perfect square ≥ 4.</exception>
    public static Rational ProjectionFactor(int dimension)
    {
        int r = (int)IntegerRoot.FloorSqrt(dimension);
        if (dimension < 4 || r * r != dimension)
            throw new ArgumentException($"DAN-EX: d = {dimension} must be a perfect square ≥ 4 so that m = d^(5/2) is an integer", nameof(dimension));
        BigInteger m = BigInteger.Pow(r, 5), k = (BigInteger)dimension * dimension - 1;
        return Rational.Create(m - k, m);
    }
}
