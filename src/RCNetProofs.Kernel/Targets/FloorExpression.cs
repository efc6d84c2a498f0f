using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The floor ⌊Argument⌋: exact at points and on boxes; it has jumps, so it is not restricted to pieces on intervals.</summary>
/// <param name="Argument">The expression inside the brackets.</param>
public sealed record FloorExpression(TargetExpression Argument) : TargetExpression
{
    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => Argument.Evaluate(x).Floor();

    /// <inheritdoc />
    public override bool ContainsVariable => Argument.ContainsVariable;

    /// <inheritdoc />
    public override int Dimension => Argument.Dimension;

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => Argument.EvaluateAt(point).Floor();

    // ⌊·⌋ is non-decreasing.
    internal override TargetEnclosure EncloseOn(Box box) => Argument.EncloseOn(box).MapIncreasing(t => t.Floor());

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) =>
        Argument.ContainsVariable
            ? throw new TargetUnsupportedException($"floor({Argument}) has jumps; a distance on an interval needs a continuous target")
            : PiecewisePolynomial.Single(Polynomial.Constant(Argument.Evaluate(Rational.Zero).Floor()), a, b);

    internal override int Precedence => AtomPrecedence;

    internal override void Write(StringBuilder text)
    {
        text.Append("floor(");
        Argument.Write(text);
        text.Append(')');
    }
}
