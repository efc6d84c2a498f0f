using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The minimum of two or more arguments.</summary>
/// <remarks>Equality compares the argument lists element by element.</remarks>
public sealed record MinExpression : TargetExpression
{
    /// <summary>Builds min of the arguments.</summary>
    /// <exception cref="ArgumentException">For fewer than two arguments.</exception>
    public MinExpression(IEnumerable<TargetExpression> arguments)
    {
        Arguments = [.. arguments];
        if (Arguments.Count < 2) throw new ArgumentException($"min takes at least two arguments, got {Arguments.Count}", nameof(arguments));
    }

    /// <summary>Builds min of the arguments.</summary>
    /// <exception cref="ArgumentException">For fewer than two arguments.</exception>
    public MinExpression(params TargetExpression[] arguments) : this((IEnumerable<TargetExpression>)arguments) { }

    /// <summary>The arguments, at least two.</summary>
    public IReadOnlyList<TargetExpression> Arguments { get; }

    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => Arguments.Select(e => e.Evaluate(x)).Min();

    /// <inheritdoc />
    public override bool ContainsVariable => Arguments.Any(e => e.ContainsVariable);

    /// <inheritdoc />
    public override int Dimension => Arguments.Max(e => e.Dimension);

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => Arguments.Select(e => e.EvaluateAt(point)).Min();

    // min f_i = −max(−f_i)
    internal override TargetEnclosure EncloseOn(Box box) => TargetEnclosure.Max(Arguments.Select(e => e.EncloseOn(box).Negate()).ToArray()).Negate();

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) =>
        Arguments.Select(e => e.ToPiecewise(a, b)).Aggregate((f, g) => PiecewisePolynomial.Select(f, g, takeLarger: false, "min"));

    /// <summary>Structural equality, argument by argument.</summary>
    public bool Equals(MinExpression? other) => other is not null && Arguments.SequenceEqual(other.Arguments);

    /// <summary>A hash consistent with equality.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add("min");
        foreach (var argument in Arguments) hash.Add(argument);
        return hash.ToHashCode();
    }

    internal override int Precedence => AtomPrecedence;

    internal override void Write(StringBuilder text)
    {
        text.Append("min(");
        for (int i = 0; i < Arguments.Count; i++)
        {
            if (i > 0) text.Append(", ");
            Arguments[i].Write(text);
        }
        text.Append(')');
    }
}
