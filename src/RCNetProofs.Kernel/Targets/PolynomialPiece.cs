using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>One piece of a piecewise polynomial: the polynomial on the closed interval [Left, Right].</summary>
public sealed record PolynomialPiece
{
    /// <summary>Builds a piece.</summary>
    /// <exception cref="ArgumentException">When Left ≥ Right.</exception>
    public PolynomialPiece(Rational left, Rational right, Polynomial polynomial)
    {
        if (left >= right) throw new ArgumentException($"piece [{left}, {right}] must have left < right");
        Left = left;
        Right = right;
        Polynomial = polynomial;
    }

    /// <summary>The left end.</summary>
    public Rational Left { get; }
    /// <summary>The right end, greater than the left end.</summary>
    public Rational Right { get; }
    /// <summary>The function on [Left, Right].</summary>
    public Polynomial Polynomial { get; }

    /// <summary>"[0, 1/3]: -x + 1/3".</summary>
    public override string ToString() => $"[{Left}, {Right}]: {Polynomial}";
}
