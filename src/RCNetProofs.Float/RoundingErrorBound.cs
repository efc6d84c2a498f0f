using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>
/// An a-priori bound on the rounding error of evaluating a network in double: for an exact point x, an exact
/// dyadic per output that is ≥ |F(fl(x)) − N(x)|, where F is the double evaluation (<see cref="FloatNetwork"/> or
/// <see cref="CompiledNetwork{T}"/> at double) and N the exact network.
/// </summary>
/// <remarks>
/// Standard forward error analysis through |W| (the derivation is in docs/float-error-bound.md). Per neuron with
/// m stored weights whose input may be non-zero (a zero input makes an exact zero product, which rounds
/// nothing), from the exact input x of the layer and a bound e on the error of its double copy:
/// E = γ_{m+1}·(|b̂| + Σ|Ŵ|(|x| + e)) + m·2^−1074 + |b̂ − b| + Σ|Ŵ − W|(|x| + e) + Σ|W|·e,
/// with Ŵ, b̂ the weights as doubles and γ_n = n·u/(1 − n·u), u = 2^−53; a ReLU neuron passes on
/// min(E, max(0, z + E)) for its exact pre-activation z, an identity neuron E. Every quantity is an exact
/// dyadic rounded up (never a double), so the bound is a true upper bound whenever the evaluation cannot
/// overflow; when it might, <see cref="At(ReadOnlySpan{Rational})"/> returns null. It holds for any order of the sums and with or
/// without fused multiply-adds, since each form rounds each term at most m + 1 times.
/// </remarks>
public sealed class RoundingErrorBound
{
    private static readonly Dyadic OverflowLimit = Dyadic.PowerOfTwo(1023);
    private static readonly Dyadic UnderflowUnit = Dyadic.PowerOfTwo(-1074);
    private readonly Layer[] _layers;
    private readonly Dyadic[] _gammas;          // [n] ≥ γ_n
    private readonly Dyadic[] _onePlusGammas;   // [n] ≥ 1 + γ_n

    private sealed class Layer
    {
        public required int[] RowStart;
        public required int[] Cols;
        public required Rational[] Weights;
        public required Dyadic[] AbsWeights;        // ≥ |W|
        public required Dyadic[] AbsDoubleWeights;  // ≥ |Ŵ|
        public required Dyadic[] WeightErrors;      // ≥ |Ŵ − W|
        public required Rational[] Bias;
        public required Dyadic[] AbsDoubleBias;     // ≥ |b̂|
        public required Dyadic[] BiasErrors;        // ≥ |b̂ − b|
        public required bool[] Relu;
    }

    private RoundingErrorBound(Network network, Layer[] layers, bool weightsFinite, Dyadic[] gammas, Dyadic[] onePlusGammas)
    {
        Network = network;
        _layers = layers;
        WeightsFinite = weightsFinite;
        _gammas = gammas;
        _onePlusGammas = onePlusGammas;
    }

    /// <summary>Precomputes the weight magnitudes and conversion errors of <paramref name="network"/>.</summary>
    public static RoundingErrorBound For(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        bool finite = true;
        int widest = 0;
        var layers = new Layer[network.Layers.Length];
        for (int l = 0; l < layers.Length; l++)
        {
            var src = network.Layers[l];
            int nnz = src.WeightNonZeros, rows = src.OutputSize;
            var layer = new Layer
            {
                RowStart = new int[rows + 1], Cols = new int[nnz], Weights = new Rational[nnz],
                AbsWeights = new Dyadic[nnz], AbsDoubleWeights = new Dyadic[nnz], WeightErrors = new Dyadic[nnz],
                Bias = new Rational[rows], AbsDoubleBias = new Dyadic[rows], BiasErrors = new Dyadic[rows],
                Relu = new bool[rows],
            };
            int at = 0;
            for (int i = 0; i < rows; i++)
            {
                var cols = src.RowColumns(i);
                var vals = src.RowValues(i);
                for (int k = 0; k < cols.Length; k++, at++)
                {
                    layer.Cols[at] = cols[k];
                    layer.Weights[at] = vals[k];
                    finite &= Split(vals[k], out layer.AbsWeights[at], out layer.AbsDoubleWeights[at], out layer.WeightErrors[at]);
                }
                layer.RowStart[i + 1] = at;
                finite &= Split(src.Bias[i], out _, out layer.AbsDoubleBias[i], out layer.BiasErrors[i]);
                layer.Bias[i] = src.Bias[i];
                layer.Relu[i] = src.Activations[i] == Activation.Relu;
            }
            layers[l] = layer;
            widest = Math.Max(widest, Enumerable.Range(0, rows).Max(i => layer.RowStart[i + 1] - layer.RowStart[i]));
        }
        var gammas = new Dyadic[widest + 2];
        var onePlusGammas = new Dyadic[widest + 2];
        for (int n = 0; n < gammas.Length; n++)
        {
            gammas[n] = Gamma(n);
            onePlusGammas[n] = UpperDyadic.Add(Dyadic.One, gammas[n]);
        }
        return new RoundingErrorBound(network, layers, finite, gammas, onePlusGammas);
    }

    /// <summary>The network the bound is for.</summary>
    public Network Network { get; }

    /// <summary>False when some weight or bias is too large for a double; then there is no bound.</summary>
    public bool WeightsFinite { get; }

