using System.Globalization;
using System.Text;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The coordinate x_k of a point (x1, x2, …), written "xk"; x1 is also the variable x of a function of one variable.</summary>
public sealed record CoordinateExpression : TargetExpression
{
    /// <summary>Builds x_k.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For k &lt; 1.</exception>
    public CoordinateExpression(int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        Index = index;
    }

    /// <summary>k ≥ 1.</summary>
    public int Index { get; }

    /// <inheritdoc />
    public override Rational Evaluate(Rational x) => Index == 1 ? x : throw OneVariable();

    /// <inheritdoc />
    public override bool ContainsVariable => true;

    /// <inheritdoc />
    public override int Dimension => Index;

    internal override Rational EvaluateAt(IReadOnlyList<Rational> point) => point[Index - 1];

    internal override TargetEnclosure EncloseOn(Box box) => TargetEnclosure.Coordinate(Index - 1, box.Lower[Index - 1], box.Upper[Index - 1]);

    internal override PiecewisePolynomial ToPiecewise(Rational a, Rational b) =>
        Index == 1 ? PiecewisePolynomial.Single(Polynomial.X, a, b) : throw OneVariable();

    private TargetUnsupportedException OneVariable() => new($"x{Index} in a function of one variable (only x = x1 is read there)");

    internal override int Precedence => AtomPrecedence;

    internal override void Write(StringBuilder text) => text.Append('x').Append(Index.ToString(CultureInfo.InvariantCulture));
}
