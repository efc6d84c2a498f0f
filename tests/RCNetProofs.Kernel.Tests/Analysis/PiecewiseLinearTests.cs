using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

public class PiecewiseLinearTests
{
    private static List<LinearPiece> Pieces(Network n, Segment s, long budget = PiecewiseLinear.DefaultBudget)
    {
        var list = new List<LinearPiece>();
        var r = PiecewiseLinear.Enumerate(n, s, p => { list.Add(p); return true; }, budget);
        Assert.True(r.Complete);
        Assert.Equal(list.Count, r.Pieces);
        return list;
    }

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(5)] [InlineData(10)]
    public void Sawtooth_OnUnitInterval_Has2PowLPiecesCoveringInOrder(int L)
    {
        var pieces = Pieces(TestNetworks.Sawtooth(L), Segment.Interval(0, 1));
        Assert.Equal(1 << L, PiecewiseLinear.CountDistinctPieces(TestNetworks.Sawtooth(L), Segment.Interval(0, 1), out _));
        Assert.Equal(Rational.Zero, pieces[0].Start);
        Assert.Equal(Rational.One, pieces[^1].End);
        for (int i = 1; i < pieces.Count; i++) Assert.Equal(pieces[i - 1].End, pieces[i].Start);
        // each piece is the tent map's affine branch: slope ±2^L, and endpoints agree with the oracle
        foreach (var p in pieces)
        {
            Assert.Equal(Rational.Pow(2, L), Rational.Abs(p.Slope[0]));
            Assert.Equal(TestNetworks.Tent(p.Start, L), p.ValueAt(p.Start));
            Assert.Equal(TestNetworks.Tent(p.End, L), p.ValueAt(p.End));
        }
    }

    [Fact]
    public void Pieces_AgreeWithExactEvaluationOnDyadicGrid()
    {
        var net = TestNetworks.Sawtooth(4);
        var pieces = Pieces(net, Segment.Interval(-1, 2));
        var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
        for (int k = -64; k <= 128; k++)
        {
            var x = Rational.Create(k, 64);
            var p = pieces.First(q => q.Start <= x && x <= q.End);
            Assert.Equal(compiled.Evaluate([x])[0], p.ValueAt(x));
        }
    }

    [Fact]
    public void Budget_StopsEarlyWithTheCountReached()
    {
        var r = PiecewiseLinear.Enumerate(TestNetworks.Sawtooth(40), Segment.Interval(0, 1), _ => true, budget: 1000);
        Assert.False(r.Complete);
        Assert.Equal(1000, r.Pieces);
        Assert.Equal("budget", r.StoppedBy);
    }

    [Fact]
    public void Sink_CanStopEarly()
    {
        int seen = 0;
        var r = PiecewiseLinear.Enumerate(TestNetworks.Sawtooth(6), Segment.Interval(0, 1), _ => ++seen < 5);
        Assert.False(r.Complete);
        Assert.Equal("sink", r.StoppedBy);
        Assert.Equal(5, seen);
    }

    [Fact]
    public void Segment_InTwoDimensions_SplitsWhereMaxChangesBranch()
    {
        // along (t, 1 - t), max(x1, x2) bends once at t = 1/2
        var seg = Segment.Between([Rational.Zero, Rational.One], [Rational.One, Rational.Zero]);
        var pieces = Pieces(TestNetworks.Max2(), seg);
        Assert.Equal(2, PiecewiseLinear.CountDistinctPieces(TestNetworks.Max2(), seg, out _));
        Assert.Contains(pieces, p => p.End == Rational.Half);
        foreach (var p in pieces)
        {
            var mid = (p.Start + p.End) / 2;
            var x = seg.PointAt(mid);
            Assert.Equal(Rational.Max(x[0], x[1]), p.ValueAt(mid));
        }
    }

    [Fact]
    public void DegenerateSegment_GivesOnePointPiece()
    {
        var pieces = Pieces(TestNetworks.Abs(), Segment.Interval(Rational.Create(1, 3), Rational.Create(1, 3)));
        Assert.Single(pieces);
        Assert.Equal(Rational.Create(1, 3), pieces[0].ValueAt(Rational.Create(1, 3)));
    }

    [Fact]
    public void WrongDimension_IsRejectedWithSizes()
    {
        var e = Assert.Throws<ArgumentException>(() => PiecewiseLinear.Enumerate(TestNetworks.Max2(), Segment.Interval(0, 1), _ => true));
        Assert.Contains("R^1", e.Message);
        Assert.Contains("R^2", e.Message);
    }

    [Fact]
    public void Cancellation_GivesIncompleteResult()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = PiecewiseLinear.Enumerate(TestNetworks.Sawtooth(30), Segment.Interval(0, 1), _ => true, cancellation: cts.Token);
        Assert.False(r.Complete);
        Assert.Equal("timeout", r.StoppedBy);
    }

    [Fact]
    public void Enumerate_ReportsPiecesFoundSoFar_NeverMoreThanDelivered()
    {
        var reports = new List<long>();
        long delivered = 0;
        var result = PiecewiseLinear.Enumerate(TestNetworks.Sawtooth(14), Segment.Interval(0, 1), _ => { delivered++; return true; },
            piecesFound: new SynchronousProgress<long>(reports.Add));
        Assert.True(result.Complete);
        Assert.NotEmpty(reports);
        Assert.True(reports.SequenceEqual(reports.Order()), "reports are non-decreasing");
        Assert.All(reports, n => Assert.InRange(n, 0, delivered));
        Assert.Equal(1 << 14, delivered);
    }
}
