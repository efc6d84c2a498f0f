using System.Globalization;

namespace RCNetProofs.Numerics;

public readonly partial struct Rational
{
    /// <summary>Parses an integer, "p/q" or an exact decimal ("0.125"); the result is reduced.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The parsed value.</param>
    /// <param name="error">Why the text was rejected, or null.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out Rational value, out string? error)
    {
        value = default;
        if (!NumberText.TryParseFraction(text, out var n, out var d, out error)) return false;
        value = Create(n, d);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse(ReadOnlySpan{char}, out Rational, out string?)"/>.</summary>
    /// <exception cref="FormatException">With the reason.</exception>
    public static Rational Parse(string text) =>
        TryParse(text, out var v, out var error) ? v : throw new FormatException(error);

    /// <summary>Canonical text: "p" for integers, else reduced "p/q" with q &gt; 0.</summary>
    public override string ToString()
    {
        if (_big is null)
            return _denMinus1 == 0 ? _num.ToString(CultureInfo.InvariantCulture)
                : string.Concat(_num.ToString(CultureInfo.InvariantCulture), "/", (_denMinus1 + 1).ToString(CultureInfo.InvariantCulture));
        return _big.Den.IsOne ? _big.Num.ToString(CultureInfo.InvariantCulture)
            : string.Concat(_big.Num.ToString(CultureInfo.InvariantCulture), "/", _big.Den.ToString(CultureInfo.InvariantCulture));
    }
}
