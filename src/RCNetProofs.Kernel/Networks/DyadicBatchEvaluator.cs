using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Networks;

/// <summary>
/// Evaluates a dyadic network at many points at once, exactly: it gives the same values as
/// <see cref="CompiledNetwork{T}"/> over <see cref="Dyadic"/>, only faster while the values fit in 64 bits, and
/// still faster while they fit in 512.
/// </summary>
/// <remarks>
/// Points are taken in blocks and a block is evaluated layer by layer. Within a layer all values of a block
/// share one power-of-two scale 2^E, so each value is a 64-bit integer lane and the affine map is integer
/// multiply-add. Before a layer is run on lanes, a bound Σ_k |W_jk|·max_p |x_kp| + |b_j| (worst case over the
/// block, computed in 128 bits) is checked against 2^63 − 1; every partial sum is below that bound, so no lane
/// can overflow. When the bound fails, the block moves to wide lanes: fixed-width two's-complement integers of
/// 2 to 8 limbs of 64 bits at the same shared scale, sized per layer from a bit-length bound of the same kind,
/// and back to 64-bit lanes once every value fits again. Only when a value does not fit 8 limbs at the shared
/// scale (or a weight has no common 64-bit scale) is that layer computed for the block in <see cref="Dyadic"/>
/// arithmetic; the next layer tries lanes again. Nothing is rounded.
/// </remarks>
public sealed partial class DyadicBatchEvaluator
{
    // Exponents beyond this are left to Dyadic, whose own checked exponent arithmetic then applies.
    private const long ExponentLimit = 1L << 30;

    private readonly Layer[] _layers;
    private readonly int _maxWidth;
    private readonly int _blockSize;

    private sealed class Layer
    {
        public required int[] RowStart;
        public required int[] Cols;
        public required Dyadic[] Vals;
        public required Dyadic[] Bias;
        public required bool[] Relu;
        public int OutputSize => Bias.Length;

        // Lane form, valid when LaneReady: W_jk = IntWeights[k]·2^WeightExp and b_j = IntBias[j]·2^BiasExp.
        public bool LaneReady;
        public long[] IntWeights = [];
        public int WeightExp;
        public long[] IntBias = [];
        public bool HasBias;
        public int BiasExp;
    }

    /// <summary>Prepares <paramref name="network"/> for batched exact evaluation.</summary>
    /// <exception cref="NetworkException">When a weight or bias is not dyadic.</exception>
    public DyadicBatchEvaluator(Network network)
    {
        Network = network;
        _layers = new Layer[network.Layers.Length];
        for (int l = 0; l < _layers.Length; l++)
        {
            var src = network.Layers[l];
            var rowStart = new int[src.OutputSize + 1];
            var cols = new List<int>(); var vals = new List<Dyadic>();
            for (int i = 0; i < src.OutputSize; i++)
            {
                cols.AddRange(src.RowColumns(i).ToArray());
                foreach (var w in src.RowValues(i)) vals.Add(NumberConverters.ToDyadic(w));
                rowStart[i + 1] = cols.Count;
            }
            var bias = new Dyadic[src.OutputSize];
            var relu = new bool[src.OutputSize];
            for (int i = 0; i < bias.Length; i++) { bias[i] = NumberConverters.ToDyadic(src.Bias[i]); relu[i] = src.Activations[i] == Activation.Relu; }
            var layer = new Layer { RowStart = rowStart, Cols = cols.ToArray(), Vals = vals.ToArray(), Bias = bias, Relu = relu };
            PrepareLanes(layer);
            _layers[l] = layer;
        }
        _maxWidth = Math.Max(network.InputDimension, _layers.Max(x => x.OutputSize));
        _blockSize = Math.Clamp(2048 / _maxWidth, 16, 256);
    }

    /// <summary>The network being evaluated.</summary>
    public Network Network { get; }

    /// <summary>Writes the common-scale integer form of a layer's weights and biases, when they have one.</summary>
    private static void PrepareLanes(Layer layer)
    {
        if (!TryAlign(layer.Vals, out var w, out int wExp, out _)) return;
        if (!TryAlign(layer.Bias, out var b, out int bExp, out bool anyBias)) return;
        layer.IntWeights = w; layer.WeightExp = wExp;
        layer.IntBias = b; layer.BiasExp = bExp; layer.HasBias = anyBias;
        layer.LaneReady = true;
    }

