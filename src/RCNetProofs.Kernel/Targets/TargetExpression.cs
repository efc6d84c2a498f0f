using System.Text;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>A target function of one variable x: rational constants, x, + − · ^, unary minus, abs, min and max.</summary>
/// <remarks>
/// A closed hierarchy: the node records in this namespace are the only subtypes. Every expression denotes a
/// continuous function R → R that is piecewise polynomial. Equality is structural. <see cref="ToString"/>
/// gives text that <see cref="TargetParser.Parse"/> reads back to an equal function.
/// </remarks>
public abstract record TargetExpression
{
    // Binding strength in the printed form, loosest first; an operand is parenthesised below its slot's level.
    internal const int AdditivePrecedence = 1, MultiplicativePrecedence = 2, UnaryPrecedence = 3, PowerPrecedence = 4, AtomPrecedence = 5;

    private protected TargetExpression() { }

    /// <summary>The exact value of the function at x.</summary>
    public abstract Rational Evaluate(Rational x);

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
