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
    {
        if (network.OutputDimension != 1) throw new ArgumentException($"{claim.Id}: the network has {network.OutputDimension} outputs; point checks need 1");
        var compiled = new CompiledNetwork<Rational>(network, NumberConverters.ToRational);
        var sizes = NetworkSizes.Measure(network);
        Rational worst = Rational.Zero;
        foreach (var x in points)
        {
            if (x.Count != network.InputDimension)
                throw new ArgumentException($"{claim.Id}: a point has {x.Count} coordinates, the network takes {network.InputDimension}");
            var n = compiled.Evaluate(x.ToArray())[0];
            var f = target(x);
            var gap = Rational.Abs(n - f);
            if (gap > worst) worst = gap;
            if (gap > bound)
            {
                var witness = ReEvaluatedWitness(claim, network, target, x, bound);
                return new Verdict(claim, VerdictKind.Refuted, $"Pointwise: {witness.Description}", gap.ToString(), bound.ToString(), witness, sizes);
            }
        }
        var kind = exhaustive ? VerdictKind.Proved : VerdictKind.Sampled;
        return new Verdict(claim, kind,
            $"Pointwise: max |N − f| = {worst} ≤ {bound} on {points.Count} {(exhaustive ? "points (the whole domain)" : "sample points")}",
            worst.ToString(), bound.ToString(), sizes: sizes);
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
