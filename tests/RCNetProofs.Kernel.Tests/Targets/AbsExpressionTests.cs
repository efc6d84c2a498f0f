using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class AbsExpressionTests
{
    private static readonly TargetExpression X = new VariableExpression();

    [Property]
    public Property Restrict_AbsOfShiftedX_SplitsExactlyAtTheShift() =>
        Prop.ForAll(Both(UnitRational, UnitRational).ToArbitrary(), t =>
        {
            var (c, x) = t;
            var pw = new AbsExpression(new DifferenceExpression(X, new ConstantExpression(c))).Restrict(0, 1);
            var expectedBreaks = c > 0 && c < 1 ? new[] { c } : [];
            return pw.Breakpoints.SequenceEqual(expectedBreaks)
                && pw.Evaluate(x) == (x >= c ? x - c : c - x)
                && pw.Pieces.All(p => p.Polynomial.Degree == 1);
        });

    [Fact]
    public void Restrict_QuadraticWithRationalRoots_SplitsAtBoth()
    {
        var e = new AbsExpression(new DifferenceExpression(new PowerExpression(X, 2), new ConstantExpression(Rational.Create(1, 4))));
        Assert.Equal([-Rational.Half, Rational.Half], e.Restrict(-1, 1).Breakpoints);
    }

    [Fact]
    public void Restrict_IrrationalSignChange_IsUnsupported()
    {
        var e = new AbsExpression(new DifferenceExpression(new PowerExpression(X, 2), new ConstantExpression(Rational.Half)));
        var error = Assert.Throws<TargetUnsupportedException>(() => e.Restrict(0, 1));
        var root = error.SplitPoint!;
        Assert.True(root.Lower * root.Lower < Rational.Half && root.Upper * root.Upper > Rational.Half, root.ToString());
        Assert.StartsWith("abs: ", error.Message);
        Assert.Single(e.Restrict(0, Rational.Half).Pieces);
    }

    [Fact]
    public void Restrict_IrrationalRootOfEvenMultiplicity_NeedsNoSplit()
    {
        var square = new PowerExpression(new DifferenceExpression(new PowerExpression(X, 2), new ConstantExpression(2)), 2);
        var piece = Assert.Single(new AbsExpression(square).Restrict(0, 2).Pieces);
        Assert.Equal(Polynomial.FromCoefficients(-2, 0, 1).Pow(2), piece.Polynomial);
    }

    [Fact]
    public void Evaluate_NegativeValue_IsMagnitude() =>
        Assert.Equal(Rational.Create(1, 3), new AbsExpression(X).Evaluate(Rational.Create(-1, 3)));
}
