using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Float;

/// <summary>
/// The a-priori rounding bound of <see cref="RoundingErrorBound"/> made uniform over a box: for each output, an exact
/// dyadic ≥ |F(fl(x)) − N(x)| for every x in [lo, hi]^d, or null when the double evaluation might overflow there.
/// </summary>
/// <remarks>
/// The same per-neuron recursion as <see cref="RoundingErrorBound"/>, with the exact value of each neuron replaced by
/// an exact rational interval (plain interval arithmetic, so correlations are lost and the bound can be far from
/// tight on deep networks). An input rounds with error at most u·|x| + 2^−1074.
/// </remarks>
public static class BoxRoundingErrorBound
{
    private static readonly Dyadic OverflowLimit = Dyadic.PowerOfTwo(1023);
    private static readonly Dyadic UnderflowUnit = Dyadic.PowerOfTwo(-1074);

    /// <summary>A bound per output holding for every point of the cube [lo, hi]^d; null when some value might overflow.</summary>
    /// <exception cref="ArgumentException">When lo &gt; hi.</exception>
    public static Dyadic[]? For(Network network, Rational lo, Rational hi)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (lo > hi) throw new ArgumentException($"empty box [{lo}, {hi}]", nameof(lo));
        int d = network.InputDimension;
        var low = Enumerable.Repeat(lo, d).ToArray();
        var high = Enumerable.Repeat(hi, d).ToArray();
        var inputMagnitude = UpperDyadic.Up(Rational.Max(Rational.Abs(lo), Rational.Abs(hi)));
        var inputError = UpperDyadic.Add(UpperDyadic.Multiply(RoundingErrorBound.UnitRoundoff, inputMagnitude), UnderflowUnit);
        var error = Enumerable.Repeat(inputError, d).ToArray();
        var magnitude = Enumerable.Repeat(UpperDyadic.Add(inputMagnitude, inputError), d).ToArray();   // ≥ |x̂|
        foreach (var layer in network.Layers)
        {
            int rows = layer.OutputSize;
            var nextLow = new Rational[rows];
            var nextHigh = new Rational[rows];
            var nextError = new Dyadic[rows];
            var nextMagnitude = new Dyadic[rows];
            for (int i = 0; i < rows; i++)
            {
                var cols = layer.RowColumns(i);
                var vals = layer.RowValues(i);
                var b = layer.Bias[i];
                if (!Split(b, out _, out var absDoubleBias, out var biasError)) return null;
                Rational zLow = b, zHigh = b;
                Dyadic sumMagnitude = absDoubleBias, dataError = biasError;
                int terms = 0;
                for (int k = 0; k < cols.Length; k++)
                {
                    int c = cols[k];
                    var w = vals[k];
                    if (!Split(w, out var absW, out var absDoubleW, out var weightError)) return null;
                    if (w.Sign > 0) { zLow += w * low[c]; zHigh += w * high[c]; }
                    else { zLow += w * high[c]; zHigh += w * low[c]; }
                    if (magnitude[c].IsZero) continue;
                    terms++;
                    sumMagnitude = UpperDyadic.Add(sumMagnitude, UpperDyadic.Multiply(absDoubleW, magnitude[c]));
                    dataError = UpperDyadic.Add(dataError, UpperDyadic.Add(
                        UpperDyadic.Multiply(weightError, magnitude[c]), UpperDyadic.Multiply(absW, error[c])));
                }
                var gamma = RoundingErrorBound.Gamma(terms + 1);
                var underflow = UnderflowUnit * terms;
                if (UpperDyadic.Add(UpperDyadic.Multiply(UpperDyadic.Add(Dyadic.One, gamma), sumMagnitude), underflow) >= OverflowLimit) return null;
                var e = UpperDyadic.Add(UpperDyadic.Add(UpperDyadic.Multiply(gamma, sumMagnitude), underflow), dataError);
                if (layer.Activations[i] == Activation.Relu)
                {
                    // Over the whole box the double pre-activation stays ≤ zHigh + e, so a neuron that is off everywhere passes no error.
                    var reach = zHigh + e.ToRational();
                    nextError[i] = Dyadic.Min(e, reach.Sign > 0 ? UpperDyadic.Up(reach) : Dyadic.Zero);
                    nextLow[i] = Rational.Relu(zLow);
                    nextHigh[i] = Rational.Relu(zHigh);
                }
                else
                {
                    nextError[i] = e;
                    nextLow[i] = zLow;
                    nextHigh[i] = zHigh;
                }
                nextMagnitude[i] = UpperDyadic.Add(UpperDyadic.Up(Rational.Max(Rational.Abs(nextLow[i]), Rational.Abs(nextHigh[i]))), nextError[i]);
            }
            low = nextLow; high = nextHigh; error = nextError; magnitude = nextMagnitude;
        }
        return error;
    }

    private static bool Split(Rational v, out Dyadic abs, out Dyadic absDouble, out Dyadic error)
    {
        abs = UpperDyadic.Up(Rational.Abs(v));
        double x = v.ToDouble();
        if (!double.IsFinite(x)) { absDouble = default; error = default; return false; }
        var exact = Rational.FromDouble(x);
        absDouble = UpperDyadic.Up(Rational.Abs(exact));
        error = UpperDyadic.Up(Rational.Abs(exact - v));
        return true;
    }
}
