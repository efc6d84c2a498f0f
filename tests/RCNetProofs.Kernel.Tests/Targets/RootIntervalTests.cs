using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class RootIntervalTests
{
    private static readonly Polynomial XSquaredMinusTwo = Polynomial.FromCoefficients(-2, 0, 1);
    private static RootInterval SqrtTwo => Assert.Single(XSquaredMinusTwo.IsolateRoots(0, 2));

    [Property]
    public Property Refine_RequestedWidth_IsMetAndStillBracketsSqrtTwo() =>
        Prop.ForAll(Gen.Choose(1, 200).ToArbitrary(), bits =>
        {
            var width = Rational.Pow(Rational.Half, bits);
            var refined = SqrtTwo.Refine(width);
            return refined.Width <= width
                && refined.Lower * refined.Lower < 2 && refined.Upper * refined.Upper > 2
                && XSquaredMinusTwo.Evaluate(refined.Lower).Sign < 0 && XSquaredMinusTwo.Evaluate(refined.Upper).Sign > 0;
        });

    [Property]
    public Property CompareTo_RandomRational_MatchesSquareComparison() =>
        Prop.ForAll(SmallRational.ToArbitrary(), q =>
        {
            int expected = q.Sign <= 0 ? 1 : ((Rational)2).CompareTo(q * q);
            return SqrtTwo.CompareTo(q) == expected && SqrtTwo.Refine(Rational.Create(1, 1000)).CompareTo(q) == expected;
        });

    [Fact]
    public void Refine_HitsRationalRoot_BecomesExact()
    {
        // An isolating interval built by hand for the dyadic root 1/4 of 4x − 1; the first midpoint is the root.
        var interval = new RootInterval(Polynomial.FromCoefficients(-1, 4), 0, Rational.Half);
        var refined = interval.Refine(Rational.Create(1, 1000));
        Assert.True(refined.IsExact);
        Assert.Equal(Rational.Create(1, 4), refined.ExactValue);
    }

    [Fact]
    public void Refine_ExactRoot_StaysExact()
    {
        var root = Assert.Single(Polynomial.FromCoefficients(-1, 3).IsolateRoots(0, 1));
        Assert.Same(root.Polynomial, root.Refine(Rational.Create(1, 8)).Polynomial);
        Assert.Equal(Rational.Create(1, 3), root.Refine(Rational.Create(1, 8)).ExactValue);
    }

    [Fact]
    public void Refine_NonPositiveWidth_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SqrtTwo.Refine(Rational.Zero));

    [Fact]
    public void ExactValue_IrrationalRoot_Throws() =>
        Assert.Throws<InvalidOperationException>(() => SqrtTwo.ExactValue);

    [Fact]
    public void ToString_BothKinds_NameRootOrInterval()
    {
        Assert.Equal("1/3", Assert.Single(Polynomial.FromCoefficients(-1, 3).IsolateRoots(0, 1)).ToString());
        Assert.StartsWith("root of x^2 - 2 in (", SqrtTwo.ToString());
    }
}
