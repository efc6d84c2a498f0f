using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Claims;

public static partial class Check
{
    // Corners are tried as witnesses only up to this dimension (2^d of them per box).
    private const int MaxCornerDimension = 8;

    /// <summary>
    /// The network is constant on every box and that constant c is within <paramref name="bound"/> of f on the whole box:
    /// Proved when, for each box, <see cref="BoxAnalysis.DecideAffine"/> finds a fixed activation pattern with zero slope
    /// and the kernel's own enclosure [lo, hi] ⊇ f(box) (<see cref="TargetExpression.Enclose"/>) gives
    /// max(c − lo, hi − c) ≤ bound; Refuted at a point of a box where |c − f| &gt; bound, re-evaluated exactly; Unknown
    /// when some box has no fixed constant pattern, or when the enclosure exceeds the bound but no such point is found.
    /// </summary>
    /// <remarks>
    /// sup over the box of |c − f| = max(c − min f, max f − c) ≤ max(c − lo, hi − c). When the enclosure is exact (both
    /// ends attained) the measured value is the exact supremum; otherwise it is an upper bound of it.
    /// </remarks>
    /// <param name="claim">The claim judged.</param>
    /// <param name="network">The network, with one output.</param>
    /// <param name="boxes">The boxes (e.g. the cubes Q_β outside a trifling region).</param>
    /// <param name="target">f, as an expression in x (= x1), x2, …; it may read fewer coordinates than the boxes have.</param>
    /// <param name="bound">The allowed gap.</param>
    /// <param name="cancellation">Stops the check between boxes (the verdict is then Unknown).</param>
    /// <param name="boxesJudged">Told the number of boxes judged so far after each box (for progress displays; it cannot affect the verdict).</param>
    /// <exception cref="ArgumentException">When the network has more than one output, or a box has fewer coordinates than the target reads.</exception>
    public static Verdict ConstantOnBoxes(Claim claim, Network network, IReadOnlyList<Box> boxes, TargetExpression target, Rational bound,
        CancellationToken cancellation = default, IProgress<int>? boxesJudged = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ConstantOnBoxes(claim, network, boxes, target.Enclose, target.Evaluate, $"f = {target}", bound, cancellation, boxesJudged);
    }

    /// <summary>
    /// As <see cref="ConstantOnBoxes(Claim, Network, IReadOnlyList{Box}, TargetExpression, Rational, CancellationToken, IProgress{int})"/> for a
    /// target of one variable known by its values and a Lipschitz constant L: on [a, b] the kernel encloses f by
    /// f(m) ± L·(b − a)/2 around the midpoint m.
    /// </summary>
    /// <remarks>
    /// The enclosure, and so a proved verdict, rests on the stated constant, which the kernel does not verify
    /// (docs/kernel-trust.md); a refutation does not: its witness is a point where the supplied function is evaluated.
    /// </remarks>
    /// <exception cref="ArgumentException">When a box is not one-dimensional or the network has more than one output.</exception>
    public static Verdict ConstantOnBoxes(Claim claim, Network network, IReadOnlyList<Box> boxes, LipschitzTarget target, Rational bound,
        CancellationToken cancellation = default, IProgress<int>? boxesJudged = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        TargetEnclosure Enclose(Box box)
        {
            if (box.Dimension != 1) throw new ArgumentException($"{claim.Id}: the Lipschitz target {target.Name} has one variable, the box {Describe(box)} has {box.Dimension}");
            var (a, b) = (box.Lower[0], box.Upper[0]);
            if (a == b) return new TargetEnclosure(target.Evaluate(a), target.Evaluate(a), TargetEnclosure.At(0, a), TargetEnclosure.At(0, a));
            var centre = target.Evaluate((a + b) / 2);
            var spread = target.LipschitzConstant * (b - a) / 2;
            return new TargetEnclosure(centre - spread, centre + spread);
        }
        return ConstantOnBoxes(claim, network, boxes, Enclose, x => target.Evaluate(x[0]), $"f = {target}", bound, cancellation, boxesJudged);
    }

    private static Verdict ConstantOnBoxes(Claim claim, Network network, IReadOnlyList<Box> boxes, Func<Box, TargetEnclosure> enclose,
        Func<IReadOnlyList<Rational>, Rational> target, string what, Rational bound, CancellationToken cancellation, IProgress<int>? boxesJudged) =>
        ConstantOnBoxes(claim, network, boxes, enclose, target, what, bound, cancellation, Environment.ProcessorCount, boxesJudged);

