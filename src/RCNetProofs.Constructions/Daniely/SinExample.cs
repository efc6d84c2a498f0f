using System.Numerics;
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
/// Irrational constants enter only as rational enclosures: e and π to 9 decimals, square roots by integer square
/// roots (√d to 9 decimals).
/// </remarks>
public static class SinExample
{
    /// <summary>An enclosure of e: [2.718281828, 2.718281829].</summary>
    public static (Rational Low, Rational High) E { get; } = (Rational.Create(2718281828, 1_000_000_000), Rational.Create(2718281829, 1_000_000_000));

    /// <summary>An enclosure of π: [3.141592653, 3.141592654].</summary>
    public static (Rational Low, Rational High) Pi { get; } = (Rational.Create(3141592653, 1_000_000_000), Rational.Create(3141592654, 1_000_000_000));

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
        var s = IntegerSqrt(n);
        var (sqrtNLow, sqrtNHigh) = s * s == n ? ((Rational)s, (Rational)s) : ((Rational)s, (Rational)(s + 1));
        var (sqrtDLow, sqrtDHigh) = SqrtEnclosure(dimension);
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
        int r = (int)IntegerSqrt(dimension);
        if (dimension < 4 || r * r != dimension)
            throw new ArgumentException($"DAN-EX: d = {dimension} must be a perfect square ≥ 4 so that m = d^(5/2) is an integer", nameof(dimension));
        BigInteger m = BigInteger.Pow(r, 5), k = (BigInteger)dimension * dimension - 1;
        return Rational.Create(m - k, m);
    }

    /// <summary>⌊√n⌋ for n ≥ 0, by Newton's iteration on integers.</summary>
    internal static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n.Sign < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "square root of a negative number");
        if (n < 2) return n;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>√d enclosed to 9 decimals (exact when d is a perfect square).</summary>
    private static (Rational Low, Rational High) SqrtEnclosure(int d)
    {
        var r = IntegerSqrt(d);
        if (r * r == d) return (r, r);
        var scale = BigInteger.Pow(10, 9);
        var s = IntegerSqrt(d * scale * scale);
        return (Rational.Create(s, scale), Rational.Create(s + 1, scale));
    }
}
