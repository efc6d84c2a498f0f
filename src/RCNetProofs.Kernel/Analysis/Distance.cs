using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// Exact distances between a scalar network and a piecewise-polynomial target on an interval: the supremum of
/// |N − f| and the integrals ∫|N − f|^p, folded over the streamed pieces of <see cref="PiecewiseLinear"/>.
/// </summary>
/// <remarks>
/// On each common piece of network and target, N − f is a polynomial e. Its largest |e| sits at an end or at a
/// root of e′; its integral splits at the roots of e. Rational roots are found exactly; an irrational root is
/// isolated by a Sturm sequence and refined, and its contribution enters as an exact rational enclosure. So the
/// answer is exact whenever every point that matters is rational, and otherwise a tight enclosure.
/// </remarks>
public static class Distance
{
    /// <summary>Width to which an irrational root's isolating interval is refined, relative to the piece length.</summary>
    private static readonly Rational RootRefinement = Rational.Pow(2, -64);

    /// <summary>sup over [Start, End] of |N(x) − f(x)|, for N with one input and one output.</summary>
    /// <exception cref="ArgumentException">When the network is not R → R.</exception>
    public static SupDistance Sup(Network network, PiecewisePolynomial target, long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default,
        Action<LinearPiece>? observe = null)
    {
        RequireScalar(network);
        var low = Rational.Zero; var high = Rational.Zero; var argMax = target.Start;
        void See(Rational x, Rational value)
        {
            if (value > low) { low = value; argMax = x; }
            if (value > high) high = value;
        }
        var result = ForEachOverlap(network, target, (alpha, beta, poly, u, v) =>
        {
            if (poly.Degree <= 2)
            {
                // Fast path without building e: e(x) = c2·x² + c1·x + c0.
                Rational c0 = beta - poly[0], c1 = alpha - poly[1], c2 = -poly[2];
                Rational E(Rational x) => Rational.Abs((c2 * x + c1) * x + c0);
                See(u, E(u));
                if (u == v) return;
                See(v, E(v));
                if (!c2.IsZero)
                {
                    var x = -c1 / (2 * c2);
                    if (x > u && x < v) See(x, E(x));
                }
                return;
            }
            var e = Polynomial.FromCoefficients(beta, alpha) - poly;
            See(u, Rational.Abs(e.Evaluate(u)));
            if (u == v) return;
            See(v, Rational.Abs(e.Evaluate(v)));
            foreach (var root in e.Derivative().IsolateRoots(u, v))
            {
                if (root.IsExact) { See(root.Lower, Rational.Abs(e.Evaluate(root.Lower))); continue; }
                var r = root.Refine((v - u) * RootRefinement);
                var (lo, hi) = IntervalEvaluation.Enclose(e, r.Lower, r.Upper);
                var upper = Rational.Max(Rational.Abs(lo), Rational.Abs(hi));
                var mid = (r.Lower + r.Upper) * Rational.Half;
                See(mid, Rational.Abs(e.Evaluate(mid)));
                if (upper > high) high = upper;
            }
        }, budget, cancellation, observe);
        return new SupDistance(result, low, high, argMax);
    }

    /// <summary>∫ over [Start, End] of |N(x) − f(x)|^p dx, for N with one input and one output and p ≥ 1.</summary>
    /// <exception cref="ArgumentException">When the network is not R → R.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When p &lt; 1.</exception>
    public static LpDistance Lp(Network network, PiecewisePolynomial target, int p, long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default,
        Action<LinearPiece>? observe = null)
    {
        RequireScalar(network);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        var low = Rational.Zero; var high = Rational.Zero;
        var result = ForEachOverlap(network, target, (alpha, beta, poly, u, v) =>
        {
            var e = Polynomial.FromCoefficients(beta, alpha) - poly;
            if (u == v || e.IsZero) return;
            var ep = p == 1 ? e : e.Pow(p);
            if (p % 2 == 0) { var exact = ep.Integrate(u, v); low += exact; high += exact; return; }
            var (lo, hi) = OddPowerIntegral(e, ep.Antiderivative(), u, v);
            low += lo; high += hi;
        }, budget, cancellation, observe);
        return new LpDistance(result, p, low, high);
    }

