using System.Runtime.CompilerServices;
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
        Action<LinearPiece>? observe = null, IProgress<long>? piecesFound = null)
    {
        RequireScalar(network);
        var low = Rational.Zero; var high = Rational.Zero; var argMax = target.Start;
        void See(Rational x, Rational value)
        {
            if (value > low) { low = value; argMax = x; }
            if (value > high) high = value;
        }
        // Candidates met on the dyadic path are kept in dyadic form and merged at the end (no GCDs on the hot path).
        var lowD = Dyadic.Zero; var argD = Dyadic.Zero; bool haveD = false;
        var lastEnd = Dyadic.Zero; var lastLeft = Dyadic.Zero; bool haveEnd = false;
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        void SeeD(Dyadic x, Dyadic value)
        {
            if (!haveD || value > lowD) { lowD = value; argD = x; haveD = true; }
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
        }, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (alpha, beta, tp, u, v) =>
        {
            // Same fast path in dyadic arithmetic: e(x) = c2·x² + c1·x + c0 with dyadic coefficients.
            Dyadic c0 = beta - tp.C0, c1 = alpha - tp.C1, c2 = -tp.C2;
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            Dyadic E(Dyadic x) => Dyadic.Abs(Dyadic.MultiplyAdd(Dyadic.MultiplyAdd(c2, x, c1), x, c0));
            // N is continuous, so where this piece starts at the previous piece's end on the same target piece,
            // |N − f| there was already seen.
            if (!(haveEnd && u == lastEnd && tp.Left == lastLeft)) SeeD(u, E(u));
            if (u == v) return true;
            SeeD(v, E(v));
            haveEnd = true; lastEnd = v; lastLeft = tp.Left;
            if (!c2.IsZero)
            {
                if (!Dyadic.TryDivide(-c1, c2.ScaleB(1), out var x))
                {
                    var xr = -Rational.FromDyadic(c1) / (2 * Rational.FromDyadic(c2));
                    if (xr > Rational.FromDyadic(u) && xr < Rational.FromDyadic(v))
                        See(xr, Rational.Abs((Rational.FromDyadic(c2) * xr + Rational.FromDyadic(c1)) * xr + Rational.FromDyadic(c0)));
                }
                else if (x > u && x < v) SeeD(x, E(x));
            }
            return true;
        }, budget, cancellation, observe, piecesFound);
        if (haveD)
        {
            var l = Rational.FromDyadic(lowD);
            if (l > low) { low = l; argMax = Rational.FromDyadic(argD); }
            if (l > high) high = l;
        }
        return new SupDistance(result, low, high, argMax);
    }

    /// <summary>∫ over [Start, End] of |N(x) − f(x)|^p dx, for N with one input and one output and p ≥ 1.</summary>
    /// <exception cref="ArgumentException">When the network is not R → R.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When p &lt; 1.</exception>
    public static LpDistance Lp(Network network, PiecewisePolynomial target, int p, long budget = PiecewiseLinear.DefaultBudget, CancellationToken cancellation = default,
        Action<LinearPiece>? observe = null, IProgress<long>? piecesFound = null)
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
        }, null, budget, cancellation, observe, piecesFound);
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


    /// <summary>Receives N's affine map and f's polynomial on one common piece [u, v].</summary>
    private delegate void OverlapVisitor(Rational slope, Rational intercept, Polynomial target, Rational u, Rational v);

    /// <summary>The same over dyadics, for target pieces of degree ≤ 2 with dyadic ends and coefficients; false = not handled.</summary>
    private delegate bool DyadicOverlapVisitor(Dyadic slope, Dyadic intercept, DyadicTargetPiece target, Dyadic u, Dyadic v);

    /// <summary>A target piece of degree ≤ 2 written over dyadics (Usable is false when that is impossible).</summary>
    private readonly record struct DyadicTargetPiece(bool Usable, Dyadic Left, Dyadic Right, Dyadic C0, Dyadic C1, Dyadic C2);

    /// <summary>Calls a visitor on every common piece of network and target, left to right.</summary>
    private static EnumerationResult ForEachOverlap(Network network, PiecewisePolynomial target, OverlapVisitor visit,
        DyadicOverlapVisitor? visitDyadic, long budget, CancellationToken cancellation, Action<LinearPiece>? observe, IProgress<long>? piecesFound) =>
        PiecewiseLinear.Enumerate(network, Segment.Interval(target.Start, target.End), new OverlapWalker(target, visit, visitDyadic, observe), budget, cancellation, piecesFound);

    /// <summary>Walks network pieces and target pieces together; dyadic pieces stay dyadic when the target allows.</summary>
    private sealed class OverlapWalker : IPieceVisitor
    {
        private readonly IReadOnlyList<PolynomialPiece> _pieces;
        private readonly DyadicTargetPiece[]? _dyadic;
        private readonly OverlapVisitor _visit;
        private readonly DyadicOverlapVisitor? _visitDyadic;
        private readonly Action<LinearPiece>? _observe;
        private int _j;

        public OverlapWalker(PiecewisePolynomial target, OverlapVisitor visit, DyadicOverlapVisitor? visitDyadic, Action<LinearPiece>? observe)
        {
            _pieces = target.Pieces; _visit = visit; _visitDyadic = visitDyadic; _observe = observe;
            if (visitDyadic is null || observe is not null) return;
            var d = new DyadicTargetPiece[_pieces.Count];
            for (int k = 0; k < d.Length; k++)
            {
                var p = _pieces[k];
                // The walk compares ends, so every target piece needs dyadic ends for the dyadic path to be used at all.
                if (!p.Left.TryToDyadic(out var l) || !p.Right.TryToDyadic(out var r)) return;
                bool ok = p.Polynomial.Degree <= 2 & p.Polynomial[0].TryToDyadic(out var c0)
                    & p.Polynomial[1].TryToDyadic(out var c1) & p.Polynomial[2].TryToDyadic(out var c2);
                d[k] = new DyadicTargetPiece(ok, l, r, c0, c1, c2);
            }
            _dyadic = d;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Visit<T>(T start, T end, T[] slope, T[] intercept)
        {
            if (typeof(T) == typeof(Dyadic) && _dyadic is not null)
            {
                var s = (Dyadic)(object)start!; var t = (Dyadic)(object)end!;
                var a = ((Dyadic[])(object)slope)[0]; var b = ((Dyadic[])(object)intercept)[0];
                while (_j < _dyadic.Length - 1 && _dyadic[_j].Right <= s && !(s == t && _dyadic[_j].Right == s)) _j++;
                for (int k = _j; k < _dyadic.Length; k++)
                {
                    var tp = _dyadic[k];
                    var u = Dyadic.Max(s, tp.Left); var v = Dyadic.Min(t, tp.Right);
                    if ((u < v || (u == v && s == t)) && (!tp.Usable || !_visitDyadic!(a, b, tp, u, v)))
                        _visit(Rational.FromDyadic(a), Rational.FromDyadic(b), _pieces[k].Polynomial, Rational.FromDyadic(u), Rational.FromDyadic(v));
                    if (tp.Right >= t) break;
                }
                return true;
            }
            Rational rs, rt, ra, rb;
            if (typeof(T) == typeof(Dyadic))
            {
                rs = Rational.FromDyadic((Dyadic)(object)start!); rt = Rational.FromDyadic((Dyadic)(object)end!);
                ra = Rational.FromDyadic(((Dyadic[])(object)slope)[0]); rb = Rational.FromDyadic(((Dyadic[])(object)intercept)[0]);
            }
            else
            {
                rs = (Rational)(object)start!; rt = (Rational)(object)end!;
                ra = ((Rational[])(object)slope)[0]; rb = ((Rational[])(object)intercept)[0];
            }
            _observe?.Invoke(new LinearPiece(rs, rt, [ra], [rb]));
            while (_j < _pieces.Count - 1 && _pieces[_j].Right <= rs && !(rs == rt && _pieces[_j].Right == rs)) _j++;
            for (int k = _j; k < _pieces.Count; k++)
            {
                var u = Rational.Max(rs, _pieces[k].Left); var v = Rational.Min(rt, _pieces[k].Right);
                if (u < v || (u == v && rs == rt)) _visit(ra, rb, _pieces[k].Polynomial, u, v);
                if (_pieces[k].Right >= rt) break;
            }
            return true;
        }
    }

    private static void RequireScalar(Network network)
    {
        if (network.InputDimension != 1 || network.OutputDimension != 1)
            throw new ArgumentException($"distance on an interval needs a network R → R; this one is R^{network.InputDimension} → R^{network.OutputDimension}");
    }
}
