using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The negation −Operand.</summary>
/// <param name="Operand">The negated expression.</param>
public sealed record NegationExpression(TargetExpression Operand) : TargetExpression
{
    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => -Operand.Evaluate(x);

    /// <inheritdoc />
    public override bool ContainsVariable => Operand.ContainsVariable;

    /// <inheritdoc />
    public override int Dimension => Operand.Dimension;

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => -Operand.EvaluateAt(point);

    internal override TargetEnclosure EncloseOn(Box box) => Operand.EncloseOn(box).Negate();

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) => Operand.ToPiecewise(a, b).Map(p => -p);

    internal override int Precedence => UnaryPrecedence;

    internal override void Write(StringBuilder text)
    {
        text.Append('-');
        WriteOperand(text, Operand, UnaryPrecedence);
    }
}
