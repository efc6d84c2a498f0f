using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>One real root of a polynomial, given exactly (a rational point) or by an isolating interval.</summary>
/// <remarks>
/// Invariant: either <see cref="Lower"/> = <see cref="Upper"/> is a root of <see cref="Polynomial"/>, or
/// Lower &lt; Upper, the square-free polynomial is non-zero with opposite signs at both ends, and the open
/// interval (Lower, Upper) holds exactly one root. Instances come from <see cref="Polynomial.IsolateRoots"/>,
/// which detects every rational root, so a non-degenerate interval from it always holds an irrational root.
/// </remarks>
public sealed class RootInterval
{
    internal RootInterval(Polynomial squareFree, Rational lower, Rational upper)
    {
        Polynomial = squareFree;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The square-free polynomial whose root this is.</summary>
    public Polynomial Polynomial { get; }
    /// <summary>Lower end; equal to the root when <see cref="IsExact"/>.</summary>
    public Rational Lower { get; }
    /// <summary>Upper end; equal to the root when <see cref="IsExact"/>.</summary>
    public Rational Upper { get; }
    /// <summary>True when the root is known exactly (Lower = Upper).</summary>
    public bool IsExact => Lower == Upper;
    /// <summary>Upper − Lower.</summary>
    public Rational Width => Upper - Lower;

    /// <summary>The root as a rational, when it is known exactly.</summary>
    /// <exception cref="InvalidOperationException">When only an isolating interval is known.</exception>
    public Rational ExactValue => IsExact ? Lower : throw new InvalidOperationException($"{this} is not known exactly");

    /// <summary>An isolating interval of width ≤ <paramref name="width"/> for the same root, by bisection.</summary>
    /// <remarks>Ends on the exact root if a bisection point hits it.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">When width is not positive.</exception>
    public RootInterval Refine(Rational width)
    {
        if (width.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(width), width, "width must be positive");
        Rational lower = Lower, upper = Upper;
        int lowerSign = Polynomial.Evaluate(lower).Sign;
        while (upper - lower > width)
        {
            var mid = (lower + upper) * Rational.Half;
            int midSign = Polynomial.Evaluate(mid).Sign;
            if (midSign == 0) return new RootInterval(Polynomial, mid, mid);
            if (midSign == lowerSign) lower = mid;
            else upper = mid;
        }
        return new RootInterval(Polynomial, lower, upper);
    }

    /// <summary>The sign of (root − x): exact, also when x lies inside the interval.</summary>
    public int CompareTo(Rational x)
    {
        if (IsExact) return Lower.CompareTo(x);
        if (x <= Lower) return 1;
        if (x >= Upper) return -1;
        int xSign = Polynomial.Evaluate(x).Sign;
        if (xSign == 0) return 0;
        // The only root in (Lower, Upper) lies where the sign changes: beyond x iff x has the sign of Lower.
        return xSign == Polynomial.Evaluate(Lower).Sign ? 1 : -1;
    }

    /// <summary>The root as "3/2", or "root of x^2 - 2 in (1, 3/2)".</summary>
    public override string ToString() => IsExact ? Lower.ToString() : $"root of {Polynomial} in ({Lower}, {Upper})";
}
