using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fractions;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Numerics.Tests;

public class NumberTextTests
{
    private static readonly Arbitrary<BigInteger> Integers =
        Arb.From(Gen.Sized(size => NumberGenerators.SignedInteger(Math.Min(NumberGenerators.MaxBigBits, 8 + 20 * size))));

    private static readonly Gen<string> DigitString =
        Gen.Sized(size => Gen.Choose(0, Math.Min(60, 2 + size)).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n)).Select(d => string.Concat(d)));

    private static (BigInteger Num, BigInteger Den) ParseOk(string text)
    {
        Assert.True(NumberText.TryParseFraction(text, out var n, out var d, out var error), $"'{text}' rejected: {error}");
        Assert.Null(error);
        return (n, d);
    }

    [Property]
    public Property TryParseFraction_IntegerText_ReturnsTheIntegerOverOne() =>
        Prop.ForAll(Integers, v =>
        {
            var (n, d) = ParseOk(v.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(v, n);
            Assert.Equal(BigInteger.One, d);
        });

    [Property]
    public Property TryParseFraction_SignAndSurroundingWhitespace_AreAccepted() =>
        Prop.ForAll(Integers, Arb.From(Gen.Elements(" ", "\t", "  \n", "")), (v, pad) =>
        {
            string text = pad + (v.Sign >= 0 ? "+" : "") + v.ToString(CultureInfo.InvariantCulture) + pad;
            var (n, d) = ParseOk(text);
            Assert.Equal(v, n);
            Assert.Equal(BigInteger.One, d);
        });

    [Property]
    public Property TryParseFraction_POverQ_ReturnsPartsUnreduced() =>
        Prop.ForAll(Integers, Integers, (p, q) =>
        {
            q = BigInteger.Abs(q) + 1;
            var (n, d) = ParseOk($"{p}/{q}");
            Assert.Equal(p, n);
            Assert.Equal(q, d);
        });

    [Property]
    public Property TryParseFraction_Decimal_AgreesWithFractionAndHasPowerOfTenDenominator() =>
        Prop.ForAll(Arb.From(DigitString), Arb.From(DigitString), Arb.From(Gen.Elements("", "-", "+")), (intDigits, fracDigits, sign) =>
        {
            if (intDigits.Length + fracDigits.Length == 0) intDigits = "0";
            string text = $"{sign}{intDigits}.{fracDigits}";
            var (n, d) = ParseOk(text);
            Assert.Equal(BigInteger.Pow(10, fracDigits.Length), d);
            // Fraction reads only the forms with digits on both sides of the point, so pad for the oracle.
            string padded = $"{sign}{(intDigits.Length == 0 ? "0" : intDigits)}.{(fracDigits.Length == 0 ? "0" : fracDigits)}";
            Assert.Equal(Fraction.FromString(padded, CultureInfo.InvariantCulture), new Fraction(n, d));
        });

    [Theory]
    [InlineData("3.", 3, 1)]
    [InlineData(".5", 5, 10)]
    [InlineData("-.5", -5, 10)]
    [InlineData("+.25", 25, 100)]
    [InlineData("-0.125", -125, 1000)]
    [InlineData("007", 7, 1)]
    [InlineData("6/8", 6, 8)]
    [InlineData("-6/8", -6, 8)]
    [InlineData("+6/8", 6, 8)]
    [InlineData("0/5", 0, 5)]
    public void TryParseFraction_TrailingOrLeadingDotAndUnreducedForms_AreAcceptedAsWritten(string text, long num, long den)
    {
        var (n, d) = ParseOk(text);
        Assert.Equal(num, n);
        Assert.Equal(den, d);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1/")]
    [InlineData("/2")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("1/0")]
    [InlineData("-3/000")]
    [InlineData(".")]
    [InlineData("-.")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("--1")]
    [InlineData("+-1.5")]
    [InlineData("1/-2")]
    [InlineData("1/+2")]
    [InlineData("1 / 2")]
    [InlineData("1 2")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("1,5")]
    [InlineData("1/2/3")]
    [InlineData("1.5/2")]
    [InlineData("\u0661\u0662")] // Arabic-Indic digits: only ASCII digits are read
    [InlineData("\u00BD")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void TryParseFraction_MalformedText_FailsWithMessageNamingTheText(string text)
    {
        Assert.False(NumberText.TryParseFraction(text, out _, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        string trimmed = text.Trim();
        if (trimmed.Length > 0) Assert.Contains(trimmed, error);
    }

    [Theory]
    [InlineData("1/0")]
    [InlineData("-7/0")]
    [InlineData(" 0/00 ")]
    public void TryParseFraction_ZeroDenominator_SaysSo(string text)
    {
        Assert.False(NumberText.TryParseFraction(text, out _, out _, out var error));
        Assert.Contains("zero denominator", error);
    }

    [Property]
    public Property TryParseFraction_RandomPrintableText_AcceptsOnlyWellFormedNumbers() =>
        Prop.ForAll(Arb.From(Gen.Sized(size => Gen.ArrayOf(Gen.Elements("0123456789-+./ ea".ToCharArray()), Math.Min(size, 12)).Select(c => new string(c)))), text =>
        {
            bool ok = NumberText.TryParseFraction(text, out var n, out var d, out var error);
            Assert.Equal(ok, error is null);
            bool fractionReads = IsWellFormed(text.Trim());
            Assert.Equal(fractionReads, ok);
            if (ok) Assert.True(d.Sign > 0, $"'{text}' gave denominator {d}");
        });

    /// <summary>The grammar, restated with a regular expression as an independent reference.</summary>
    private static bool IsWellFormed(string s)
    {
        var m = System.Text.RegularExpressions.Regex.Match(s, @"^(?:[+-]?\d+/(\d+)|[+-]?(?:\d+\.\d*|\.\d+)|[+-]?\d+)$");
        if (!m.Success) return false;
        return !m.Groups[1].Success || m.Groups[1].Value.Any(c => c != '0');
    }
}
