using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The difference Left − Right.</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record DifferenceExpression(TargetExpression Left, TargetExpression Right) : TargetExpression
{
    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => Left.Evaluate(x) - Right.Evaluate(x);

    /// <inheritdoc />
    public override bool ContainsVariable => Left.ContainsVariable || Right.ContainsVariable;

    /// <inheritdoc />
    public override int Dimension => Math.Max(Left.Dimension, Right.Dimension);

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => Left.EvaluateAt(point) - Right.EvaluateAt(point);

    internal override TargetEnclosure EncloseOn(Box box) => TargetEnclosure.Sum(Left.EncloseOn(box), Right.EncloseOn(box).Negate());

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) =>
        PiecewisePolynomial.Combine(Left.ToPiecewise(a, b), Right.ToPiecewise(a, b), (p, q) => p - q);

    internal override int Precedence => AdditivePrecedence;

    // Left-associative: a right operand of the same level keeps its parentheses.
    internal override void Write(StringBuilder text)
    {
        WriteOperand(text, Left, AdditivePrecedence);
        text.Append(" - ");
        WriteOperand(text, Right, MultiplicativePrecedence);
    }
}
