using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ClaimRecordTests
{
    private static ClaimRecord NewRecord() => new("r.csx", 7, "A/n=1", "source", "statement");

    [Fact]
    public void ToClaim_BeforeTheCheck_CarriesExpectationConventionAndQuantities()
    {
        var record = NewRecord();
        record.SetExpected(VerdictKind.Refuted);
        record.SetConvention(DepthConvention.AffineLayers);
        record.SetQuantity("bound", Numerics.Rational.Create(1, 64));

        var claim = record.ToClaim();

        Assert.Equal(("A/n=1", VerdictKind.Refuted, DepthConvention.AffineLayers), (claim.Id, claim.Expected, claim.Convention));
        Assert.Equal("1/64", claim.Quantities["bound"]);
        Assert.Equal("r.csx(7)", record.Where);
    }

    [Fact]
    public void State_ThroughABuilder_FixesOneClaimObjectThatTheVerdictIsAbout()
    {
        var script = new ProofScript("r.csx");
        script.Claim("A/n=1", "s", "t").Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);
        var record = script.Records[0];

        var outcome = Checks.Outcome(script);

        Assert.Same(record.Claim, outcome.Verdict.Claim);
        Assert.Same(record.Claim, record.ToClaim());
    }

    [Fact]
    public void State_CheckBuiltOutsideTheHost_IsRefused()
    {
        var record = NewRecord();

        var e = Assert.Throws<InvalidOperationException>(() => record.State((claim, _) => new CheckOutcome(Check.Unknown(claim, "foreign"), null)));

        Assert.Contains("claim builders", e.Message);
        Assert.Null(record.Check);
        Assert.Null(record.Claim);
    }

    [Fact]
    public void AnythingAfterTheCheck_ThrowsNamingTheClaimAndLine()
    {
        var script = new ProofScript("r.csx");
        var builder = script.Claim("A/n=1", "s", "t");
        builder.Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2);

        var e = Assert.Throws<InvalidOperationException>(() => builder.Network(Sawtooth.Build(2)).InClass(width: 3, depth: 2));
        Assert.Contains($"A/n=1 ({script.Records[0].Where})", e.Message);
        Assert.Throws<InvalidOperationException>(() => builder.Expect(VerdictKind.Refuted));
        Assert.Throws<InvalidOperationException>(() => builder.Quantity("x", 1));
    }
}
