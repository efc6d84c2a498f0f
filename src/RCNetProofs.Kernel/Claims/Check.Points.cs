using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Claims;

public static partial class Check
{
    /// <summary>
    /// |N(x) − f(x)| ≤ bound at each given point, evaluated exactly. A violation is a refutation (exact witness);
    /// otherwise the verdict is <see cref="VerdictKind.Sampled"/> — evidence on these points only — unless
    /// <paramref name="exhaustive"/> says the points are the whole domain (a finite domain such as {0,1}^d),
    /// in which case it is proved.
    /// </summary>
    /// <param name="claim">The claim judged.</param>
    /// <param name="network">The network, with one output.</param>
    /// <param name="target">The target, computed exactly.</param>
    /// <param name="points">The points (each of the network's input dimension).</param>
    /// <param name="bound">The allowed gap (0 for equality).</param>
    /// <param name="exhaustive">True only when the points are the entire domain of the claim.</param>
    public static Verdict AtPoints(Claim claim, Network network, Func<IReadOnlyList<Rational>, Rational> target,
        IReadOnlyList<IReadOnlyList<Rational>> points, Rational bound, bool exhaustive = false)
        => PointwiseCheck(claim, network, target, points, _ => bound, exhaustive, bound);

    /// <summary>
    /// |N(x) − f(x)| ≤ bound(x) at each given point, with a bound of its own per point (e.g. an a-priori rounding
    /// bound), evaluated exactly. A violation is a refutation (exact witness); otherwise Sampled, or Proved when
    /// <paramref name="exhaustive"/> says the points are the whole domain. The reported bound is the one at the
    /// point of the largest gap.
    /// </summary>
    /// <param name="claim">The claim judged.</param>
    /// <param name="network">The network, with one output.</param>
    /// <param name="target">The target, computed exactly.</param>
    /// <param name="points">The points (each of the network's input dimension).</param>
    /// <param name="bound">The allowed gap at each point, non-negative.</param>
    /// <param name="exhaustive">True only when the points are the entire domain of the claim.</param>
    /// <exception cref="ArgumentException">For a network with several outputs or a point of the wrong dimension.</exception>
    public static Verdict AtPoints(Claim claim, Network network, Func<IReadOnlyList<Rational>, Rational> target,
        IReadOnlyList<IReadOnlyList<Rational>> points, Func<IReadOnlyList<Rational>, Rational> bound, bool exhaustive = false)
        => PointwiseCheck(claim, network, target, points, bound, exhaustive, null);

    private static Verdict PointwiseCheck(Claim claim, Network network, Func<IReadOnlyList<Rational>, Rational> target,
        IReadOnlyList<IReadOnlyList<Rational>> points, Func<IReadOnlyList<Rational>, Rational> bound, bool exhaustive, Rational? constant)
    {
        if (network.OutputDimension != 1) throw new ArgumentException($"{claim.Id}: the network has {network.OutputDimension} outputs; point checks need 1");
        var compiled = new CompiledNetwork<Rational>(network, NumberConverters.ToRational);
        var sizes = NetworkSizes.Measure(network);
        Rational worst = Rational.Zero;
        Rational? worstBound = null;
        bool uniform = true;
        foreach (var x in points)
        {
            if (x.Count != network.InputDimension)
                throw new ArgumentException($"{claim.Id}: a point has {x.Count} coordinates, the network takes {network.InputDimension}");
            var n = compiled.Evaluate(x.ToArray())[0];
            var f = target(x);
            var allowed = bound(x);
            if (worstBound is Rational seen && seen != allowed) uniform = false;
            var gap = Rational.Abs(n - f);
            if (worstBound is null || gap > worst) { worst = gap; worstBound = allowed; }
            if (gap > allowed)
            {
                var witness = ReEvaluatedWitness(claim, network, target, x, allowed);
                return new Verdict(claim, VerdictKind.Refuted, $"Pointwise: {witness.Description}", gap.ToString(), allowed.ToString(), witness, sizes);
            }
        }
        var kind = exhaustive ? VerdictKind.Proved : VerdictKind.Sampled;
        var shown = worstBound ?? constant ?? Rational.Zero;
        string where = $"{points.Count} {(exhaustive ? "points (the whole domain)" : "sample points")}";
        return new Verdict(claim, kind,
            uniform
                ? $"Pointwise: max |N − f| = {worst} ≤ {shown} on {where}"
                : $"Pointwise: |N − f| ≤ its bound at each of {where}; the largest gap {worst} has bound {shown}",
            worst.ToString(), shown.ToString(), sizes: sizes);
    }

    /// <summary>
    /// Re-evaluates a claimed counterexample from scratch (fresh compilation of the network, fresh target call)
    /// and returns the witness only if the gap really exceeds the bound.
    /// </summary>
    internal static Witness ReEvaluatedWitness(Claim claim, Network network, Func<IReadOnlyList<Rational>, Rational> target,
        IReadOnlyList<Rational> x, Rational bound)
    {
        var n = Evaluation.Evaluate(network, x.ToArray())[0];
        var f = target(x);
        var gap = Rational.Abs(n - f);
        if (gap <= bound)
            throw new InvalidOperationException($"{claim.Id}: candidate witness x = ({string.Join(", ", x)}) does not survive re-evaluation: gap {gap} ≤ {bound}");
        return new Witness(x, n, f, gap, $"at x = ({string.Join(", ", x)}): N = {n}, f = {f}, |N − f| = {gap} > {bound}");
    }
}