    /// <summary>Writes each value as an integer times 2^exp with one common exp (the smallest), if all fit in a long.</summary>
    private static bool TryAlign(ReadOnlySpan<Dyadic> values, out long[] ints, out int exp, out bool anyNonZero)
    {
        ints = new long[values.Length];
        exp = 0; anyNonZero = false;
        foreach (var v in values)
        {
            if (v.IsZero) continue;
            if (!v.TryGetSmallMantissa(out _)) return false;
            exp = anyNonZero ? Math.Min(exp, v.Exponent) : v.Exponent;
            anyNonZero = true;
        }
        if (Math.Abs((long)exp) > ExponentLimit) return false;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i].IsZero) continue;
            values[i].TryGetSmallMantissa(out long m);
            if (!TryShiftLeft(m, (long)values[i].Exponent - exp, out ints[i])) return false;
        }
        return true;
    }

    /// <summary>m·2^s when it fits in a long (never long.MinValue).</summary>
    private static bool TryShiftLeft(long m, long s, out long result)
    {
        result = 0;
        if (s >= 63) return m == 0;
        long r = m << (int)s;
        if (r >> (int)s != m || r == long.MinValue) return false;
        result = r;
        return true;
    }

    /// <summary>N(x) for every point; <paramref name="inputs"/> holds the points one after another.</summary>
    /// <exception cref="ArgumentException">When the input length is not a multiple of the input dimension.</exception>
    public Dyadic[] Evaluate(ReadOnlySpan<Dyadic> inputs)
    {
        int inDim = Network.InputDimension;
        if (inputs.Length % inDim != 0)
            throw new ArgumentException($"network takes {inDim} inputs per point, got {inputs.Length} values", nameof(inputs));
        var output = new Dyadic[inputs.Length / inDim * Network.OutputDimension];
        Evaluate(inputs, output);
        return output;
    }

    /// <summary>N(x) for every point into <paramref name="outputs"/> (point after point, output dimension each).</summary>
    /// <exception cref="ArgumentException">When the input and output lengths do not describe the same number of points.</exception>
    public void Evaluate(ReadOnlySpan<Dyadic> inputs, Span<Dyadic> outputs)
    {
        int inDim = Network.InputDimension, outDim = Network.OutputDimension;
        if (inputs.Length % inDim != 0)
            throw new ArgumentException($"network takes {inDim} inputs per point, got {inputs.Length} values", nameof(inputs));
        int count = inputs.Length / inDim;
        if (outputs.Length != count * outDim)
            throw new ArgumentException($"{count} points need {count * outDim} output slots, got {outputs.Length}", nameof(outputs));
        if (count == 0) return;
        int block = Math.Min(_blockSize, count);
        var state = new BlockState(_maxWidth, block);
        for (int start = 0; start < count; start += block)
        {
            int n = Math.Min(block, count - start);
            state.Load(inputs.Slice(start * inDim, n * inDim), inDim, n);
            foreach (var layer in _layers) state.Apply(layer);
            state.Store(outputs.Slice(start * outDim, n * outDim), outDim);
        }
    }

    /// <summary>One block's values, neuron-major (value of neuron k at point p is at k·stride + p).</summary>
    private sealed partial class BlockState(int maxWidth, int stride)
    {
        private enum Form { Exact, Lanes, Wide }

        private readonly int _maxWidth = maxWidth, _stride = stride;
        private long[] _lanes = new long[maxWidth * stride], _nextLanes = new long[maxWidth * stride];
        private Dyadic[] _exact = new Dyadic[maxWidth * stride], _nextExact = new Dyadic[maxWidth * stride];
        private ulong[] _maxAbs = new ulong[maxWidth], _nextMaxAbs = new ulong[maxWidth];
        private Form _form;
        private long _exp;   // the shared exponent E of the lanes
        private int _width;  // number of neurons currently held
        private int _n;      // points in this block

        public void Load(ReadOnlySpan<Dyadic> points, int inDim, int n)
        {
            _n = n; _width = inDim;
            for (int p = 0; p < n; p++)
                for (int k = 0; k < inDim; k++) _exact[k * _stride + p] = points[p * inDim + k];
            Enter();
        }

        public void Store(Span<Dyadic> outputs, int outDim)
        {
            ToExact();
            for (int p = 0; p < _n; p++)
                for (int j = 0; j < outDim; j++) outputs[p * outDim + j] = _exact[j * _stride + p];
        }

        public void Apply(Layer layer)
        {
            if (layer.LaneReady)
            {
                if (_form == Form.Lanes)
                {
                    if (TryApplyLanes(layer)) return;
                    if (WideSupported) LanesToWide();
                }
                if (_form == Form.Wide && TryApplyWide(layer))
                {
                    if (WideFitsLanes()) WideToLanes();
                    return;
                }
            }
            ToExact();
            ApplyExact(layer);
            Enter();
        }

        /// <summary>From exact values to 64-bit lanes if they fit, else to wide lanes if they fit, else stays exact.</summary>
        private void Enter()
        {
            if (TryEnterLanes()) _form = Form.Lanes;
            else if (WideSupported && TryEnterWide()) _form = Form.Wide;
            else _form = Form.Exact;
        }

        /// <summary>Writes the values back as <see cref="Dyadic"/>, whatever form they are in.</summary>
        private void ToExact()
        {
            if (_form == Form.Lanes) LeaveLanes();
            else if (_form == Form.Wide) LeaveWide();
            _form = Form.Exact;
        }

        /// <summary>Moves the exact values into lanes at their smallest exponent, if every value then fits.</summary>
        private bool TryEnterLanes()
        {
            bool any = false; long e = 0;
            for (int k = 0; k < _width; k++)
            {
                var row = _exact.AsSpan(k * _stride, _n);
                foreach (var v in row)
                {
                    if (v.IsZero) continue;
                    if (!v.TryGetSmallMantissa(out _)) return false;
                    e = any ? Math.Min(e, v.Exponent) : v.Exponent;
                    any = true;
                }
            }
            if (Math.Abs(e) > ExponentLimit) return false;
            for (int k = 0; k < _width; k++)
            {
                var row = _exact.AsSpan(k * _stride, _n);
                var lanes = _lanes.AsSpan(k * _stride, _n);
                ulong max = 0;
                for (int p = 0; p < row.Length; p++)
                {
                    var v = row[p];
                    v.TryGetSmallMantissa(out long m);
                    if (m == 0) { lanes[p] = 0; continue; }
                    if (!TryShiftLeft(m, v.Exponent - e, out long x)) return false;
                    lanes[p] = x;
                    max = Math.Max(max, (ulong)Math.Abs(x));
                }
                _maxAbs[k] = max;
            }
            _exp = e;
            return true;
        }

        private void LeaveLanes()
        {
            int e = (int)_exp;
            for (int k = 0; k < _width; k++)
            {
                var lanes = _lanes.AsSpan(k * _stride, _n);
                var row = _exact.AsSpan(k * _stride, _n);
                for (int p = 0; p < lanes.Length; p++) row[p] = Dyadic.Create(lanes[p], e);
            }
            _form = Form.Exact;
        }

        /// <summary>Runs the layer on lanes when the overflow bound allows it; otherwise changes nothing and returns false.</summary>
        private bool TryApplyLanes(Layer layer)
        {
            // Output scale: products live at E + F; biases at G; use the smaller and shift the other side up.
            long prodExp = _exp + layer.WeightExp;
            long outExp = layer.HasBias ? Math.Min(prodExp, layer.BiasExp) : prodExp;
            if (Math.Abs(outExp) > ExponentLimit) return false;
            int prodShift = (int)Math.Min(prodExp - outExp, 64);
            long biasShift = layer.HasBias ? layer.BiasExp - outExp : 0;

            var rowStart = layer.RowStart; var cols = layer.Cols; var w = layer.IntWeights;
            for (int j = 0; j < layer.OutputSize; j++)
            {
                UInt128 bound = 0;
                for (int k = rowStart[j]; k < rowStart[j + 1]; k++)
                {
                    ulong xm = _maxAbs[cols[k]];
                    if (xm == 0) continue;
                    bound += (UInt128)(ulong)Math.Abs(w[k]) * xm;
                    if (bound > long.MaxValue) return false;
                }
                if (prodShift > 0 && bound != 0)
                {
                    if (prodShift >= 63 || bound > (UInt128)(long.MaxValue >> prodShift)) return false;
                    bound <<= prodShift;
                }
                if (layer.IntBias[j] != 0)
                {
                    if (!TryShiftLeft(layer.IntBias[j], biasShift, out long b)) return false;
                    bound += (ulong)Math.Abs(b);
                    if (bound > long.MaxValue) return false;
                }
            }

            // Every partial sum of row j is at most its bound, so plain long arithmetic below is exact.
            ulong orAll = 0;
            for (int j = 0; j < layer.OutputSize; j++)
            {
                var acc = _nextLanes.AsSpan(j * _stride, _n);
                long b = layer.IntBias[j] == 0 ? 0 : layer.IntBias[j] << (int)biasShift;
                acc.Fill(b);
                for (int k = rowStart[j]; k < rowStart[j + 1]; k++)
                {
                    int c = cols[k];
                    if (_maxAbs[c] == 0) continue; // that input is zero at every point
                    long wk = w[k] << prodShift;
                    MultiplyAdd(acc, wk, _lanes.AsSpan(c * _stride, _n));
                }
                var (max, or) = layer.Relu[j] ? ReluAndMeasure(acc) : Measure(acc);
                _nextMaxAbs[j] = max;
                orAll |= or;
            }

            (_lanes, _nextLanes) = (_nextLanes, _lanes);
            (_maxAbs, _nextMaxAbs) = (_nextMaxAbs, _maxAbs);
            _width = layer.OutputSize;
            _exp = outExp;
            // Drop the factors of two that every value shares, so the integers stay as small as the values allow.
            if (orAll != 0)
            {
                int tz = BitOperations.TrailingZeroCount(orAll);
                if (tz > 0 && _exp + tz <= ExponentLimit)
                {
                    for (int k = 0; k < _width; k++)
                    {
                        var lanes = _lanes.AsSpan(k * _stride, _n);
                        for (int p = 0; p < lanes.Length; p++) lanes[p] >>= tz;
                        _maxAbs[k] >>= tz;
                    }
                    _exp += tz;
                }
            }
            return true;
        }

        // The lane loops below use vectors where the hardware has them; lane arithmetic wraps modulo 2^64
        // exactly like scalar long arithmetic, and the checked bound keeps every value far from wrapping.
        private static void MultiplyAdd(Span<long> acc, long w, ReadOnlySpan<long> x)
        {
            x = x[..acc.Length];
            int p = 0;
            if (Vector.IsHardwareAccelerated)
            {
                var wv = new Vector<long>(w);
                for (; p <= acc.Length - Vector<long>.Count; p += Vector<long>.Count)
                    (new Vector<long>(acc[p..]) + wv * new Vector<long>(x[p..])).CopyTo(acc[p..]);
            }
            for (; p < acc.Length; p++) acc[p] += w * x[p];
        }

        /// <summary>Replaces each lane by max(lane, 0); returns the largest lane and the OR of all lanes.</summary>
        private static (ulong Max, ulong Or) ReluAndMeasure(Span<long> acc)
        {
            long max = 0, or = 0;
            int p = 0;
            if (Vector.IsHardwareAccelerated)
            {
                Vector<long> vmax = Vector<long>.Zero, vor = Vector<long>.Zero;
                for (; p <= acc.Length - Vector<long>.Count; p += Vector<long>.Count)
                {
                    var v = Vector.Max(new Vector<long>(acc[p..]), Vector<long>.Zero);
                    v.CopyTo(acc[p..]);
                    vmax = Vector.Max(vmax, v);
                    vor |= v;
                }
                for (int i = 0; i < Vector<long>.Count; i++) { max = Math.Max(max, vmax[i]); or |= vor[i]; }
            }
            for (; p < acc.Length; p++)
            {
                long v = Math.Max(acc[p], 0);
                acc[p] = v;
                max = Math.Max(max, v);
                or |= v;
            }
            return ((ulong)max, (ulong)or);
        }

        /// <summary>The largest |lane| and the OR of all |lane| (no lane is long.MinValue).</summary>
        private static (ulong Max, ulong Or) Measure(ReadOnlySpan<long> acc)
        {
            long max = 0, or = 0;
            int p = 0;
            if (Vector.IsHardwareAccelerated)
            {
                Vector<long> vmax = Vector<long>.Zero, vor = Vector<long>.Zero;
                for (; p <= acc.Length - Vector<long>.Count; p += Vector<long>.Count)
                {
                    var v = Vector.Abs(new Vector<long>(acc[p..]));
                    vmax = Vector.Max(vmax, v);
                    vor |= v;
                }
                for (int i = 0; i < Vector<long>.Count; i++) { max = Math.Max(max, vmax[i]); or |= vor[i]; }
            }
            for (; p < acc.Length; p++)
            {
                long v = Math.Abs(acc[p]);
                max = Math.Max(max, v);
                or |= v;
            }
            return ((ulong)max, (ulong)or);
        }

        /// <summary>The layer in Dyadic arithmetic, as <see cref="CompiledNetwork{T}"/> computes it.</summary>
        private void ApplyExact(Layer layer)
        {
            var rowStart = layer.RowStart; var cols = layer.Cols; var vals = layer.Vals;
            var input = _exact; var output = _nextExact;
            // Point by point, so each sum stays in a local and is stored once.
            for (int p = 0; p < _n; p++)
            {
                for (int j = 0; j < layer.OutputSize; j++)
                {
                    var acc = layer.Bias[j];
                    for (int k = rowStart[j]; k < rowStart[j + 1]; k++)
                        acc = Dyadic.MultiplyAdd(vals[k], input[cols[k] * _stride + p], acc);
                    output[j * _stride + p] = layer.Relu[j] ? Dyadic.Relu(acc) : acc;
                }
            }
            (_exact, _nextExact) = (_nextExact, _exact);
            _width = layer.OutputSize;
        }
    }
}
