using System.Globalization;
using System.Numerics;

namespace RCNetProofs.Numerics;

public readonly partial struct Dyadic
{
    /// <summary>Parses an integer, "p/q" with q a power of two after reduction, or an exact decimal whose value is dyadic.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Dyadic value, out string? error)
    {
        value = default;
        if (!Rational.TryParse(text, out var r, out error)) return false;
        if (r.TryToDyadic(out value)) return true;
        error = $"'{text.ToString().Trim()}' = {r} is not dyadic (its denominator is not a power of two)";
        return false;
    }

    /// <summary>Parses like <see cref="TryParse(ReadOnlySpan{char}, out Dyadic, out string?)"/>.</summary>
    /// <exception cref="FormatException">With the reason.</exception>
    public static Dyadic Parse(string text) =>
        TryParse(text, out var v, out var error) ? v : throw new FormatException(error);

    /// <summary>Canonical text: "p" for integers, else reduced "p/q".</summary>
    public override string ToString()
    {
        if (_exp >= 0) return (Mantissa << _exp).ToString(CultureInfo.InvariantCulture);
        return string.Concat(Mantissa.ToString(CultureInfo.InvariantCulture), "/", (BigInteger.One << -_exp).ToString(CultureInfo.InvariantCulture));
    }
}
