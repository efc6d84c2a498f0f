using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Claims;

public class CheckCompositionsTests
{
    private static readonly Network Id = new(1, [AffineLayer.Dense([[Rational.One]], [Rational.Zero], Activation.Identity)]);

    private static readonly Network Delta = new(1, [
        AffineLayer.Dense([[Rational.One], [Rational.One], [Rational.One]], [0, -Rational.Half, -1], Activation.Relu),
        AffineLayer.Dense([[2, -4, 2]], [Rational.Zero], Activation.Identity)]);

    private static Claim C(VerdictKind expected = VerdictKind.Proved) => new("TEL-FRAC/L=6", "test", "Δ^{∘6} is six tents", expected);

    [Fact]
    public void Compositions_TheRightCount_IsProved()
    {
        var v = Check.Compositions(C(), TestNetworks.Sawtooth(6), Id, Delta, Id, 6);
        Assert.Equal(VerdictKind.Proved, v.Kind);
        Assert.Equal("6", v.Measured);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    public void Compositions_OffByOne_IsRefutedWithTheMeasuredCount(int stated)
    {
        var v = Check.Compositions(C(VerdictKind.Refuted), TestNetworks.Sawtooth(6), Id, Delta, Id, stated);
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.False(v.Unexpected);
        Assert.Equal(Rational.One, v.Witness!.Gap);
        Assert.Equal((Rational)6, v.Witness.NetworkValue);
    }

    [Fact]
    public void Compositions_NetworkOfAnotherForm_IsUnknown()
    {
        var v = Check.Compositions(C(), TestNetworks.Abs(), Id, Delta, Id, 1);
        Assert.Equal(VerdictKind.Unknown, v.Kind);
        Assert.StartsWith("Compositions:", v.Message);
    }
}
