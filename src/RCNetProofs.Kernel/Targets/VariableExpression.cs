using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The variable x.</summary>
public sealed record VariableExpression : TargetExpression
{
    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => x;

    /// <inheritdoc />
    public override bool ContainsVariable => true;

    /// <inheritdoc />
    public override int Dimension => 1;

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => point[0];

    internal override TargetEnclosure EncloseOn(Box box) => TargetEnclosure.Coordinate(0, box.Lower[0], box.Upper[0]);

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) => PiecewisePolynomial.Single(Polynomial.X, a, b);

    internal override int Precedence => AtomPrecedence;

    internal override void Write(StringBuilder text) => text.Append('x');
}
