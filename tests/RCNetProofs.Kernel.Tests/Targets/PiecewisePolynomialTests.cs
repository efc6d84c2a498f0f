using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class PiecewisePolynomialTests
{
    private static readonly Gen<(Rational A, Rational B)> Intervals =
        from a in Gen.Choose(-24, 12)
        from width in Gen.Choose(1, 24)
        select (Rational.Create(a, 8), Rational.Create(a + width, 8));

    // Every piece agrees with the expression (the oracle) at both ends, the midpoint and a random interior
    // point; pieces tile [a, b]; neighbouring polynomials differ; Evaluate agrees at every breakpoint.
    private static bool AgreesPieceByPiece(TargetExpression e, PiecewisePolynomial pw, Rational a, Rational b, Rational t)
    {
        bool tiles = pw.Start == a && pw.End == b && pw.Pieces.Zip(pw.Pieces.Skip(1)).All(p => p.First.Right == p.Second.Left);
        bool canonical = pw.Pieces.Zip(pw.Pieces.Skip(1)).All(p => p.First.Polynomial != p.Second.Polynomial);
        bool pointwise = pw.Pieces.All(piece =>
            new[] { piece.Left, piece.Right, (piece.Left + piece.Right) * Rational.Half, piece.Left + t * (piece.Right - piece.Left) }
                .All(x => piece.Polynomial.Evaluate(x) == e.Evaluate(x) && pw.Evaluate(x) == e.Evaluate(x)));
        return tiles && canonical && pointwise;
    }

    [Property]
    public Property Restrict_PiecewiseLinearTarget_AgreesWithEvaluateEverywhere() =>
        Prop.ForAll(All(LinearExpression, Intervals, UnitRational).ToArbitrary(), t =>
        {
            var (e, (a, b), u) = t;
            var pw = e.Restrict(a, b);
            return AgreesPieceByPiece(e, pw, a, b, u) && pw.Pieces.All(p => p.Polynomial.Degree <= 1);
        });

    [Property]
    public Property Restrict_RandomTarget_AgreesOrReportsGenuineIrrationalSplit() =>
        Prop.ForAll(All(Expression, Intervals, UnitRational).ToArbitrary(), t =>
        {
            var (e, (a, b), u) = t;
            try
            {
                return AgreesPieceByPiece(e, e.Restrict(a, b), a, b, u).Classify(true, "decomposed");
            }
            catch (TargetUnsupportedException error)
            {
                var root = error.SplitPoint!;
                var p = root.Polynomial;
                bool genuine = !root.IsExact && a <= root.Lower && root.Upper <= b
                    && p.Evaluate(root.Lower).Sign * p.Evaluate(root.Upper).Sign < 0;
                return genuine.Classify(true, "irrational split");
            }
        });

    [Fact]
    public void Restrict_AbsShift_GivesTwoLinearPieces()
    {
        var pw = TargetParser.Parse("abs(x - 1/3)").Restrict(0, 1);
        Assert.Equal("[0, 1/3]: -x + 1/3; [1/3, 1]: x - 1/3", pw.ToString());
        Assert.Equal([Rational.Create(1, 3)], pw.Breakpoints);
    }

    [Fact]
    public void Restrict_AbsShift_IntegratesToHandComputedValue()
    {
        // ∫₀¹ |x − 1/3| dx = (1/3)²/2 + (2/3)²/2 = 5/18.
        var pw = TargetParser.Parse("abs(x - 1/3)").Restrict(0, 1);
        var integral = pw.Pieces.Aggregate(Rational.Zero, (sum, p) => sum + p.Polynomial.Integrate(p.Left, p.Right));
        Assert.Equal(Rational.Create(5, 18), integral);
    }

    [Fact]
    public void Restrict_MaxOfEqualBranches_IsOnePiece() =>
        Assert.Single(TargetParser.Parse("max(x, x)").Restrict(-1, 1).Pieces);

    [Fact]
    public void Restrict_KinkAtEndpoint_IsNotABreakpoint()
    {
        var pw = TargetParser.Parse("abs(x)").Restrict(0, 1);
        Assert.Equal(Polynomial.X, Assert.Single(pw.Pieces).Polynomial);
    }

    [Fact]
    public void Restrict_NestedKinks_SplitsAtEachRationalPoint()
    {
        // The hat 1 − |2x − 1| folded again: a sawtooth with kinks at 1/4, 1/2, 3/4.
        var pw = TargetParser.Parse("1 - abs(2*(1 - abs(2*x - 1)) - 1)").Restrict(0, 1);
        Assert.Equal([Rational.Create(1, 4), Rational.Half, Rational.Create(3, 4)], pw.Breakpoints);
    }

    [Fact]
    public void Restrict_MaxWithIrrationalCrossing_IsUnsupported()
    {
        var error = Assert.Throws<TargetUnsupportedException>(() => TargetParser.Parse("max(x^2, 2)").Restrict(0, 2));
        Assert.StartsWith("max: ", error.Message);
        Assert.Contains("irrational", error.Message);
    }

    [Fact]
    public void Restrict_EmptyInterval_Throws() =>
        Assert.Throws<ArgumentException>(() => TargetParser.Parse("x").Restrict(1, 1));

    [Fact]
    public void Evaluate_OutsideDomain_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetParser.Parse("x").Restrict(0, 1).Evaluate(2));

    [Fact]
    public void Constructor_EqualNeighbours_AreMerged()
    {
        var pw = new PiecewisePolynomial([new PolynomialPiece(0, 1, Polynomial.X), new PolynomialPiece(1, 2, Polynomial.X), new PolynomialPiece(2, 3, Polynomial.One)]);
        Assert.Equal([new PolynomialPiece(0, 2, Polynomial.X), new PolynomialPiece(2, 3, Polynomial.One)], pw.Pieces);
    }

    [Fact]
    public void Between_CutsTheEndPiecesAndDropsTheOthers()
    {
        var pw = new PiecewisePolynomial([new PolynomialPiece(0, 1, Polynomial.X), new PolynomialPiece(1, 2, Polynomial.One), new PolynomialPiece(2, 3, -Polynomial.X)]);

        var cut = pw.Between(Rational.Half, Rational.Create(3, 2));

        Assert.Equal([new PolynomialPiece(Rational.Half, 1, Polynomial.X), new PolynomialPiece(1, Rational.Create(3, 2), Polynomial.One)], cut.Pieces);
        Assert.Same(pw, pw.Between(0, 3));
        // Values are unchanged inside the sub-interval.
        foreach (var x in new[] { Rational.Half, Rational.Create(3, 4), Rational.One, Rational.Create(5, 4), Rational.Create(3, 2) })
            Assert.Equal(pw.Evaluate(x), cut.Evaluate(x));
    }

    [Fact]
    public void Constructor_GapOrNoPieces_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PiecewisePolynomial([new PolynomialPiece(0, 1, Polynomial.X), new PolynomialPiece(2, 3, Polynomial.X)]));
        Assert.Throws<ArgumentException>(() => new PiecewisePolynomial([]));
    }

    [Fact]
    public void Evaluate_AtBreakpoint_UsesLeftPiece()
    {
        // Deliberately discontinuous pieces, to pin down which piece answers at the shared end.
        var pw = new PiecewisePolynomial([new PolynomialPiece(0, 1, Polynomial.Zero), new PolynomialPiece(1, 2, Polynomial.One)]);
        Assert.Equal(Rational.Zero, pw.Evaluate(1));
        Assert.Equal(Rational.One, pw.Evaluate(Rational.Create(3, 2)));
    }
}
