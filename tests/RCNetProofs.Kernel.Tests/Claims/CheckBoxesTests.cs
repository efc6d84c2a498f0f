using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Claims;

public class CheckBoxesTests
{
    // N(x) = σ(x) − σ(x − 1): 0 for x ≤ 0, x on [0, 1], 1 for x ≥ 1
    private static readonly Network Ramp = new(1, [
        AffineLayer.Dense([[Rational.One], [Rational.One]], [Rational.Zero, -1], Activation.Relu),
        AffineLayer.Dense([[1, -1]], [Rational.Zero], Activation.Identity)]);

    private static Rational F(IReadOnlyList<Rational> x) => x[0] / 4;

    private static IEnumerable<IReadOnlyList<Rational>> Ends(Box b) => [[b.Lower[0]], [b.Upper[0]]];

    private static Claim C(VerdictKind expected = VerdictKind.Proved) => new("RC-TA1/d=1,r=1", "test", "constant on the cubes", expected);

    private static readonly Box[] Flat = [Box.Cube(1, -2, -1), Box.Cube(1, 1, 2)];

    [Fact]
    public void ConstantOnBoxes_BoundAtTheLargestGap_IsProvedWithThatGap()
    {
        // on [−2, −1]: c = 0, f ∈ [−1/2, −1/4], gap ≤ 1/2; on [1, 2]: c = 1, f ∈ [1/4, 1/2], gap ≤ 3/4
        var worst = Rational.Create(3, 4);
        var v = Check.ConstantOnBoxes(C(), Ramp, Flat, F, Ends, worst);
        Assert.Equal(VerdictKind.Proved, v.Kind);
        Assert.Equal(worst.ToString(), v.Measured);
    }

    [Fact]
    public void ConstantOnBoxes_BoundBelowTheGap_IsRefutedAtTheWitness()
    {
        var v = Check.ConstantOnBoxes(C(VerdictKind.Refuted), Ramp, Flat, F, Ends, Rational.Half);
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Equal([Rational.One], v.Witness!.X);
        Assert.Equal(Rational.Create(3, 4), v.Witness.Gap);
        Assert.Equal(Evaluation.Evaluate(Ramp, [Rational.One])[0], v.Witness.NetworkValue);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    public void ConstantOnBoxes_NetworkNotConstantOnABox_IsUnknown(int a, int b)
    {
        var v = Check.ConstantOnBoxes(C(), Ramp, [Flat[0], Box.Cube(1, a, b)], F, Ends, 100);
        Assert.Equal(VerdictKind.Unknown, v.Kind);
        Assert.Contains("box 1", v.Message);
    }

    [Fact]
    public void ConstantOnBoxes_PointOutsideItsBox_Throws() =>
        Assert.Throws<ArgumentException>(() => Check.ConstantOnBoxes(C(), Ramp, Flat, F, _ => [[Rational.Zero]], 1));
}
