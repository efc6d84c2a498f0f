using System.Runtime.CompilerServices;
using System.Numerics;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// Exact enumeration of the linear pieces of a ReLU network restricted to a segment, streamed in order of t.
/// </summary>
/// <remarks>
/// Depth-first over layers: each node carries the affine forms (in t) of one layer's inputs on a parameter
/// interval; a ReLU neuron whose pre-activation changes sign inside the interval splits it at the exact root.
/// Memory is O(depth · width · splits per node), independent of the number of pieces, so a query that only
/// folds the pieces (a supremum, an integral, a count) runs in flat memory. A piece budget and a cancellation
/// token bound the work; hitting either returns an incomplete result, never a partial verdict.
/// Speed: when the weights and the segment are dyadic the work runs over <see cref="Dyadic"/> (no GCDs) and
/// switches to <see cref="Rational"/> from the first breakpoint that is not dyadic; both paths are exact.
/// Pieces are not merged: two neighbours may carry the same affine map when a split neuron does not affect the
/// output; <see cref="CountDistinctPieces"/> merges them.
/// </remarks>
public static class PiecewiseLinear
{
    /// <summary>
    /// Default piece budget: 2^22 pieces (a few seconds of work); raise it with --budget for larger cases
    /// (h_24 against x² has 2^24 pieces).
    /// </summary>
    public const long DefaultBudget = 1L << 22;

    private sealed class Layer<T>
    {
        public required int[] RowStart;
        public required int[] Cols;
        public required T[] Vals;
        public required T[] Bias;
        public required bool[] Relu;
    }

    private readonly record struct Frame<T>(int Layer, T Start, T End, T[] Slope, T[] Intercept);

    private enum Outcome { Done, Budget, Sink, Timeout, NeedsRational }

    /// <summary>
    /// Delivers every linear piece of <paramref name="network"/> on <paramref name="segment"/> to
    /// <paramref name="sink"/>, left to right; the sink returns false to stop early.
    /// </summary>
    /// <exception cref="ArgumentException">When the segment's dimension differs from the network's input dimension.</exception>
    /// <param name="network">The network.</param>
    /// <param name="segment">The segment of its input space.</param>
    /// <param name="sink">Receives the pieces; returns false to stop.</param>
    /// <param name="budget">Most pieces delivered before the result is incomplete.</param>
    /// <param name="cancellation">Stops the enumeration (the result is then incomplete).</param>
    /// <param name="piecesFound">Told the number of pieces delivered so far, now and then (for progress displays).</param>
    public static EnumerationResult Enumerate(Network network, Segment segment, Func<LinearPiece, bool> sink,
        long budget = DefaultBudget, CancellationToken cancellation = default, IProgress<long>? piecesFound = null) =>
        Enumerate(network, segment, new PieceSink(sink), budget, cancellation, piecesFound);

    /// <summary>Adapts a public sink: converts each piece to rationals.</summary>
    private readonly struct PieceSink(Func<LinearPiece, bool> sink) : IPieceVisitor
    {
        public bool Visit<T>(T start, T end, T[] slope, T[] intercept)
        {
            if (typeof(T) == typeof(Dyadic))
            {
                var s = (Dyadic[])(object)slope; var c = (Dyadic[])(object)intercept;
                return sink(new LinearPiece(Rational.FromDyadic((Dyadic)(object)start!), Rational.FromDyadic((Dyadic)(object)end!),
                    Array.ConvertAll(s, Rational.FromDyadic), Array.ConvertAll(c, Rational.FromDyadic)));
            }
            return sink(new LinearPiece((Rational)(object)start!, (Rational)(object)end!, (Rational[])((Rational[])(object)slope).Clone(), (Rational[])((Rational[])(object)intercept).Clone()));
        }
    }

