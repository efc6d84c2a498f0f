using System.Collections.Immutable;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>A function on [Start, End] given exactly by polynomial pieces on consecutive closed intervals.</summary>
/// <remarks>
/// Invariants: at least one piece; each piece starts where the previous one ends; neighbouring pieces have
/// different polynomials (equal ones are merged on construction), so the breakpoints are canonical.
/// Pieces of a <see cref="TargetExpression"/> agree at shared ends because targets are continuous.
/// </remarks>
public sealed class PiecewisePolynomial
{
    private readonly ImmutableArray<PolynomialPiece> _pieces;

    /// <summary>Builds a piecewise polynomial from consecutive pieces, merging neighbours with equal polynomials.</summary>
    /// <exception cref="ArgumentException">For no pieces, or a gap or overlap between consecutive pieces.</exception>
    public PiecewisePolynomial(IEnumerable<PolynomialPiece> pieces)
    {
        var merged = new List<PolynomialPiece>();
        foreach (var piece in pieces)
        {
            if (merged.Count == 0) { merged.Add(piece); continue; }
            var last = merged[^1];
            if (piece.Left != last.Right)
                throw new ArgumentException($"piece {piece} does not start where the previous piece ends ({last.Right})", nameof(pieces));
            if (piece.Polynomial == last.Polynomial) merged[^1] = new PolynomialPiece(last.Left, piece.Right, last.Polynomial);
            else merged.Add(piece);
        }
        if (merged.Count == 0) throw new ArgumentException("a piecewise polynomial needs at least one piece", nameof(pieces));
        _pieces = [.. merged];
    }

    /// <summary>The pieces, left to right.</summary>
    public IReadOnlyList<PolynomialPiece> Pieces => _pieces;
    /// <summary>The left end of the domain.</summary>
    public Rational Start => _pieces[0].Left;
    /// <summary>The right end of the domain.</summary>
    public Rational End => _pieces[^1].Right;
    /// <summary>The interior points where one piece ends and the next begins, increasing.</summary>
    public IReadOnlyList<Rational> Breakpoints => [.. _pieces.Skip(1).Select(piece => piece.Left)];

