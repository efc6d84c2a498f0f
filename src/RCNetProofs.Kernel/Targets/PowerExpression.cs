using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The power Base^Exponent for a non-negative integer exponent (anything^0 = 1).</summary>
public sealed record PowerExpression : TargetExpression
{
    /// <summary>Builds Base^Exponent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For a negative exponent.</exception>
    public PowerExpression(TargetExpression @base, int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        Base = @base;
        Exponent = exponent;
    }

    /// <summary>The base.</summary>
    public TargetExpression Base { get; }
    /// <summary>The exponent, ≥ 0.</summary>
    public int Exponent { get; }

    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => Rational.Pow(Base.Evaluate(x), Exponent);

    /// <inheritdoc />
    public override bool ContainsVariable => Base.ContainsVariable;

    /// <inheritdoc />
    public override int Dimension => Base.Dimension;

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => Rational.Pow(Base.EvaluateAt(point), Exponent);

    // t ↦ t^k is increasing for odd k and even in t, increasing in |t|, for even k ≥ 2; t^0 = 1.
    internal override TargetEnclosure EncloseOn(Box box)
    {
        if (Exponent == 0) return TargetEnclosure.Constant(Rational.One);
        var inner = Base.EncloseOn(box);
        Rational Power(Rational t) => Rational.Pow(t, Exponent);
        return Exponent % 2 == 1 ? inner.MapIncreasing(Power) : inner.MapEven(Power, ZeroOn(Base, box));
    }

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) => Base.ToPiecewise(a, b).Map(p => p.Pow(Exponent));

    internal override int Precedence => PowerPrecedence;

    internal override void Write(StringBuilder text)
    {
        WriteOperand(text, Base, AtomPrecedence);
        text.Append('^').Append(Exponent);
    }
}