    /// <summary>The enumeration with a struct visitor that sees the pieces in the working number type (Dyadic or Rational).</summary>
    internal static EnumerationResult Enumerate<TVisitor>(Network network, Segment segment, TVisitor sink,
        long budget, CancellationToken cancellation, IProgress<long>? piecesFound = null) where TVisitor : IPieceVisitor
    {
        if (segment.Dimension != network.InputDimension)
            throw new ArgumentException($"segment lies in R^{segment.Dimension} but the network takes R^{network.InputDimension}");
        long pieces = 0;
        if (network.IsDyadic && TryDyadic(segment, out var start, out var end, out var dir, out var origin))
        {
            var stack = new Stack<Frame<Dyadic>>();
            stack.Push(new Frame<Dyadic>(0, start, end, dir, origin));
            var outcome = Run<Dyadic, DyadicOps, TVisitor>(Compile(network, NumberConverters.ToDyadic), stack, sink, budget, cancellation, piecesFound, ref pieces);
            if (outcome != Outcome.NeedsRational) return Result(outcome, pieces);
            // Continue exactly where the dyadic pass stopped, with the same frames over the rationals.
            var rational = new Stack<Frame<Rational>>();
            foreach (var f in stack.Reverse())
                rational.Push(new Frame<Rational>(f.Layer, f.Start, f.End, ToRational(f.Slope), ToRational(f.Intercept)));
            return Result(Run<Rational, RationalOps, TVisitor>(Compile(network, NumberConverters.ToRational), rational, sink, budget, cancellation, piecesFound, ref pieces), pieces);
        }
        var rs = new Stack<Frame<Rational>>();
        rs.Push(new Frame<Rational>(0, segment.Start, segment.End, segment.Direction.ToArray(), segment.Origin.ToArray()));
        return Result(Run<Rational, RationalOps, TVisitor>(Compile(network, NumberConverters.ToRational), rs, sink, budget, cancellation, piecesFound, ref pieces), pieces);
    }

    private static EnumerationResult Result(Outcome o, long pieces) => o switch
    {
        Outcome.Done => new EnumerationResult(true, pieces, null),
        Outcome.Budget => new EnumerationResult(false, pieces, "budget"),
        Outcome.Sink => new EnumerationResult(false, pieces, "sink"),
        _ => new EnumerationResult(false, pieces, "timeout"),
    };

    private static Rational[] ToRational(Dyadic[] v) => Array.ConvertAll(v, Rational.FromDyadic);

