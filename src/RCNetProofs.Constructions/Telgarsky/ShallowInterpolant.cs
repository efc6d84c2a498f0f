using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Telgarsky;

/// <summary>
/// One-hidden-layer ReLU networks realising a given continuous piecewise-linear function of one variable
/// (the shallow side of Telgarsky's width lower bound; catalogue id TEL-SHALLOW).
/// </summary>
/// <remarks>
/// Lemma used: a network x ↦ c + Σ_k γ_k σ(a_k x + b_k) with w hidden units is CPWL with at most w breakpoints,
/// so a CPWL function with b breakpoints needs width ≥ b in one hidden layer. This builder meets that bound when
/// some piece (the two unbounded ends included) has slope 0, and uses b + 1 units otherwise.
/// </remarks>
public static class ShallowInterpolant
{
    /// <summary>
    /// Builds the one-hidden-layer network equal to the CPWL function through <paramref name="knots"/>, linear
    /// between consecutive knots, with slope <paramref name="leftSlope"/> left of the first knot and
    /// <paramref name="rightSlope"/> right of the last.
    /// </summary>
    /// <param name="knots">Points (x_i, y_i) with strictly increasing x_i; at least one.</param>
    /// <param name="leftSlope">Slope on (−∞, x_0].</param>
    /// <param name="rightSlope">Slope on [x_last, ∞).</param>
    /// <remarks>
    /// Size formula, with b the number of breakpoints (knots where the slope changes; other knots cost nothing):
    /// width b when some piece has slope 0; b + 1 when none has and b ≥ 1; 2 for a non-constant affine function;
    /// 1 (a unit with output weight 0) for a constant. Depth 1 (two affine layers).
    /// Construction: pick the first piece with slope 0 as the pivot (value C there); breakpoint x_i left of the
    /// pivot contributes J_i·σ(x_i − x), one right of it J_i·σ(x − x_i), where J_i is the slope jump at x_i; the
    /// output bias is C. Without a zero-slope piece the left slope s is written s·(x − x_b) = s·σ(x − x_b) − s·σ(x_b − x)
    /// at the first breakpoint x_b and folded into that breakpoint's unit. The function is reproduced exactly on R.
    /// </remarks>
    /// <exception cref="ArgumentException">For no knots or knots not strictly increasing.</exception>
    public static Network Build(IReadOnlyList<(Rational X, Rational Y)> knots, Rational leftSlope, Rational rightSlope)
    {
        ArgumentNullException.ThrowIfNull(knots);
        int n = knots.Count;
        if (n == 0) throw new ArgumentException("shallow interpolant: needs at least one knot", nameof(knots));
        for (int i = 1; i < n; i++)
            if (knots[i].X <= knots[i - 1].X)
                throw new ArgumentException($"shallow interpolant: knot {i} at x = {knots[i].X} does not lie right of knot {i - 1} at x = {knots[i - 1].X}", nameof(knots));
        // s[0] = left slope, s[i] = slope between knots i−1 and i, s[n] = right slope; knot i sits between s[i] and s[i+1].
        var s = new Rational[n + 1];
        s[0] = leftSlope; s[n] = rightSlope;
        for (int i = 1; i < n; i++) s[i] = (knots[i].Y - knots[i - 1].Y) / (knots[i].X - knots[i - 1].X);
        var breaks = Enumerable.Range(0, n).Where(i => s[i + 1] != s[i]).ToArray();
        var units = new List<(Rational InputWeight, Rational Bias, Rational OutputWeight)>();
        int pivot = Array.FindIndex(s, v => v.IsZero);
        Rational outputBias;
        if (pivot >= 0)
        {
            outputBias = knots[Math.Max(pivot - 1, 0)].Y;
            foreach (int i in breaks)
            {
                var jump = s[i + 1] - s[i];
                units.Add(i < pivot ? (-Rational.One, knots[i].X, jump) : (Rational.One, -knots[i].X, jump));
            }
            if (units.Count == 0) units.Add((Rational.One, -knots[0].X, Rational.Zero));
        }
        else
        {
            // No flat piece: anchor the left slope at the first breakpoint (or at x_0 for an affine function).
            int anchor = breaks.Length > 0 ? breaks[0] : 0;
            outputBias = knots[anchor].Y;
            units.Add((-Rational.One, knots[anchor].X, -leftSlope));
            units.Add((Rational.One, -knots[anchor].X, s[anchor + 1]));
            foreach (int i in breaks.Skip(1)) units.Add((Rational.One, -knots[i].X, s[i + 1] - s[i]));
        }
        return NetworkCalculus.OneHiddenLayer(units, outputBias).WithMeta(new Dictionary<string, string>
        {
            ["construction"] = "TEL-SHALLOW",
            ["knots"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The number of breakpoints of the CPWL function <see cref="Build"/> realises: knots where the slope changes.</summary>
    /// <exception cref="ArgumentException">For no knots or knots not strictly increasing.</exception>
    public static int CountBreakpoints(IReadOnlyList<(Rational X, Rational Y)> knots, Rational leftSlope, Rational rightSlope)
    {
        ArgumentNullException.ThrowIfNull(knots);
        if (knots.Count == 0) throw new ArgumentException("shallow interpolant: needs at least one knot", nameof(knots));
        int count = 0;
        var previous = leftSlope;
        for (int i = 0; i < knots.Count; i++)
        {
            if (i > 0 && knots[i].X <= knots[i - 1].X)
                throw new ArgumentException($"shallow interpolant: knot {i} does not lie right of knot {i - 1}", nameof(knots));
            var next = i + 1 < knots.Count ? (knots[i + 1].Y - knots[i].Y) / (knots[i + 1].X - knots[i].X) : rightSlope;
            if (next != previous) count++;
            previous = next;
        }
        return count;
    }
}
