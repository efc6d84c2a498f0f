using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ClaimFilterTests
{
    private static bool RegexOracle(string pattern, string text) =>
        Regex.IsMatch(text, "^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.Singleline);

    private static Gen<string> Strings(params char[] alphabet) =>
        from chars in Gen.ArrayOf(Gen.Elements(alphabet)) select new string(chars);

    [Property]
    public Property Glob_RandomPatternsAndTexts_AgreesWithRegexTranslation() =>
        Prop.ForAll(Arb.From(Strings('a', 'b', '/', '*', '?')), Arb.From(Strings('a', 'b', '/')), (pattern, text) =>
            ClaimFilter.Glob(pattern, text) == RegexOracle(pattern, text)
            // Invariants: a text matches itself, and a star matches anything.
            && ClaimFilter.Glob(text, text) && ClaimFilter.Glob("*", text));

    [Theory]
    [InlineData("YAR-SQ/*", "YAR-SQ/m=20", true)]
    [InlineData("YAR-SQ/*", "YAR-MUL/m=20", false)]
    [InlineData("YAR-SQ", "YAR-SQ/m=20", true)]
    [InlineData("YAR-SQ", "YAR-SQ", true)]
    [InlineData("YAR", "YAR-SQ/m=20", false)]
    [InlineData("YAR-*", "YAR-MUL/m=3", true)]
    [InlineData("TEL-SHALLOW/k=?,*", "TEL-SHALLOW/k=7,part=size", true)]
    [InlineData("TEL-SHALLOW/k=?,*", "TEL-SHALLOW/k=17,part=size", false)]
    [InlineData("*part=size", "TEL-SHALLOW/k=17,part=size", true)]
    [InlineData("yar-sq/*", "YAR-SQ/m=20", false)]
    public void Selects_Patterns_MatchWholeIdOrFamily(string pattern, string id, bool selected) =>
        Assert.Equal(selected, new ClaimFilter([pattern]).Selects(id));

    [Fact]
    public void Selects_SeveralPatterns_SelectsTheUnion()
    {
        var filter = new ClaimFilter(["TEL-DELTA", "YAR-SQ/m=2?"]);
        Assert.True(filter.Selects("TEL-DELTA/part=size"));
        Assert.True(filter.Selects("YAR-SQ/m=21"));
        Assert.False(filter.Selects("YAR-SQ/m=3"));
    }

    [Fact]
    public void All_NoPatterns_SelectsEverything() =>
        Assert.All(new[] { "A", "YAR-SQ/m=1", "SEED-DELTA" }, id => Assert.True(ClaimFilter.All.Selects(id)));

    [Fact]
    public void Constructor_EmptyPattern_Throws() => Assert.Throws<ArgumentException>(() => new ClaimFilter([" "]));
}
