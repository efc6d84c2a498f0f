using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// <see cref="BoxAnalysis.DecideAffine"/> for many boxes of one network, with the same exact results. When every
/// weight and bias is dyadic they are converted to <see cref="Dyadic"/> once, and the affine forms (whose
/// coefficients are then dyadic too, since the input forms are x ↦ x_i) are carried in dyadic arithmetic, which
/// needs no gcd; only the sign decisions, which involve the box's (possibly non-dyadic) ends, are made in
/// <see cref="Rational"/>. Once every form of a layer is constant the rest is propagated as plain values.
/// Otherwise it falls back to <see cref="BoxAnalysis.DecideAffine"/>. Safe to use from several threads.
/// </summary>
public sealed class AffineDecider
{
    private readonly Network _network;
    private readonly (int[] RowStart, int[] Cols, Dyadic[] Vals, Dyadic[] Bias, bool[] Relu)[]? _layers;

    /// <summary>Prepares <paramref name="network"/> (converting its weights once when they are all dyadic).</summary>
    public AffineDecider(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        _network = network;
        if (network.Layers.All(AllDyadic)) _layers = network.Layers.Select(l => l.Convert(w => w.ToDyadic())).ToArray();
    }

    /// <summary>True when the dyadic path is used (every weight and bias is dyadic).</summary>
    public bool IsDyadic => _layers is not null;

    /// <summary>The same result as <see cref="BoxAnalysis.DecideAffine"/> on <paramref name="box"/>.</summary>
    /// <exception cref="ArgumentException">When the box's dimension differs from the network's input dimension.</exception>
    public AffineOnBox Decide(Box box)
    {
        ArgumentNullException.ThrowIfNull(box);
        if (_layers is null) return BoxAnalysis.DecideAffine(_network, box);
        int d = _network.InputDimension;
        if (box.Dimension != d) throw new ArgumentException($"box lies in R^{box.Dimension} but the network takes R^{d}");
        var coef = new Dyadic[d][]; var cst = new Dyadic[d];
        for (int i = 0; i < d; i++) { coef[i] = new Dyadic[d]; coef[i][i] = Dyadic.One; }
        var rational = new Rational[d];
        for (int l = 0; l < _layers.Length; l++)
        {
            if (AllZero(coef)) return Constant(d, Evaluate(l, cst));
            var (rowStart, cols, vals, bias, relu) = _layers[l];
            int n = bias.Length;
            var nc = new Dyadic[n][]; var nd = new Dyadic[n];
            for (int i = 0; i < n; i++)
            {
                var row = new Dyadic[d]; var c0 = bias[i];
                bool linear = false;
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
                {
                    var w = vals[k]; var src = coef[cols[k]];
                    for (int j = 0; j < d; j++) if (!src[j].IsZero) { row[j] += w * src[j]; linear = true; }
                    c0 += w * cst[cols[k]];
                }
                if (relu[i])
                {
                    if (!linear || AllZero(row))
                    {
                        if (c0.Sign <= 0) { row = new Dyadic[d]; c0 = Dyadic.Zero; }
                    }
                    else
                    {
                        for (int j = 0; j < d; j++) rational[j] = row[j];
                        var (min, max) = box.RangeOf(rational, c0);
                        if (max <= Rational.Zero) { row = new Dyadic[d]; c0 = Dyadic.Zero; }
                        else if (min < Rational.Zero) return new AffineOnBox(l, i, min, max);
                    }
                }
                nc[i] = row; nd[i] = c0;
            }
            coef = nc; cst = nd;
        }
        return new AffineOnBox(Array.ConvertAll(coef, row => Array.ConvertAll(row, c => (Rational)c)), Array.ConvertAll(cst, c => (Rational)c));
    }

    private AffineOnBox Constant(int d, Dyadic[] values)
    {
        var rows = new Rational[values.Length][];
        for (int i = 0; i < rows.Length; i++) rows[i] = new Rational[d];
        return new AffineOnBox(rows, Array.ConvertAll(values, v => (Rational)v));
    }

    // The exact output of layers from..end for the input values x.
    private Dyadic[] Evaluate(int from, Dyadic[] x)
    {
        for (int l = from; l < _layers!.Length; l++)
        {
            var (rowStart, cols, vals, bias, relu) = _layers[l];
            var y = new Dyadic[bias.Length];
            for (int i = 0; i < y.Length; i++)
            {
                var v = bias[i];
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) v += vals[k] * x[cols[k]];
                y[i] = relu[i] ? Dyadic.Relu(v) : v;
            }
            x = y;
        }
        return x;
    }

    private static bool AllZero(Dyadic[] row)
    {
        foreach (var c in row) if (!c.IsZero) return false;
        return true;
    }

    private static bool AllZero(Dyadic[][] rows)
    {
        foreach (var row in rows) if (!AllZero(row)) return false;
        return true;
    }

    private static bool AllDyadic(AffineLayer layer)
    {
        for (int i = 0; i < layer.OutputSize; i++)
        {
            if (!layer.Bias[i].Denominator.IsPowerOfTwo) return false;
            foreach (var w in layer.RowValues(i)) if (!w.Denominator.IsPowerOfTwo) return false;
        }
        return true;
    }
}
