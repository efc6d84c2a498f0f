using System.Buffers;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Float;

/// <summary>
/// A network compiled to double for batched evaluation over many points in feature-major layout; a fast
/// sampler that never proves anything.
/// </summary>
/// <remarks>
/// Layout: for d features and n points, coordinate j of point p is at index j·n + p (one contiguous row of all
/// points per feature), and outputs come back the same way. Points are processed in tiles that stay in cache
/// through every layer; each layer runs either as compressed rows (zero weights skipped) or, when dense, as
/// register-tiled blocks of 6 neurons × 4 vectors of points (512-bit vectors where the runtime accelerates them,
/// else <see cref="System.Numerics.Vector{T}"/>). Per point the arithmetic is that of
/// <see cref="CompiledNetwork{T}"/> at T = double, operation for operation, so for finite intermediate values the
/// results are bitwise equal to it whatever the kernel, tile or thread count.
/// </remarks>
public sealed class FloatNetwork
{
    private const int TileBytes = 16 * 1024;
    private const long ParallelWorkThreshold = 1L << 20;
    // Largest input tile (in doubles) copied for a padded stride; wider inputs are read in place.
    private const long MaxCopyLength = 1L << 20;
    private readonly FloatLayer[] _layers;
    private readonly FloatSimd _simd;

    private FloatNetwork(Network network, FloatKernel kernel, FloatSimd simd, int? tileSize)
    {
        Network = network;
        _layers = network.Layers.Select(l => new FloatLayer(l, kernel)).ToArray();
        _simd = simd;
        int hidden = _layers.Length > 1 ? _layers[..^1].Max(l => l.OutputSize) : 1;
        MaxHiddenWidth = hidden;
        int vc = 4 * (simd == FloatSimd.Wide ? System.Runtime.Intrinsics.Vector512<double>.Count : System.Numerics.Vector<double>.Count);
        TileSize = tileSize ?? Math.Clamp(TileBytes / (sizeof(double) * hidden) / vc * vc, vc * 4, 4096);
        WorkPerPoint = _layers.Sum(l => l.WorkPerPoint);
    }

    /// <summary>Compiles <paramref name="network"/>: weights rounded to the nearest double once, a kernel chosen per layer.</summary>
    public static FloatNetwork Compile(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new FloatNetwork(network, FloatKernel.Auto, FloatSimdChoice.Best, tileSize: null);
    }

    /// <summary>Compiles with a forced kernel, vector width and tile size (tests and benchmarks of the paths).</summary>
    internal static FloatNetwork Compile(Network network, FloatKernel kernel, FloatSimd simd, int? tileSize = null)
    {
        if (tileSize is <= 0) throw new ArgumentOutOfRangeException(nameof(tileSize), tileSize, "must be positive");
        return new FloatNetwork(network, kernel, simd, tileSize);
    }

    /// <summary>The network these weights came from.</summary>
    public Network Network { get; }
    /// <summary>Number of input features (rows of the point layout).</summary>
    public int InputDimension => Network.InputDimension;
    /// <summary>Number of outputs (rows of the output layout).</summary>
    public int OutputDimension => Network.OutputDimension;

    internal int MaxHiddenWidth { get; }
    /// <summary>Points per tile: a multiple of four vectors, sized so a tile of the widest hidden layer fits in 16 KB where four blocks of points allow it.</summary>
    internal int TileSize { get; }
    internal long WorkPerPoint { get; }
    internal IReadOnlyList<FloatLayer> Layers => _layers;

    /// <summary>Evaluates the network at <paramref name="count"/> points on the calling thread.</summary>
    /// <param name="pointsFeatureMajor">InputDimension × count values, coordinate j of point p at j·count + p.</param>
    /// <param name="count">Number of points.</param>
    /// <param name="output">OutputDimension × count values, written in the same layout; must not overlap the points.</param>
    /// <exception cref="ArgumentException">When a length does not match count or the buffers overlap.</exception>
    public void Evaluate(ReadOnlySpan<double> pointsFeatureMajor, int count, Span<double> output)
    {
        Validate(pointsFeatureMajor, count, output);
        EvaluateTiles(pointsFeatureMajor, count, output, 0, TileCount(count));
    }