    /// <summary>∫_u^v |e|^p for odd p, given E = ∫ e^p: split at the sign changes of e (exact or enclosed).</summary>
    private static (Rational Low, Rational High) OddPowerIntegral(Polynomial e, Polynomial E, Rational u, Rational v)
    {
        var roots = new List<(Rational Lower, Rational Upper)>();
        if (e.Degree == 1)
        {
            var r = -e[0] / e[1];
            if (r > u && r < v) roots.Add((r, r));
        }
        else if (e.Degree >= 2)
        {
            foreach (var root in e.IsolateRoots(u, v))
            {
                var r = root.IsExact ? root : root.Refine((v - u) * RootRefinement);
                if (r.Upper <= u || r.Lower >= v) continue; // a root at an end of the piece does not split it
                roots.Add((r.Lower, r.Upper));
            }
        }
        // Sign of e on each stretch between consecutive split points, read at a point strictly inside it.
        var signs = new int[roots.Count + 1];
        for (int k = 0; k <= roots.Count; k++)
        {
            var left = k == 0 ? u : roots[k - 1].Upper;
            var right = k == roots.Count ? v : roots[k].Lower;
            signs[k] = e.Evaluate((left + right) * Rational.Half).Sign;
        }
        // ∫|e|^p = s_last·E(v) − s_0·E(u) + Σ_k (s_k − s_{k+1})·E(r_k).
        var exact = signs[^1] * E.Evaluate(v) - signs[0] * E.Evaluate(u);
        Rational low = exact, high = exact;
        for (int k = 0; k < roots.Count; k++)
        {
            int c = signs[k] - signs[k + 1];
            if (c == 0) continue;
            var (lo, hi) = roots[k].Lower == roots[k].Upper
                ? (E.Evaluate(roots[k].Lower), E.Evaluate(roots[k].Lower))
                : IntervalEvaluation.Enclose(E, roots[k].Lower, roots[k].Upper);
            if (c > 0) { low += c * lo; high += c * hi; } else { low += c * hi; high += c * lo; }
        }
        return (low, high);
    }


    private delegate void OverlapVisitor(Rational slope, Rational intercept, Polynomial target, Rational u, Rational v);

    /// <summary>Calls <paramref name="visit"/> on every common piece of network and target, left to right.</summary>
    private static EnumerationResult ForEachOverlap(Network network, PiecewisePolynomial target, OverlapVisitor visit,
        long budget, CancellationToken cancellation, Action<LinearPiece>? observe)
    {
        var pieces = target.Pieces;
        int j = 0;
        return PiecewiseLinear.Enumerate(network, Segment.Interval(target.Start, target.End), piece =>
        {
            observe?.Invoke(piece);
            var s = piece.Start; var t = piece.End;
            while (j < pieces.Count - 1 && pieces[j].Right <= s && !(s == t && pieces[j].Right == s)) j++;
            for (int k = j; k < pieces.Count; k++)
            {
                var u = Rational.Max(s, pieces[k].Left); var v = Rational.Min(t, pieces[k].Right);
                if (u < v || (u == v && s == t)) visit(piece.Slope[0], piece.Intercept[0], pieces[k].Polynomial, u, v);
                if (pieces[k].Right >= t) break;
            }
            return true;
        }, budget, cancellation);
    }

    private static void RequireScalar(Network network)
    {
        if (network.InputDimension != 1 || network.OutputDimension != 1)
            throw new ArgumentException($"distance on an interval needs a network R → R; this one is R^{network.InputDimension} → R^{network.OutputDimension}");
    }
}
