using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Tests;

/// <summary>
/// Closed-form oracles and generators shared by the construction tests; each is written from the mathematics,
/// never from the code under test.
/// </summary>
internal static class Oracles
{
    /// <summary>The CPWL function through the knots, extended by the given end slopes, evaluated piece by piece.</summary>
    public static Rational Cpwl(IReadOnlyList<(Rational X, Rational Y)> knots, Rational left, Rational right, Rational x)
    {
        if (x <= knots[0].X) return knots[0].Y + left * (x - knots[0].X);
        if (x >= knots[^1].X) return knots[^1].Y + right * (x - knots[^1].X);
        int i = 0;
        while (knots[i + 1].X < x) i++;
        var (x0, y0) = knots[i]; var (x1, y1) = knots[i + 1];
        return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }

    /// <summary>x ↦ Δ^{∘times}(x) by iterating the tent formula.</summary>
    public static Rational IteratedTent(Rational x, int times)
    {
        for (int k = 0; k < times; k++) x = Telgarsky.TriangleTests.Tent(x);
        return x;
    }

    /// <summary>A rational point of [lo, hi] with denominator up to 1000.</summary>
    public static Gen<Rational> RationalIn(Rational lo, Rational hi) =>
        from p in Gen.Choose(0, 1000) from q in Gen.Choose(1, 1000) where p <= q
        select lo + (hi - lo) * Rational.Create(p, q);

    /// <summary>
    /// A rational point of the unit sphere S^{d−1} by inverse stereographic projection of u ∈ Q^{d−1}:
    /// x = (2u, |u|² − 1)/(|u|² + 1).
    /// </summary>
    public static Gen<Rational[]> SpherePoint(int d) =>
        from u in Gen.ArrayOf(from p in Gen.Choose(-30, 30) from q in Gen.Choose(1, 12) select Rational.Create(p, q), d - 1)
        let s = u.Aggregate(Rational.Zero, (acc, v) => acc + v * v)
        select u.Select(v => 2 * v / (s + 1)).Append((s - 1) / (s + 1)).ToArray();

    /// <summary>The kernel's exact sup of |N − p| over [a, b] for a polynomial target p.</summary>
    public static SupDistance Sup(Network network, Polynomial p, Rational a, Rational b) =>
        Distance.Sup(network, new PiecewisePolynomial([new PolynomialPiece(a, b, p)]));

    /// <summary>The network x ↦ N(x) − M(x) (both R → R), for equality checks by the kernel.</summary>
    public static Network Difference(Network n, Network m) =>
        global::RCNetProofs.Constructions.Calculus.NetworkCalculus.LinearCombination([(Rational.One, n), (-Rational.One, m)]);
}