    // The boxes' affine analyses run `parallelism` at a time, a batch ahead of the in-order pass that judges them, so the
    // verdict (and its witness) is the one of the first failing box in input order, as with one thread.
    internal static Verdict ConstantOnBoxes(Claim claim, Network network, IReadOnlyList<Box> boxes, Func<Box, TargetEnclosure> enclose,
        Func<IReadOnlyList<Rational>, Rational> target, string what, Rational bound, CancellationToken cancellation, int parallelism,
        IProgress<int>? boxesJudged = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(boxes);
        if (network.OutputDimension != 1) throw new ArgumentException($"{claim.Id}: the network has {network.OutputDimension} outputs; box checks need 1");
        var sizes = NetworkSizes.Measure(network);
        var worst = Rational.Zero;
        bool exact = true;
        var analyses = new AffineBatch(network, boxes, Math.Max(1, parallelism));
        for (int b = 0; b < boxes.Count; b++)
        {
            if (cancellation.IsCancellationRequested) return Unknown(claim, $"Boxes: stopped after {b} of {boxes.Count} boxes", sizes);
            var box = boxes[b];
            var affine = analyses.Get(b);
            if (!affine.PatternFixed)
                return Unknown(claim, $"Boxes: box {b} ({Describe(box)}): neuron {affine.UnfixedNeuron} of layer {affine.UnfixedLayer} changes sign", sizes);
            if (!affine.IsConstant) return Unknown(claim, $"Boxes: box {b} ({Describe(box)}): the network is affine but not constant there", sizes);
            var c = affine.Offset![0];
            var range = enclose(box);
            var below = c - range.Lower;   // c − min f, at most
            var above = range.Upper - c;   // max f − c, at most
            var gap = Rational.Max(below, above);
            if (gap > bound)
            {
                // The side that exceeds the bound first at the point where its end is attained, then at the corners and centre.
                var candidates = new List<IReadOnlyList<Rational>>();
                if (below > bound && range.LowerAt is { } low) candidates.Add(Complete(box, low));
                if (above > bound && range.UpperAt is { } high) candidates.Add(Complete(box, high));
                candidates.AddRange(Corners(box));
                foreach (var p in candidates)
                {
                    if (Rational.Abs(c - target(p)) <= bound) continue;
                    var witness = ReEvaluatedWitness(claim, network, target, p, bound);
                    return new Verdict(claim, VerdictKind.Refuted, $"Boxes: box {b} ({Describe(box)}), {witness.Description}", witness.Gap.ToString(), bound.ToString(), witness, sizes);
                }
                return Unknown(claim, $"Boxes: box {b} ({Describe(box)}): N = {c} and {what} ∈ {range} allow a gap up to {gap} > {bound}, " +
                    "but no point of the box where the gap exceeds the bound was found", sizes);
            }
            exact &= range.IsExact;
            if (gap > worst) worst = gap;
            boxesJudged?.Report(b + 1);
        }
        return new Verdict(claim, VerdictKind.Proved,
            $"Boxes: constant on each of {boxes.Count} boxes (fixed activation pattern), max |c − f| {(exact ? "=" : "≤")} {worst} ≤ {bound} " +
            $"({(exact ? "exact: the kernel's enclosure of f is attained on every box" : "by the kernel's enclosure of f on each box")})",
            worst.ToString(), bound.ToString(), sizes: sizes);
    }

    // A point of the box agreeing with the partial point (other coordinates at the lower corner).
    private static Rational[] Complete(Box box, IReadOnlyDictionary<int, Rational> partial)
    {
        var p = box.Lower.ToArray();
        foreach (var (i, v) in partial) p[i] = v;
        return p;
    }

    // The corners (up to MaxCornerDimension coordinates) and the centre of the box.
    private static IEnumerable<IReadOnlyList<Rational>> Corners(Box box)
    {
        var lower = box.Lower.ToArray();
        var upper = box.Upper.ToArray();
        if (box.Dimension <= MaxCornerDimension)
            for (int mask = 0; mask < 1 << box.Dimension; mask++)
                yield return Enumerable.Range(0, box.Dimension).Select(i => (mask >> i & 1) == 0 ? lower[i] : upper[i]).ToArray();
        yield return Enumerable.Range(0, box.Dimension).Select(i => (lower[i] + upper[i]) / 2).ToArray();
    }

    private static string Describe(Box box) =>
        string.Join(" × ", Enumerable.Range(0, box.Dimension).Select(i => $"[{box.Lower[i]}, {box.Upper[i]}]"));
}
