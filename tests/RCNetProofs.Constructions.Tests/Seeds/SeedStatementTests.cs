using RCNetProofs.Constructions.Seeds;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Seeds;

public class SeedStatementTests
{
    private static readonly Dictionary<string, int> NoParameters = [];

    [Fact]
    public void Constructor_ValidStatement_ExposesCounterexamples()
    {
        var wrong = new SeedDatum("Δ(x)", NoParameters, [Rational.One], Rational.One, Rational.Zero);
        var agree = new SeedDatum("Δ(x)", NoParameters, [Rational.Half], Rational.One, Rational.One);
        var s = new SeedStatement("SEED-TEST", "S4", "says", "corrected", false, [wrong, agree], "evidence");
        Assert.Equal([wrong], s.Counterexamples);
        Assert.Equal(2, s.Data.Length);
    }

    [Fact]
    public void Constructor_Inconsistent_Throws()
    {
        var wrong = new SeedDatum("Δ(x)", NoParameters, [Rational.One], Rational.One, Rational.Zero);
        Assert.Throws<ArgumentException>(() => new SeedStatement("SEED-TEST", "S4", "says", "right", true, [wrong], "evidence"));
        Assert.Throws<ArgumentException>(() => new SeedStatement("TEL-DELTA", "S4", "says", "right", false, [], "evidence"));
        Assert.Throws<ArgumentException>(() => new SeedStatement("SEED-TEST", "S4", "", "right", false, [], "evidence"));
    }
}