    /// <summary>The target expression on [a, b] as exact polynomial pieces, split where abs, min or max switch branch.</summary>
    /// <remarks>
    /// Split points are the sign changes of abs arguments and of min/max differences. Only rational split points
    /// are supported: every rational root is found exactly (see <see cref="Polynomial.IsolateRoots"/>); a sign
    /// change at an irrational point throws <see cref="TargetUnsupportedException"/> carrying its isolating
    /// interval. Roots where the sign does not change (even multiplicity) need no split and are accepted.
    /// </remarks>
    /// <exception cref="ArgumentException">When a ≥ b.</exception>
    /// <exception cref="TargetUnsupportedException">When a split point inside (a, b) is irrational.</exception>
    public static PiecewisePolynomial Restrict(TargetExpression expression, Rational a, Rational b)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (a >= b) throw new ArgumentException($"restrict: interval [{a}, {b}] must have a < b");
        return expression.ToPiecewise(a, b);
    }

    /// <summary>The exact value at x; at a breakpoint, the value of the piece on its left.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When x lies outside [Start, End].</exception>
    public Rational Evaluate(Rational x)
    {
        if (x < Start || x > End) throw new ArgumentOutOfRangeException(nameof(x), x, $"outside [{Start}, {End}]");
        int lo = 0, hi = _pieces.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_pieces[mid].Right < x) lo = mid + 1;
            else hi = mid;
        }
        return _pieces[lo].Polynomial.Evaluate(x);
    }

    /// <summary>The pieces separated by "; ", e.g. "[0, 1/3]: -x + 1/3; [1/3, 1]: x - 1/3".</summary>
    public override string ToString() => string.Join("; ", Pieces);

    /// <summary>The same function on [a, b] ⊆ [Start, End], a &lt; b: pieces outside dropped, the end pieces cut.</summary>
    internal PiecewisePolynomial Between(Rational a, Rational b)
    {
        if (a == Start && b == End) return this;
        var cut = new List<PolynomialPiece>();
        foreach (var piece in _pieces)
        {
            var left = Rational.Max(piece.Left, a);
            var right = Rational.Min(piece.Right, b);
            if (left < right) cut.Add(left == piece.Left && right == piece.Right ? piece : new PolynomialPiece(left, right, piece.Polynomial));
        }
        return new PiecewisePolynomial(cut);
    }

    internal static PiecewisePolynomial Single(Polynomial p, Rational a, Rational b) => new([new PolynomialPiece(a, b, p)]);

    internal PiecewisePolynomial Map(Func<Polynomial, Polynomial> map) =>
        new(_pieces.Select(piece => new PolynomialPiece(piece.Left, piece.Right, map(piece.Polynomial))));

    /// <summary>Pointwise combine(f, g) on the common refinement of both piece lists; both must cover the same interval.</summary>
    internal static PiecewisePolynomial Combine(PiecewisePolynomial f, PiecewisePolynomial g, Func<Polynomial, Polynomial, Polynomial> combine) =>
        new(Overlay(f, g).Select(o => new PolynomialPiece(o.Left, o.Right, combine(o.F, o.G))));

    /// <summary>Pointwise max(f, g) (takeLarger) or min(f, g), split where f − g changes sign.</summary>
    /// <exception cref="TargetUnsupportedException">When f − g changes sign at an irrational point.</exception>
    internal static PiecewisePolynomial Select(PiecewisePolynomial f, PiecewisePolynomial g, bool takeLarger, string operation)
    {
        var pieces = new List<PolynomialPiece>();
        foreach (var (left, right, p, q) in Overlay(f, g))
        {
            var difference = p - q;
            List<Rational> points = difference.IsZero ? [left, right] : SignChangePoints(difference, left, right, operation);
            for (int i = 0; i + 1 < points.Count; i++)
            {
                // No sign change inside the sub-piece, and its rational midpoint is no root of a non-zero difference.
                int sign = difference.Evaluate((points[i] + points[i + 1]) * Rational.Half).Sign;
                bool takeP = takeLarger ? sign >= 0 : sign <= 0;
                pieces.Add(new PolynomialPiece(points[i], points[i + 1], takeP ? p : q));
            }
        }
        return new PiecewisePolynomial(pieces);
    }

    // left, the rational roots of d strictly inside (left, right), right; throws at an irrational sign change.
    private static List<Rational> SignChangePoints(Polynomial d, Rational left, Rational right, string operation)
    {
        var points = new List<Rational> { left };
        foreach (var root in d.IsolateRoots(left, right))
        {
            if (root.IsExact)
            {
                if (root.Lower > left && root.Lower < right) points.Add(root.Lower);
            }
            else if (d.Evaluate(root.Lower).Sign != d.Evaluate(root.Upper).Sign)
            {
                throw new TargetUnsupportedException(
                    $"{operation}: {d} changes sign at an irrational point, the {root}; only rational split points are supported",
                    root);
            }
        }
        points.Add(right);
        return points;
    }

    // The common refinement of two piece lists over the same interval, with the polynomial of each on every part.
    private static IEnumerable<(Rational Left, Rational Right, Polynomial F, Polynomial G)> Overlay(PiecewisePolynomial f, PiecewisePolynomial g)
    {
        if (f.Start != g.Start || f.End != g.End)
            throw new ArgumentException($"pieces cover [{f.Start}, {f.End}] and [{g.Start}, {g.End}]");
        int i = 0, j = 0;
        var left = f.Start;
        while (i < f._pieces.Length && j < g._pieces.Length)
        {
            var right = Rational.Min(f._pieces[i].Right, g._pieces[j].Right);
            yield return (left, right, f._pieces[i].Polynomial, g._pieces[j].Polynomial);
            if (f._pieces[i].Right == right) i++;
            if (g._pieces[j].Right == right) j++;
            left = right;
        }
    }
}
