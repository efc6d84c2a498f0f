using System.Text;
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

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) => Base.ToPiecewise(a, b).Map(p => p.Pow(Exponent));

    internal override int Precedence => PowerPrecedence;

    internal override void Write(StringBuilder text)
    {
        WriteOperand(text, Base, AtomPrecedence);
        text.Append('^').Append(Exponent);
    }
}
