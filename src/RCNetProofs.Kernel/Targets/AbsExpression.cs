using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The absolute value |Argument|.</summary>
/// <param name="Argument">The expression inside the bars.</param>
public sealed record AbsExpression(TargetExpression Argument) : TargetExpression
{
    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => Rational.Abs(Argument.Evaluate(x));

    /// <inheritdoc />
    public override bool ContainsVariable => Argument.ContainsVariable;

    /// <inheritdoc />
    public override int Dimension => Argument.Dimension;

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => Rational.Abs(Argument.EvaluateAt(point));

    internal override TargetEnclosure EncloseOn(Box box) => Argument.EncloseOn(box).MapEven(Rational.Abs, ZeroOn(Argument, box));

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b)
    {
        var inner = Argument.ToPiecewise(a, b);
        return PiecewisePolynomial.Select(inner, inner.Map(p => -p), takeLarger: true, "abs");
    }

    internal override int Precedence => AtomPrecedence;

    internal override void Write(StringBuilder text)
    {
        text.Append("abs(");
        Argument.Write(text);
        text.Append(')');
    }
}
