using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>The Sturm sequence of a square-free polynomial, counting its distinct real roots in intervals.</summary>
/// <remarks>
/// p0 = p, p1 = p', p(i+1) = −(p(i−1) mod p(i)). Each term is scaled by a positive constant (made monic up to
/// sign), which keeps coefficients small and changes no sign. For square-free p the number V(x) of sign
/// changes (zeros skipped) is right-continuous and drops by exactly one at each root, so
/// V(a) − V(b) is the number of distinct roots in (a, b].
/// </remarks>
internal sealed class SturmSequence
{
    private readonly List<Polynomial> _terms = [];

    /// <summary>Builds the sequence; the polynomial must be square-free and non-zero.</summary>
    public SturmSequence(Polynomial squareFree)
    {
        if (squareFree.IsZero) throw new ArgumentException("the zero polynomial has no Sturm sequence", nameof(squareFree));
        _terms.Add(squareFree);
        var next = squareFree.Derivative();
        while (!next.IsZero)
        {
            next /= Rational.Abs(next.LeadingCoefficient);
            _terms.Add(next);
            next = -_terms[^2].DivRem(next).Remainder;
        }
        if (_terms[^1].Degree > 0) throw new ArgumentException($"{squareFree} is not square-free", nameof(squareFree));
    }

    /// <summary>The number of sign changes of the sequence at x, zeros skipped.</summary>
    public int SignVariations(Rational x)
    {
        int variations = 0, previous = 0;
        foreach (var term in _terms)
        {
            int sign = term.Evaluate(x).Sign;
            if (sign == 0) continue;
            if (previous != 0 && sign != previous) variations++;
            previous = sign;
        }
        return variations;
    }

    /// <summary>The number of distinct real roots in the half-open interval (a, b], for a ≤ b.</summary>
    public int CountRoots(Rational a, Rational b) => SignVariations(a) - SignVariations(b);
}
