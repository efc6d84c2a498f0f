using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Cli.Plotting;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Constructions.Yarotsky;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Cli.Tests.Plotting;

public class ExactCurvesTests
{
    [Theory]
    [InlineData(1)] [InlineData(3)] [InlineData(7)]
    public void Vertices_Sawtooth_AreTheClosedFormCornersJOver2ToTheL(int L)
    {
        var vertices = ExactCurves.Vertices(Sawtooth.Build(L), 0, 1);

        // Oracle: Δ^∘L(j/2^L) = j mod 2, and these are all its corners on [0, 1].
        Assert.Equal(Enumerable.Range(0, (1 << L) + 1).Select(j => (Rational.Create(j, 1 << L), (Rational)(j % 2))), vertices);
    }

    [Fact]
    public void Vertices_BudgetTooSmall_Throws() =>
        Assert.Throws<InvalidOperationException>(() => ExactCurves.Vertices(Sawtooth.Build(10), 0, 1, budget: 100));

    private static readonly Gen<Network> OneHiddenLayer =
        Gen.Choose(1, 6).SelectMany(width =>
            NumberGenerators.SmallRational.ArrayOf(width).Zip(NumberGenerators.SmallRational.ArrayOf(width)).Zip(NumberGenerators.SmallRational.ArrayOf(width + 1))
                .Select(t =>
                {
                    var ((w, b), c) = t;
                    return new Network(1, [
                        AffineLayer.Dense(w.Select(x => (IReadOnlyList<Rational>)[x]).ToArray(), b, Activation.Relu),
                        AffineLayer.Dense([c[..width]], [c[width]], Activation.Identity)]);
                }));

    /// <summary>
    /// Oracle: exact evaluation of the network at every vertex and at the midpoint between neighbours (where a straight
    /// line must pass). Invariant: there is one vertex more than the kernel's count of maximal linear pieces.
    /// </summary>
    [Fact]
    public void Vertices_RandomNetworks_ExactValuesLinearBetweenAndOneMoreThanThePieces()
    {
        Prop.ForAll(OneHiddenLayer.ToArbitrary(), n =>
        {
            var vertices = ExactCurves.Vertices(n, -3, 3);
            var pieces = PiecewiseLinear.CountDistinctPieces(n, Segment.Interval(-3, 3), out _);
            if (vertices.Count != pieces + 1 || vertices[0].X != -3 || vertices[^1].X != 3) return false;
            for (int i = 0; i < vertices.Count; i++)
            {
                if (n.Evaluate(vertices[i].X)[0] != vertices[i].Y) return false;
                if (i == 0) continue;
                var mid = (vertices[i - 1].X + vertices[i].X) / 2;
                if (n.Evaluate(mid)[0] != (vertices[i - 1].Y + vertices[i].Y) / 2) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Target_IncludesTheSwitchPointAndTheGivenPoints()
    {
        var f = TargetParser.Parse("abs(x - 1/3)");

        var points = ExactCurves.Target(f, 0, 1, [Rational.Create(1, 7), 5], samples: 10);

        Assert.Contains((Rational.Create(1, 3), Rational.Zero), points);
        Assert.Contains((Rational.Create(1, 7), Rational.Create(4, 21)), points);
        Assert.DoesNotContain(points, p => p.X > 1);
        Assert.Equal(13, points.Count);
        Assert.All(points, p => Assert.Equal(Rational.Abs(p.X - Rational.Create(1, 3)), p.Y));
    }

    [Theory]
    [InlineData(1)] [InlineData(4)]
    public void Error_SquareApproxWithMidpoints_PeaksAtExactlyFourToTheMinusMPlusOne(int m)
    {
        var vertices = ExactCurves.Vertices(SquareApprox.Build(m), 0, 1);

        var error = ExactCurves.Error(vertices, TargetParser.Parse("x^2"), perPiece: 1);

        // Oracle: h_m − x² is 0 at k/2^m and 4^−(m+1) at the midpoints (2k+1)/2^(m+1).
        Assert.Equal(2 * (1 << m) + 1, error.Count);
        Assert.All(error, p => Assert.Equal(p.X.Denominator == 1 << (m + 1) ? Rational.Pow(4, -(m + 1)) : Rational.Zero, p.Y));
    }
}
