using System.Globalization;
using System.Numerics;

namespace RCNetProofs.Numerics;

/// <summary>Reads the exact text forms shared by both number types: integers, "p/q" and decimals.</summary>
internal static class NumberText
{
    /// <summary>
    /// Parses "[-+]digits", "[-+]digits/digits" or "[-+]digits.digits" into an unreduced fraction.
    /// Returns an error message instead of throwing so callers can add file/path context.
    /// </summary>
    public static bool TryParseFraction(ReadOnlySpan<char> s, out BigInteger num, out BigInteger den, out string? error)
    {
        num = BigInteger.Zero; den = BigInteger.One; error = null;
        s = s.Trim();
        if (s.IsEmpty) { error = "empty number"; return false; }
        int slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParseInteger(s[..slash], allowSign: true, out num) ||
                !TryParseInteger(s[(slash + 1)..], allowSign: false, out den))
            { error = $"'{s}' is not of the form p/q with integers p and q"; return false; }
            if (den.IsZero) { error = $"'{s}' has a zero denominator"; return false; }
            return true;
        }
        int dot = s.IndexOf('.');
        if (dot >= 0)
        {
            var intPart = s[..dot];
            var fracPart = s[(dot + 1)..];
            bool neg = intPart.StartsWith("-");
            var intDigits = intPart.TrimStart("+-");
            if (intPart.Length - intDigits.Length > 1 || (intDigits.IsEmpty && fracPart.IsEmpty) ||
                !AllDigits(intDigits) || !AllDigits(fracPart))
            { error = $"'{s}' is not an exact decimal"; return false; }
            var digits = string.Concat(intDigits, fracPart);
            num = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            if (neg) num = -num;
            den = BigInteger.Pow(10, fracPart.Length);
            return true;
        }
        if (!TryParseInteger(s, allowSign: true, out num)) { error = $"'{s}' is not an integer, p/q or exact decimal"; return false; }
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c < '0' || c > '9') return false;
        return true;
    }

    private static bool TryParseInteger(ReadOnlySpan<char> s, bool allowSign, out BigInteger value)
    {
        value = BigInteger.Zero;
        bool neg = false;
        if (allowSign && s.Length > 0 && (s[0] == '-' || s[0] == '+')) { neg = s[0] == '-'; s = s[1..]; }
        if (s.IsEmpty || !AllDigits(s)) return false;
        value = BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        if (neg) value = -value;
        return true;
    }
}
