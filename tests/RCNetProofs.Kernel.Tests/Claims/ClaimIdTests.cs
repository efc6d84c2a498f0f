using RCNetProofs.Kernel.Claims;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Claims;

public class ClaimIdTests
{
    [Theory]
    [InlineData("SEED-DELTA")]
    [InlineData("YAR-SQ/m=20")]
    [InlineData("RC-T1.1/d=1,r=16,f=abs(x-1/3)")]
    [InlineData("RC-T1.1/d=2,r=4,f=max(x1,x2)")]
    [InlineData("CERTIFY")]
    public void IsValid_AcceptsCatalogueIds(string id) => Assert.True(ClaimId.IsValid(id));

    [Theory]
    [InlineData("")]
    [InlineData("yar-sq")]
    [InlineData("YAR-SQ/")]
    [InlineData("YAR-SQ/m")]
    [InlineData("YAR-SQ/m=")]
    [InlineData("YAR SQ/m=1")]
    [InlineData("YAR-SQ/m=1,,n=2")]
    public void IsValid_RejectsMalformedIds(string id)
    {
        Assert.False(ClaimId.IsValid(id));
        Assert.Throws<ArgumentException>(() => ClaimId.Validate(id));
    }

    [Fact]
    public void SplitParameters_KeepsCommasInsideParentheses() =>
        Assert.Equal(["d=2", "f=max(x1,x2)", "r=3"], ClaimId.SplitParameters("d=2,f=max(x1,x2),r=3"));

    [Fact]
    public void Of_BuildsIdsThatValidateAndGiveTheirFamily()
    {
        var id = ClaimId.Of("RC-TA1", ("d", 1), ("r", 8));
        Assert.Equal("RC-TA1/d=1,r=8", id);
        Assert.True(ClaimId.IsValid(id));
        Assert.Equal("RC-TA1", ClaimId.FamilyOf(id));
    }
}
