using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Claims;

public static partial class Check
{
    /// <summary>
    /// A rational quantity (an exact integral, the lower end of an enclosure…) must stand in
    /// <paramref name="relation"/> to <paramref name="stated"/>: the rational counterpart of <see cref="Count"/>.
    /// <paramref name="measure"/> is called twice before a refutation, so it must be a pure measurement.
    /// </summary>
    public static Verdict Value(Claim claim, string quantity, Func<Rational> measure, Relation relation, Rational stated)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(measure);
        var m = measure();
        if (relation.Holds(m, stated))
            return new Verdict(claim, VerdictKind.Proved, $"{quantity}: measured {m} {relation.Symbol()} {stated}", m.ToString(), stated.ToString());
        var again = measure();
        if (again != m) throw new InvalidOperationException($"{claim.Id}: {quantity} measured {m} then {again}; the measurement is not deterministic");
        var w = new Witness([], m, stated, Rational.Abs(m - stated), $"{quantity}: measured {m}, stated {relation.Symbol()} {stated}");
        return new Verdict(claim, VerdictKind.Refuted, $"{quantity}: measured {m} violates {relation.Symbol()} {stated}", m.ToString(), stated.ToString(), w);
    }

    /// <summary>
    /// At each sample (a rational vector that names one instance of the claim), the measured quantity must stand in
    /// <paramref name="relation"/> to the stated one, both computed exactly from the sample. A violation is re-computed
    /// from scratch and returned as a refutation whose witness is the sample; otherwise the verdict is
    /// <see cref="VerdictKind.Sampled"/>: evidence on these samples only. The report shows the tightest sample.
    /// </summary>
    /// <exception cref="ArgumentException">When there are no samples.</exception>
    public static Verdict AtSamples(Claim claim, string quantity, IReadOnlyList<IReadOnlyList<Rational>> samples,
        Func<IReadOnlyList<Rational>, Rational> measure, Func<IReadOnlyList<Rational>, Rational> stated, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(stated);
        if (samples.Count == 0) throw new ArgumentException($"{claim.Id}: {quantity}: no samples to check");
        (Rational Slack, Rational Measured, Rational Stated)? tightest = null;
        foreach (var sample in samples)
        {
            var x = sample.ToArray();
            Rational m = measure(x), s = stated(x);
            if (!relation.Holds(m, s))
            {
                Rational m2 = measure(x), s2 = stated(x);
                if (m2 != m || s2 != s)
                    throw new InvalidOperationException($"{claim.Id}: {quantity} at sample ({string.Join(", ", x)}) measured {m} vs {s}, then {m2} vs {s2}; not deterministic");
                var w = new Witness(x, m, s, Rational.Abs(m - s), $"at sample ({string.Join(", ", x)}): {quantity} {m} violates {relation.Symbol()} {s}");
                return new Verdict(claim, VerdictKind.Refuted, $"{quantity}: {w.Description}", m.ToString(), s.ToString(), w);
            }
            // The slack is how far the relation is from failing (0 for equality).
            var slack = relation switch { Relation.AtMost => s - m, Relation.AtLeast => m - s, _ => Rational.Zero };
            if (tightest is null || slack < tightest.Value.Slack) tightest = (slack, m, s);
        }
        var (_, tm, ts) = tightest!.Value;
        return new Verdict(claim, VerdictKind.Sampled,
            $"{quantity}: holds on {samples.Count} samples; tightest {tm} {relation.Symbol()} {ts}", tm.ToString(), ts.ToString());
    }
}
