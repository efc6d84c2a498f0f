using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>
/// A target function: rational constants, the variable x (or the coordinates x1, x2, … of a point), + − · ^, unary
/// minus, abs, min, max and floor.
/// </summary>
/// <remarks>
/// A closed hierarchy: the node records in this namespace are the only subtypes. Equality is structural.
/// <see cref="ToString"/> gives text that <see cref="TargetParser.Parse"/> reads back to an equal function.
/// As a function of one variable (x, which is also x1) an expression without floor is continuous and piecewise
/// polynomial and can be restricted to exact pieces (<see cref="Restrict"/>); x2, x3, … and floor are for functions
/// on boxes (<see cref="Evaluate(IReadOnlyList{Rational})"/>, <see cref="Enclose"/>).
/// </remarks>
public abstract record TargetExpression
{
    // Binding strength in the printed form, loosest first; an operand is parenthesised below its slot's level.
    internal const int AdditivePrecedence = 1, MultiplicativePrecedence = 2, UnaryPrecedence = 3, PowerPrecedence = 4, AtomPrecedence = 5;

    private protected TargetExpression() { }

    /// <summary>The exact value of the function at x.</summary>
    /// <exception cref="TargetUnsupportedException">When the expression reads a coordinate other than x = x1.</exception>
    public abstract Rational Evaluate(Rational x);

    /// <summary>The number of coordinates the expression reads: k when xk is the highest it names (x is x1), 0 for a constant.</summary>
    public abstract int Dimension { get; }

    /// <summary>The exact value at a point (x1, x2, …); x is x1.</summary>
    /// <exception cref="ArgumentException">When the point has fewer than <see cref="Dimension"/> coordinates.</exception>
    public Rational Evaluate(IReadOnlyList<Rational> point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.Count < Dimension) throw new ArgumentException($"target {this}: the point has {point.Count} coordinates, the target reads {Dimension}", nameof(point));
        return EvaluateAt(point);
    }

    /// <summary>
    /// An exact enclosure of the function's values over the box, by exact interval evaluation of the expression tree:
    /// sums, differences and products of the enclosures of the operands, exact images for monotone pieces (odd powers,
    /// floor) and for abs and even powers. Sound always; it is the exact range, with points where both ends are attained,
    /// when no subexpression needs an enclosure that is not attained (e.g. for targets monotone in each coordinate,
    /// x², |x − c|, max or min of functions of different coordinates, x1·x2).
    /// </summary>
    /// <exception cref="ArgumentException">When the box has fewer than <see cref="Dimension"/> coordinates.</exception>
    public TargetEnclosure Enclose(Box box)
    {
        ArgumentNullException.ThrowIfNull(box);
        if (box.Dimension < Dimension) throw new ArgumentException($"target {this}: the box has {box.Dimension} coordinates, the target reads {Dimension}", nameof(box));
        return EncloseOn(box);
    }

    internal abstract Rational EvaluateAt(IReadOnlyList<Rational> point);

    internal abstract TargetEnclosure EncloseOn(Box box);

    /// <summary>
    /// For an expression affine in one coordinate, s·x_k + t with s ≠ 0, the point of the box (that coordinate fixed) where
    /// it vanishes; for the constant 0, every point; otherwise (or when the zero lies outside the box) null.
    /// </summary>
    internal static IReadOnlyDictionary<int, Rational>? ZeroOn(TargetExpression e, Box box)
    {
        if (AffineForm(e) is not var (k, s, t)) return null;
        if (k < 0) return t.IsZero ? new Dictionary<int, Rational>() : null;
        if (s.IsZero) return t.IsZero ? new Dictionary<int, Rational>() : null;
        var root = -t / s;
        return root < box.Lower[k] || root > box.Upper[k] ? null : TargetEnclosure.At(k, root);
    }

    // (coordinate, slope, offset) of an expression s·x_k + t (k = −1 for a constant), or null.
    private static (int Coordinate, Rational Slope, Rational Offset)? AffineForm(TargetExpression e)
    {
        switch (e)
        {
            case ConstantExpression c: return (-1, Rational.Zero, c.Value);
            case VariableExpression: return (0, Rational.One, Rational.Zero);
            case CoordinateExpression x: return (x.Index - 1, Rational.One, Rational.Zero);
            case NegationExpression n:
                return AffineForm(n.Operand) is var (k, s, t) ? (k, -s, -t) : null;
            case SumExpression or DifferenceExpression:
            {
                var (l, r, sign) = e is SumExpression sum ? (sum.Left, sum.Right, 1) : (((DifferenceExpression)e).Left, ((DifferenceExpression)e).Right, -1);
                if (AffineForm(l) is not var (kl, sl, tl) || AffineForm(r) is not var (kr, sr, tr)) return null;
                if (kl >= 0 && kr >= 0 && kl != kr) return null;
                return (Math.Max(kl, kr), sl + sign * sr, tl + sign * tr);
            }
            case ProductExpression p:
            {
                if (AffineForm(p.Left) is not var (kl, sl, tl) || AffineForm(p.Right) is not var (kr, sr, tr)) return null;
                if (kl < 0) return (kr, tl * sr, tl * tr);
                if (kr < 0) return (kl, sl * tr, tl * tr);
                return null;
            }
            default: return null;
        }
    }

    /// <summary>The function on [a, b] as exact polynomial pieces; see <see cref="PiecewisePolynomial.Restrict"/>.</summary>
    /// <exception cref="ArgumentException">When a ≥ b.</exception>
    /// <exception cref="TargetUnsupportedException">When a split point inside (a, b) is irrational.</exception>
    public PiecewisePolynomial Restrict(Rational a, Rational b) => PiecewisePolynomial.Restrict(this, a, b);

    /// <summary>True when x occurs in the expression.</summary>
    public abstract bool ContainsVariable { get; }

    /// <summary>The function on [a, b], a &lt; b, as exact pieces.</summary>
    internal abstract PiecewisePolynomial ToPiecewise(Rational a, Rational b);

    internal abstract int Precedence { get; }

    internal abstract void Write(StringBuilder text);

    /// <summary>Writes an operand, in parentheses when it binds more loosely than its slot requires.</summary>
    internal static void WriteOperand(StringBuilder text, TargetExpression operand, int slotPrecedence)
    {
        bool parenthesise = operand.Precedence < slotPrecedence;
        if (parenthesise) text.Append('(');
        operand.Write(text);
        if (parenthesise) text.Append(')');
    }

    /// <summary>Parseable text with the fewest parentheses that keep the tree's shape, e.g. "abs(x - 1/3)".</summary>
    public sealed override string ToString()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }
}