    /// <summary>Evaluates the network at <paramref name="count"/> points and returns the outputs in feature-major layout.</summary>
    /// <exception cref="ArgumentException">When the length of the points is not InputDimension × count.</exception>
    public double[] Evaluate(ReadOnlySpan<double> pointsFeatureMajor, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var output = new double[checked(OutputDimension * count)];
        Evaluate(pointsFeatureMajor, count, output);
        return output;
    }

    /// <summary>
    /// Evaluates the network at <paramref name="count"/> points, splitting the point tiles over up to
    /// <paramref name="maxDegreeOfParallelism"/> threads (−1: all cores) when the batch is large enough to gain.
    /// </summary>
    /// <remarks>The result is bitwise the same as <see cref="Evaluate(ReadOnlySpan{double}, int, Span{double})"/>.</remarks>
    /// <exception cref="ArgumentException">When a length does not match count or the buffers overlap.</exception>
    public void EvaluateParallel(ReadOnlyMemory<double> pointsFeatureMajor, int count, Memory<double> output, int maxDegreeOfParallelism = -1)
    {
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "must be positive or -1");
        Validate(pointsFeatureMajor.Span, count, output.Span);
        int tiles = TileCount(count);
        int threads = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        // Below about a million multiply-adds the cost of waking a second thread is not earned back.
        if (WorkPerPoint * count < ParallelWorkThreshold) threads = 1;
        threads = Math.Min(threads, tiles);
        if (threads <= 1)
        {
            EvaluateTiles(pointsFeatureMajor.Span, count, output.Span, 0, tiles);
            return;
        }
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            int first = (int)((long)tiles * t / threads), last = (int)((long)tiles * (t + 1) / threads);
            EvaluateTiles(pointsFeatureMajor.Span, count, output.Span, first, last);
        });
    }

    private void Validate(ReadOnlySpan<double> points, int count, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (points.Length != (long)InputDimension * count)
            throw new ArgumentException($"expected {InputDimension} × {count} input values, got {points.Length}", "pointsFeatureMajor");
        if (output.Length != (long)OutputDimension * count)
            throw new ArgumentException($"expected {OutputDimension} × {count} output values, got {output.Length}", nameof(output));
        if (points.Overlaps(output))
            throw new ArgumentException("the output buffer overlaps the points", nameof(output));
    }

    private int TileCount(int count) => (int)(((long)count + TileSize - 1) / TileSize);

    private void EvaluateTiles(ReadOnlySpan<double> points, int count, Span<double> output, int firstTile, int lastTile)
    {
        if (firstTile >= lastTile) return;
        int rowCapacity = PaddedStride(TileSize);
        // Rows count apart with count a multiple of 512 doubles (4 KB) all fall into one L1 set; a sparse first
        // layer then reads a copy of the tile with a padded stride instead (a dense one packs its own panels).
        bool copyInput = count % 512 == 0 && InputDimension > 2 && !_layers[0].UseDense
            && (long)InputDimension * rowCapacity <= MaxCopyLength;
        int bufferLength = Math.Max(_layers.Length > 1 ? MaxHiddenWidth : 0, copyInput ? InputDimension : 0) * rowCapacity;
        var a = ArrayPool<double>.Shared.Rent(bufferLength);
        var b = ArrayPool<double>.Shared.Rent(bufferLength);
        try
        {
            for (int t = firstTile; t < lastTile; t++)
            {
                int p0 = t * TileSize, length = Math.Min(TileSize, count - p0);
                int stride = PaddedStride(length);
                ReadOnlySpan<double> input = points[p0..];
                int inStride = count;
                bool inA = false;
                if (copyInput)
                {
                    for (int j = 0; j < InputDimension; j++) points.Slice(j * count + p0, length).CopyTo(b.AsSpan(j * stride));
                    input = b;
                    inStride = stride;
                }
                for (int l = 0; l < _layers.Length; l++)
                {
                    var layer = _layers[l];
                    bool last = l == _layers.Length - 1;
                    Span<double> dst = last ? output[p0..] : (inA ? b : a).AsSpan();
                    int outStride = last ? count : stride;
                    layer.Apply(input, inStride, dst, outStride, length, _simd);
                    input = dst;
                    inStride = outStride;
                    inA = !inA;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(a);
            ArrayPool<double>.Shared.Return(b);
        }
    }

    private static int PaddedStride(int length) => length % 512 == 0 ? length + 8 : length;
}
