using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Claims;

public static partial class Check
{
    /// <summary>
    /// The network is constant on every box and that constant c is within <paramref name="bound"/> of f on the box:
    /// Proved when, for each box, <see cref="BoxAnalysis.DecideAffine"/> finds a fixed activation pattern with zero
    /// slope and |c − f(p)| ≤ bound at every point p that <paramref name="extremes"/> names for the box; Refuted at a
    /// named point where the gap is larger (exact witness); Unknown when some box has no fixed constant pattern.
    /// </summary>
    /// <remarks>
    /// sup over the box of |c − f| = max(c − min f, max f − c), so the verdict speaks for the whole box only when the
    /// named points include where f attains its minimum and its maximum over the box (e.g. the lowest and highest
    /// corner for an f non-decreasing in each coordinate, or the endpoints and the critical points in one dimension).
    /// Naming them is the caller's part of the claim; each named point is checked to lie in its box.
    /// </remarks>
    /// <param name="claim">The claim judged.</param>
    /// <param name="network">The network, with one output.</param>
    /// <param name="boxes">The boxes (e.g. the cubes Q_β outside a trifling region).</param>
    /// <param name="target">f, computed exactly.</param>
    /// <param name="extremes">For a box, points of it where f attains its minimum and maximum over the box.</param>
    /// <param name="bound">The allowed gap.</param>
    /// <param name="cancellation">Stops the check between boxes (the verdict is then Unknown).</param>
    /// <exception cref="ArgumentException">When the network has more than one output or a box has the wrong dimension.</exception>
    public static Verdict ConstantOnBoxes(Claim claim, Network network, IReadOnlyList<Box> boxes, Func<IReadOnlyList<Rational>, Rational> target,
        Func<Box, IEnumerable<IReadOnlyList<Rational>>> extremes, Rational bound, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(extremes);
        if (network.OutputDimension != 1) throw new ArgumentException($"{claim.Id}: the network has {network.OutputDimension} outputs; box checks need 1");
        var sizes = NetworkSizes.Measure(network);
        var worst = Rational.Zero;
        for (int b = 0; b < boxes.Count; b++)
        {
            if (cancellation.IsCancellationRequested) return Unknown(claim, $"Boxes: stopped after {b} of {boxes.Count} boxes", sizes);
            var box = boxes[b];
            var affine = BoxAnalysis.DecideAffine(network, box);
            if (!affine.PatternFixed)
                return Unknown(claim, $"Boxes: box {b} ({Describe(box)}): neuron {affine.UnfixedNeuron} of layer {affine.UnfixedLayer} changes sign", sizes);
            if (!affine.IsConstant) return Unknown(claim, $"Boxes: box {b} ({Describe(box)}): the network is affine but not constant there", sizes);
            var c = affine.Offset![0];
            int named = 0;
            foreach (var p in extremes(box))
            {
                named++;
                if (!Inside(box, p)) throw new ArgumentException($"{claim.Id}: the point ({string.Join(", ", p)}) named for box {b} lies outside it");
                var gap = Rational.Abs(c - target(p));
                if (gap > bound)
                {
                    var witness = ReEvaluatedWitness(claim, network, target, p, bound);
                    return new Verdict(claim, VerdictKind.Refuted, $"Boxes: box {b} ({Describe(box)}), {witness.Description}", gap.ToString(), bound.ToString(), witness, sizes);
                }
                if (gap > worst) worst = gap;
            }
            if (named == 0) throw new ArgumentException($"{claim.Id}: no point named for box {b}");
        }
        return new Verdict(claim, VerdictKind.Proved,
            $"Boxes: constant on each of {boxes.Count} boxes (fixed activation pattern), max |c − f| = {worst} ≤ {bound} at the extremes of f",
            worst.ToString(), bound.ToString(), sizes: sizes);
    }

    private static bool Inside(Box box, IReadOnlyList<Rational> p)
    {
        if (p.Count != box.Dimension) return false;
        for (int i = 0; i < p.Count; i++)
            if (p[i] < box.Lower[i] || p[i] > box.Upper[i]) return false;
        return true;
    }

    private static string Describe(Box box) =>
        string.Join(" × ", Enumerable.Range(0, box.Dimension).Select(i => $"[{box.Lower[i]}, {box.Upper[i]}]"));
}
