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
