using System.Numerics;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Claims;

public sealed class RelationExtensionsTests
{
    [Property(MaxTest = 300)]
    public void Holds_AnyIntegersAndFractions_AgreesWithTheSignOfCompareTo(long a, long b, int den)
    {
        // Oracle: CompareTo's sign (−1, 0, 1) says which of AtMost, Equal, AtLeast hold.
        int sign = Math.Sign(((BigInteger)a).CompareTo(b));
        Assert.Equal(sign <= 0, Relation.AtMost.Holds((BigInteger)a, b));
        Assert.Equal(sign == 0, Relation.Equal.Holds((BigInteger)a, b));
        Assert.Equal(sign >= 0, Relation.AtLeast.Holds((BigInteger)a, b));
        var d = Math.Abs((long)den) + 1;
        Rational x = Rational.Create(a, d), y = Rational.Create(b, d);
        Assert.Equal(sign <= 0, Relation.AtMost.Holds(x, y));
        Assert.Equal(sign == 0, Relation.Equal.Holds(x, y));
        Assert.Equal(sign >= 0, Relation.AtLeast.Holds(x, y));
    }

    [Fact]
    public void Symbol_EachRelation_IsItsMathematicalSign()
    {
        Assert.Equal("≤", Relation.AtMost.Symbol());
        Assert.Equal("=", Relation.Equal.Symbol());
        Assert.Equal("≥", Relation.AtLeast.Symbol());
    }
}
