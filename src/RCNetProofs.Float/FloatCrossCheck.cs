using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>
/// Compares the double evaluation of a network with its exact evaluation at given points, against the a-priori
/// bound of <see cref="RoundingErrorBound"/>; shows where floating point can be trusted as a sampler and where it breaks.
/// </summary>
/// <remarks>
/// The exact values come from <see cref="CompiledNetwork{T}"/> over <see cref="Dyadic"/> when the network and the
/// points are dyadic and over <see cref="Rational"/> otherwise; they decide, the doubles are evidence. The double
/// values come from <see cref="FloatNetwork"/> at the nearest doubles to the points.
/// </remarks>
public static class FloatCrossCheck
{
    /// <summary>Evaluates <paramref name="network"/> at every point exactly and in double and reports the gaps and bounds.</summary>
    /// <exception cref="ArgumentException">When a point has the wrong dimension.</exception>
    public static CrossCheckReport Run(Network network, IReadOnlyList<Rational[]> points)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(points);
        int count = points.Count, dimension = network.InputDimension, outputs = network.OutputDimension;
        for (int p = 0; p < count; p++)
            if (points[p].Length != dimension)
                throw new ArgumentException($"point {p} has {points[p].Length} coordinates, the network takes {dimension}", nameof(points));

        var featureMajor = new double[dimension * count];
        for (int p = 0; p < count; p++)
            for (int j = 0; j < dimension; j++)
                featureMajor[j * count + p] = points[p][j].ToDouble();
        var floats = FloatNetwork.Compile(network).Evaluate(featureMajor, count);

        var exact = ExactEvaluator(network, points);
        var bound = RoundingErrorBound.For(network);
        var checks = new PointCheck[count];
        for (int p = 0; p < count; p++)
        {
            var value = exact(points[p]);
            var bounds = bound.At(points[p], out var traced);
            if (!traced.AsSpan().SequenceEqual(value))
                throw new InvalidOperationException($"the bound's exact trace disagrees with the exact evaluator at point {p}");
            var f = new double[outputs];
            for (int j = 0; j < outputs; j++) f[j] = floats[j * count + p];
            checks[p] = new PointCheck(p, (Rational[])points[p].Clone(), value, f, bounds);
        }
        return new CrossCheckReport(network, checks);
    }

    /// <summary>
    /// Runs <see cref="Run"/> on <paramref name="family"/>(L) for L = <paramref name="minDepth"/>..<paramref name="maxDepth"/>
    /// and finds, per point, the first L at which the double result is off by more than <paramref name="threshold"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the depth range is empty or the threshold negative.</exception>
    public static DepthSweep SweepDepth(Func<int, Network> family, int minDepth, int maxDepth, IReadOnlyList<Rational[]> points, Rational threshold)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minDepth, maxDepth);
        if (threshold.Sign < 0) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "must be non-negative");
        var rows = new DepthSweepRow[maxDepth - minDepth + 1];
        var first = new int?[points.Count];
        for (int depth = minDepth; depth <= maxDepth; depth++)
        {
            var report = Run(family(depth), points);
            rows[depth - minDepth] = new DepthSweepRow(depth, report, threshold);
            foreach (var p in report.Points)
                if (first[p.Index] is null && (p.Error is not Rational e || e > threshold))
                    first[p.Index] = depth;
        }
        return new DepthSweep(threshold, rows, first);
    }

    /// <summary>
    /// Follows L2∘g^{∘r}∘L1 at <paramref name="x"/> part by part, in double (from the nearest doubles to x, each part
    /// by <see cref="FloatNetwork"/> on the double state of the step before) and exactly, and reports per step how far
    /// the double state is from the exact one and where it first exceeds <paramref name="tolerance"/>.
    /// </summary>
    /// <remarks>
    /// The parts are evaluated separately, so the double rounding is that of the unmerged parts; a flattened network,
    /// whose junction layers are merged products, rounds differently at the junctions.
    /// </remarks>
    /// <param name="first">L1, taking x to the first state.</param>
    /// <param name="block">g, mapping a state to the next.</param>
    /// <param name="last">L2, taking the last state to the output.</param>
    /// <param name="compositions">r, the number of copies of g.</param>
    /// <param name="x">The input point.</param>
    /// <param name="tolerance">The error beyond which a double value counts as departed, non-negative.</param>
    /// <exception cref="ArgumentException">When the dimensions do not chain or x has the wrong dimension.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When r or the tolerance is negative.</exception>
    public static CompositionTrace TraceCompositions(Network first, Network block, Network last, int compositions, IReadOnlyList<Rational> x, Rational tolerance)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfNegative(compositions);
        if (tolerance.Sign < 0) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "must be non-negative");
        if (x.Count != first.InputDimension) throw new ArgumentException($"the point has {x.Count} coordinates, L1 takes {first.InputDimension}", nameof(x));
        if (block.InputDimension != first.OutputDimension || block.OutputDimension != block.InputDimension || last.InputDimension != block.OutputDimension)
            throw new ArgumentException($"the parts do not chain: L1 R^{first.InputDimension}→R^{first.OutputDimension}, g R^{block.InputDimension}→R^{block.OutputDimension}, L2 R^{last.InputDimension}→R^{last.OutputDimension}");

        var (floatFirst, floatBlock, floatLast) = (FloatNetwork.Compile(first), FloatNetwork.Compile(block), FloatNetwork.Compile(last));
        var exactFirst = new CompiledNetwork<Rational>(first, NumberConverters.ToRational);
        var exactBlock = new CompiledNetwork<Rational>(block, NumberConverters.ToRational);
        var exactLast = new CompiledNetwork<Rational>(last, NumberConverters.ToRational);
        var steps = new CompositionTraceStep[compositions + 2];

        // With one point, feature-major order is just the vector.
        var f = floatFirst.Evaluate(x.Select(v => v.ToDouble()).ToArray(), 1);
        var e = exactFirst.Evaluate(x.ToArray());
        steps[0] = new CompositionTraceStep(0, false, f, e, tolerance);
        for (int k = 1; k <= compositions; k++)
        {
            f = floatBlock.Evaluate(f, 1);
            e = exactBlock.Evaluate(e);
            steps[k] = new CompositionTraceStep(k, false, f, e, tolerance);
        }
        steps[^1] = new CompositionTraceStep(compositions, true, floatLast.Evaluate(f, 1), exactLast.Evaluate(e), tolerance);
        return new CompositionTrace(x.ToArray(), tolerance, steps);
    }

    private static Func<Rational[], Rational[]> ExactEvaluator(Network network, IReadOnlyList<Rational[]> points)
    {
        if (network.IsDyadic && points.All(x => x.All(v => v.Denominator.IsPowerOfTwo)))
        {
            var dyadic = new CompiledNetwork<Dyadic>(network, NumberConverters.ToDyadic);
            return x => Array.ConvertAll(dyadic.Evaluate(Array.ConvertAll(x, v => v.ToDyadic())), d => d.ToRational());
        }
        var rational = new CompiledNetwork<Rational>(network, NumberConverters.ToRational);
        return x => rational.Evaluate(x);
    }
}
