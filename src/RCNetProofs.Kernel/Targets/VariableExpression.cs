using System.Text;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The variable x.</summary>
public sealed record VariableExpression : TargetExpression
{
    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => x;

    /// <inheritdoc />
    public override bool ContainsVariable => true;

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) => PiecewisePolynomial.Single(Polynomial.X, a, b);

    internal override int Precedence => AtomPrecedence;

    internal override void Write(StringBuilder text) => text.Append('x');
}
