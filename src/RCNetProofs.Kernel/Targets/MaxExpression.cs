using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The maximum of two or more arguments.</summary>
/// <remarks>Equality compares the argument lists element by element.</remarks>
public sealed record MaxExpression : TargetExpression
{
    /// <summary>Builds max of the arguments.</summary>
    /// <exception cref="ArgumentException">For fewer than two arguments.</exception>
    public MaxExpression(IEnumerable<TargetExpression> arguments)
    {
        Arguments = [.. arguments];
        if (Arguments.Count < 2) throw new ArgumentException($"max takes at least two arguments, got {Arguments.Count}", nameof(arguments));
    }

    /// <summary>Builds max of the arguments.</summary>
    /// <exception cref="ArgumentException">For fewer than two arguments.</exception>
    public MaxExpression(params TargetExpression[] arguments) : this((IEnumerable<TargetExpression>)arguments) { }

    /// <summary>The arguments, at least two.</summary>
    public IReadOnlyList<TargetExpression> Arguments { get; }

    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => Arguments.Select(e => e.Evaluate(x)).Max();

    /// <inheritdoc />
    public override bool ContainsVariable => Arguments.Any(e => e.ContainsVariable);

    /// <inheritdoc />
    public override int Dimension => Arguments.Max(e => e.Dimension);

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => Arguments.Select(e => e.EvaluateAt(point)).Max();

    internal override TargetEnclosure EncloseOn(Box box) => TargetEnclosure.Max(Arguments.Select(e => e.EncloseOn(box)).ToArray());

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) =>
        Arguments.Select(e => e.ToPiecewise(a, b)).Aggregate((f, g) => PiecewisePolynomial.Select(f, g, takeLarger: true, "max"));

    /// <summary>Structural equality, argument by argument.</summary>
    public bool Equals(MaxExpression? other) => other is not null && Arguments.SequenceEqual(other.Arguments);

    /// <summary>A hash consistent with equality.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add("max");
        foreach (var argument in Arguments) hash.Add(argument);
        return hash.ToHashCode();
    }

    internal override int Precedence => AtomPrecedence;

    internal override void Write(StringBuilder text)
    {
        text.Append("max(");
        for (int i = 0; i < Arguments.Count; i++)
        {
            if (i > 0) text.Append(", ");
            Arguments[i].Write(text);
        }
        text.Append(')');
    }
}
