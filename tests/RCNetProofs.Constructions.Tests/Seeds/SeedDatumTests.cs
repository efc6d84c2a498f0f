using RCNetProofs.Constructions.Seeds;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Seeds;

public class SeedDatumTests
{
    [Fact]
    public void IsCounterexample_OnlyWhenSeedValueGivenAndDifferent()
    {
        var p = new Dictionary<string, int> { ["L"] = 1 };
        Assert.True(new SeedDatum("Δ(x)", p, [Rational.Create(1, 4)], Rational.Create(3, 4), Rational.Half).IsCounterexample);
        Assert.False(new SeedDatum("Δ(x)", p, [Rational.Create(1, 4)], Rational.Half, Rational.Half).IsCounterexample);
        Assert.False(new SeedDatum("N", p, [], null, 5).IsCounterexample);
    }

    [Fact]
    public void Constructor_CopiesInputsAndFormats()
    {
        var p = new Dictionary<string, int> { ["i"] = 2, ["d"] = 3 };
        var point = new List<Rational> { Rational.Half };
        var datum = new SeedDatum("h_i(x)", p, point, Rational.Create(3, 8), Rational.Create(1, 4));
        p["i"] = 7; point.Add(Rational.One); // later changes to the inputs do not reach the datum
        Assert.Equal(2, datum.Parameters["i"]);
        Assert.Single(datum.Point);
        Assert.Equal("h_i(x) at x = (1/2) [d=3, i=2]: seed 3/8, true 1/4", datum.ToString());
        Assert.Equal("N: seed —, true 5", new SeedDatum("N", new Dictionary<string, int>(), [], null, 5).ToString());
        Assert.Throws<ArgumentException>(() => new SeedDatum(" ", p, [], null, 0));
    }
}
