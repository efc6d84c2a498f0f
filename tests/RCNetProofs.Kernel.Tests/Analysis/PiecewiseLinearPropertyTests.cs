using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

/// <summary>Random networks against independent oracles: exact evaluation on grids, and brute-force breakpoints.</summary>
public class PiecewiseLinearPropertyTests
{
    /// <summary>
    /// Invariant: the pieces tile the segment in order. Oracle: at every point of a dense dyadic grid along the
    /// segment, each output of the piece's affine map equals the network evaluated exactly at that point.
    /// </summary>
    [Fact]
    public void Pieces_MatchExactEvaluationOnADyadicGrid_ForRandomNetworksAndSegments()
    {
        var gen = NetworkGenerators.Networks().SelectMany(n =>
            NetworkGenerators.DyadicGridPoints(n.InputDimension).Two().Select(pq => (n, pq.Item1, pq.Item2)));
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (net, p, q) = t;
            var seg = Segment.Between(p, q);
            var pieces = new List<LinearPiece>();
            var run = PiecewiseLinear.Enumerate(net, seg, piece => { pieces.Add(piece); return true; });
            if (!run.Complete || pieces[0].Start != 0 || pieces[^1].End != 1) return false;
            for (int i = 1; i < pieces.Count; i++) if (pieces[i].Start != pieces[i - 1].End || pieces[i].Start > pieces[i].End) return false;
            var compiled = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
            int j = 0;
            for (int k = 0; k <= 256; k++)
            {
                var tt = Rational.Create(k, 256);
                while (pieces[j].End < tt) j++;
                var exact = compiled.Evaluate(seg.PointAt(tt));
                for (int o = 0; o < exact.Length; o++) if (pieces[j].ValueAt(tt, o) != exact[o]) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static readonly Gen<Network> OneHiddenLayer =
        Gen.Choose(1, 6).SelectMany(width =>
            NumberGenerators.SmallRational.ArrayOf(width).Zip(NumberGenerators.SmallRational.ArrayOf(width))
                .Zip(NumberGenerators.SmallRational.ArrayOf(width + 1))
                .Select(t =>
                {
                    var ((w, b), c) = t;
                    return new Network(1, [
                        AffineLayer.Dense(w.Select(x => (IReadOnlyList<Rational>)[x]).ToArray(), b, Activation.Relu),
                        AffineLayer.Dense([c[..width]], [c[width]], Activation.Identity)]);
                }));

    /// <summary>Breakpoints of a one-hidden-layer network, from its weights: −b_i/w_i (an oracle independent of the enumeration).</summary>
    private static List<Rational> Grid(Network n, Rational a, Rational b)
    {
        var layer = n.Layers[0];
        var pts = new SortedSet<Rational> { a, b };
        for (int i = 0; i < layer.OutputSize; i++)
        {
            var w = layer.Weight(i, 0);
            if (w.IsZero) continue;
            var x = -layer.Bias[i] / w;
            if (x > a && x < b) pts.Add(x);
        }
        return pts.ToList();
    }

    /// <summary>
    /// Oracle: sup |N − x²| over the brute-force candidates (breakpoints, ends, and the vertex of each parabola
    /// piece), and ∫(N − x²)² by Boole's rule on each piece (exact for degree ≤ 5), everything evaluated exactly.
    /// </summary>
    [Fact]
    public void SupAndL2_AgreeWithBruteForce_OnRandomOneHiddenLayerNetworks()
    {
        var target = PiecewisePolynomial.Restrict(TargetParser.Parse("x^2"), -2, 2);
        Prop.ForAll(OneHiddenLayer.ToArbitrary(), net =>
        {
            var c = new CompiledNetwork<Rational>(net, NumberConverters.ToRational);
            Rational E(Rational x) => c.Evaluate([x])[0] - x * x;
            var grid = Grid(net, -2, 2);
            Rational sup = Rational.Zero, l2 = Rational.Zero;
            for (int i = 0; i + 1 < grid.Count; i++)
            {
                Rational u = grid[i], v = grid[i + 1], h = (v - u) / 4;
                var slope = (E(v) + v * v - E(u) - u * u) / (v - u); // N's slope on the piece
                foreach (var x in new[] { u, v, slope / 2 }) if (x >= u && x <= v) sup = Rational.Max(sup, Rational.Abs(E(x)));
                Rational F(int k) { var e = E(u + k * h); return e * e; }
                l2 += 2 * h / 45 * (7 * F(0) + 32 * F(1) + 12 * F(2) + 32 * F(3) + 7 * F(4));
            }
            var s = Distance.Sup(net, target); var l = Distance.Lp(net, target, 2);
            return s.Exact == sup && l.Exact == l2;
        }).QuickCheckThrowOnFailure();
    }
}