    /// <summary>The unit roundoff u = 2^−53 of round-to-nearest double.</summary>
    public static Dyadic UnitRoundoff { get; } = Dyadic.PowerOfTwo(-53);

    /// <summary>A dyadic upper bound on γ_n = n·u/(1 − n·u), within a relative 2^−29.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When n is negative.</exception>
    public static Dyadic Gamma(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        // n < 2^31, so n·u < 2^−22 and the denominator 2^53 − n stays positive.
        return UpperDyadic.Up(Rational.Create(n, (1L << 53) - n));
    }

    /// <summary>
    /// For each output, an exact dyadic ≥ |F(fl(x)) − N(x)|, with fl(x) the nearest doubles to
    /// <paramref name="x"/>; null when some value of the double evaluation might overflow.
    /// </summary>
    /// <exception cref="ArgumentException">When x has the wrong dimension.</exception>
    public Dyadic[]? At(ReadOnlySpan<Rational> x) => At(x, out _);

    /// <summary>As <see cref="At(ReadOnlySpan{Rational})"/>, also giving N(x) from the exact values the bound is built on.</summary>
    internal Dyadic[]? At(ReadOnlySpan<Rational> x, out Rational[] exact)
    {
        if (x.Length != Network.InputDimension)
            throw new ArgumentException($"network takes {Network.InputDimension} inputs, got {x.Length}", nameof(x));
        bool fits = WeightsFinite;
        var value = x.ToArray();
        var error = new Dyadic[x.Length];
        var magnitude = new Dyadic[x.Length];   // ≥ |x̂|, the double copy of value
        for (int j = 0; j < x.Length; j++)
        {
            double rounded = x[j].ToDouble();
            if (!double.IsFinite(rounded)) { fits = false; continue; }
            error[j] = UpperDyadic.Up(Rational.Abs(Rational.FromDouble(rounded) - x[j]));
            magnitude[j] = UpperDyadic.Add(UpperDyadic.Up(Rational.Abs(x[j])), error[j]);
        }
        foreach (var layer in _layers)
        {
            int rows = layer.Bias.Length;
            var nextValue = new Rational[rows];
            var nextError = new Dyadic[rows];
            var nextMagnitude = new Dyadic[rows];
            for (int i = 0; i < rows; i++)
            {
                Rational z = layer.Bias[i];
                Dyadic sumMagnitude = layer.AbsDoubleBias[i];   // ≥ |b̂| + Σ|Ŵ||x̂|
                Dyadic dataError = layer.BiasErrors[i];         // ≥ |b̂ − b| + Σ(|Ŵ − W||x̂| + |W||x̂ − x|)
                int terms = 0;                                  // products that may be non-zero; a zero one adds nothing and rounds nothing
                for (int k = layer.RowStart[i]; k < layer.RowStart[i + 1]; k++)
                {
                    int c = layer.Cols[k];
                    z += layer.Weights[k] * value[c];
                    if (magnitude[c].IsZero) continue;
                    terms++;
                    sumMagnitude = UpperDyadic.Add(sumMagnitude, UpperDyadic.Multiply(layer.AbsDoubleWeights[k], magnitude[c]));
                    dataError = UpperDyadic.Add(dataError, UpperDyadic.Add(
                        UpperDyadic.Multiply(layer.WeightErrors[k], magnitude[c]),
                        UpperDyadic.Multiply(layer.AbsWeights[k], error[c])));
                }
                // Every partial sum and product of the double evaluation is at most (1 + γ)·sumMagnitude + m·2^−1074.
                var underflow = UnderflowUnit * terms;
                if (UpperDyadic.Add(UpperDyadic.Multiply(_onePlusGammas[terms + 1], sumMagnitude), underflow) >= OverflowLimit) fits = false;
                var e = UpperDyadic.Add(UpperDyadic.Add(UpperDyadic.Multiply(_gammas[terms + 1], sumMagnitude), underflow), dataError);
                if (layer.Relu[i])
                {
                    // ReLU is monotone and 1-Lipschitz: the double pre-activation lies in [z − e, z + e].
                    var reach = z + e.ToRational();
                    var passed = reach.Sign > 0 ? UpperDyadic.Up(reach) : Dyadic.Zero;
                    nextError[i] = Dyadic.Min(e, passed);
                    nextValue[i] = Rational.Relu(z);
                }
                else
                {
                    nextError[i] = e;
                    nextValue[i] = z;
                }
                nextMagnitude[i] = UpperDyadic.Add(UpperDyadic.Up(Rational.Abs(nextValue[i])), nextError[i]);
            }
            value = nextValue;
            error = nextError;
            magnitude = nextMagnitude;
        }
        exact = value;
        return fits ? error : null;
    }

    // |v| rounded up, the nearest double to v as an exact dyadic rounded up in magnitude, and |double(v) − v| rounded up.
    private static bool Split(Rational v, out Dyadic abs, out Dyadic absDouble, out Dyadic error)
    {
        abs = UpperDyadic.Up(Rational.Abs(v));
        double d = v.ToDouble();
        if (!double.IsFinite(d)) { absDouble = default; error = default; return false; }
        var exactDouble = Rational.FromDouble(d);
        absDouble = UpperDyadic.Up(Rational.Abs(exactDouble));
        error = UpperDyadic.Up(Rational.Abs(exactDouble - v));
        return true;
    }
}
