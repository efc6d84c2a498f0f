using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class PolynomialPieceTests
{
    [Fact]
    public void Constructor_EmptyOrReversedInterval_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PolynomialPiece(1, 1, Polynomial.X));
        Assert.Throws<ArgumentException>(() => new PolynomialPiece(2, 1, Polynomial.X));
    }

    [Fact]
    public void Equality_SameParts_IsStructural()
    {
        var a = new PolynomialPiece(0, Rational.Half, Polynomial.FromCoefficients(1, 2));
        var b = new PolynomialPiece(0, Rational.Half, Polynomial.FromCoefficients(1, 2));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("[0, 1/2]: 2*x + 1", a.ToString());
    }
}
