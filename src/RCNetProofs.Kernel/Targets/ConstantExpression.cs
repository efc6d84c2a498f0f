using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>A rational constant.</summary>
/// <param name="Value">The constant.</param>
public sealed record ConstantExpression(Rational Value) : TargetExpression
{
    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => Value;

    /// <inheritdoc />
    public override bool ContainsVariable => false;

    /// <inheritdoc />
    public override int Dimension => 0;

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => Value;

    internal override TargetEnclosure EncloseOn(Box box) => TargetEnclosure.Constant(Value);

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) => PiecewisePolynomial.Single(Polynomial.Constant(Value), a, b);

    // "3" is an atom, "-3" a negation, and "1/3" or "-1/3" a quotient, as the parser reads them.
    internal override int Precedence =>
        !Value.IsInteger ? MultiplicativePrecedence : Value.Sign < 0 ? UnaryPrecedence : AtomPrecedence;

    internal override void Write(StringBuilder text) => text.Append(Value.ToString());
}