    private static bool TryDyadic(Segment s, out Dyadic start, out Dyadic end, out Dyadic[] dir, out Dyadic[] origin)
    {
        dir = new Dyadic[s.Dimension]; origin = new Dyadic[s.Dimension]; end = default;
        bool ok = s.Start.TryToDyadic(out start) & s.End.TryToDyadic(out end);
        for (int i = 0; i < s.Dimension; i++) ok &= s.Direction[i].TryToDyadic(out dir[i]) & s.Origin[i].TryToDyadic(out origin[i]);
        return ok;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one long-running call: tier-0 code would run for most of it
    private static Outcome Run<T, TOps, TVisitor>(Layer<T>[] layers, Stack<Frame<T>> stack, TVisitor sink,
        long budget, CancellationToken cancellation, IProgress<long>? piecesFound, ref long pieces)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IComparisonOperators<T, T, bool>, IAdditiveIdentity<T, T>
        where TOps : struct, IExactFieldOps<T>
        where TVisitor : IPieceVisitor
    {
        var cuts = new List<T>();
        var zero = T.AdditiveIdentity;
        // Arrays are recycled per length (a layer's width or the input dimension): a frame's arrays go back to the
        // pool once its children hold their own.
        int longest = 0;
        foreach (var l in layers) longest = Math.Max(longest, l.Bias.Length);
        foreach (var f0 in stack) longest = Math.Max(longest, f0.Slope.Length);
        var pool = new Stack<T[]>[longest + 1];
        for (int i = 0; i < pool.Length; i++) pool[i] = new Stack<T[]>();
        T[] Rent(int length) => pool[length].TryPop(out var a) ? a : new T[length];
        void Return(T[] a) => pool[a.Length].Push(a);
        int[] startSign = [], endSign = [];
        T[] cutAt = [];
        long nodes = 0;
        while (stack.Count > 0)
        {
            if ((++nodes & 4095) == 0)
            {
                if (cancellation.IsCancellationRequested) return Outcome.Timeout;
                piecesFound?.Report(pieces);
            }
            var f = stack.Pop();
            var layer = layers[f.Layer];
            int n = layer.Bias.Length;
            var za = Rent(n); var zb = Rent(n);
            for (int i = 0; i < n; i++)
            {
                T a = zero, b = layer.Bias[i];
                for (int k = layer.RowStart[i]; k < layer.RowStart[i + 1]; k++)
                {
                    var w = layer.Vals[k]; int c = layer.Cols[k];
                    a = TOps.MulAdd(a, w, f.Slope[c]);
                    b = TOps.MulAdd(b, w, f.Intercept[c]);
                }
                za[i] = a; zb[i] = b;
            }
            if (f.Layer == layers.Length - 1)
            {
                if (pieces >= budget) { Return(za); Return(zb); stack.Push(f); return Outcome.Budget; }
                pieces++;
                bool go = sink.Visit(f.Start, f.End, za, zb);
                Return(za); Return(zb); Return(f.Slope); Return(f.Intercept);
                if (!go) return Outcome.Sink;
                continue;
            }
            // Sign of every ReLU pre-activation at both ends; a strict sign change means one exact cut inside.
            if (startSign.Length < n) { startSign = new int[n]; endSign = new int[n]; cutAt = new T[n]; }
            cuts.Clear();
            for (int i = 0; i < n; i++)
            {
                if (!layer.Relu[i]) continue;
                if (za[i] == zero) { startSign[i] = endSign[i] = TOps.Sign(zb[i]); continue; }
                int s0 = TOps.Sign(TOps.MulAdd(zb[i], za[i], f.Start)), s1 = TOps.Sign(TOps.MulAdd(zb[i], za[i], f.End));
                startSign[i] = s0; endSign[i] = s1;
                if (s0 * s1 >= 0) continue;
                if (!TOps.TryNegDivide(zb[i], za[i], out var t)) { Return(za); Return(zb); stack.Push(f); return Outcome.NeedsRational; }
                cutAt[i] = t;
                cuts.Add(t);
            }
            if (cuts.Count == 0)
            {
                // No sign change: a neuron is off when it is ≤ 0 at both ends (an affine function between them).
                for (int i = 0; i < n; i++)
                    if (layer.Relu[i] && startSign[i] <= 0 && endSign[i] <= 0) { za[i] = zero; zb[i] = zero; }
                Return(f.Slope); Return(f.Intercept);
                stack.Push(new Frame<T>(f.Layer + 1, f.Start, f.End, za, zb));
                continue;
            }
            cuts.Sort();
            // Push right-most first so pieces come out left to right.
            var right = f.End;
            for (int j = cuts.Count - 1; j >= -1; j--)
            {
                var left = j >= 0 ? cuts[j] : f.Start;
                if (left == right) continue; // repeated cut
                var a = Rent(n); var b = Rent(n);
                for (int i = 0; i < n; i++)
                {
                    bool off = false;
                    if (layer.Relu[i])
                    {
                        if (startSign[i] * endSign[i] >= 0) off = startSign[i] <= 0 && endSign[i] <= 0;
                        else off = (left >= cutAt[i] ? endSign[i] : startSign[i]) < 0; // the child lies on one side of the cut
                    }
                    if (off) { a[i] = zero; b[i] = zero; } else { a[i] = za[i]; b[i] = zb[i]; }
                }
                stack.Push(new Frame<T>(f.Layer + 1, left, right, a, b));
                right = left;
            }
            Return(za); Return(zb); Return(f.Slope); Return(f.Intercept);
        }
        return Outcome.Done;
    }

    private static Layer<T>[] Compile<T>(Network network, Func<Rational, T> convert)
    {
        var result = new Layer<T>[network.Layers.Length];
        for (int l = 0; l < result.Length; l++)
        {
            var (rowStart, cols, vals, bias, relu) = network.Layers[l].Convert(convert);
            result[l] = new Layer<T> { RowStart = rowStart, Cols = cols, Vals = vals, Bias = bias, Relu = relu };
        }
        return result;
    }

    /// <summary>
    /// Number of maximal linear pieces on the segment (neighbours with the same affine map merged), or null when
    /// the budget ran out; <paramref name="result"/> says how far the enumeration got.
    /// </summary>
    public static long? CountDistinctPieces(Network network, Segment segment, out EnumerationResult result, long budget = DefaultBudget, CancellationToken cancellation = default)
    {
        long count = 0; LinearPiece? prev = null;
        result = Enumerate(network, segment, p =>
        {
            if (prev is null || !p.SameMapAs(prev)) count++;
            prev = p;
            return true;
        }, budget, cancellation);
        return result.Complete ? count : null;
    }
}
