using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>Sound enclosures of a polynomial's values over an interval (exact rational interval arithmetic).</summary>
internal static class IntervalEvaluation
{
    /// <summary>[min, max] enclosing p(x) for every x in [lo, hi], by Horner's rule on intervals.</summary>
    public static (Rational Low, Rational High) Enclose(Polynomial p, Rational lo, Rational hi)
    {
        if (p.IsZero) return (Rational.Zero, Rational.Zero);
        Rational a = p.LeadingCoefficient, b = a;
        for (int k = p.Degree - 1; k >= 0; k--)
        {
            var c1 = a * lo; var c2 = a * hi; var c3 = b * lo; var c4 = b * hi;
            var min = Rational.Min(Rational.Min(c1, c2), Rational.Min(c3, c4));
            var max = Rational.Max(Rational.Max(c1, c2), Rational.Max(c3, c4));
            a = min + p[k]; b = max + p[k];
        }
        return (a, b);
    }
}
