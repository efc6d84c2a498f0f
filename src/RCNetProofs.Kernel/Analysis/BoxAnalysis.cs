using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>Exact reasoning about a network on a box in R^d: enclosures, fixed activation patterns, constancy.</summary>
public static class BoxAnalysis
{
    /// <summary>
    /// Decides whether every ReLU neuron has a fixed sign on the box by propagating exact affine forms: while the
    /// pattern stays fixed, each pre-activation is an exact affine function of x and its range over the box is
    /// computed exactly. The first neuron whose range straddles zero stops the analysis.
    /// </summary>
    /// <remarks>
    /// The forms are propagated as integer numerators over one shared denominator (<see cref="ScaledAffinePropagation"/>);
    /// from a layer whose denominators that representation does not support, rational arithmetic takes over
    /// (<see cref="DecideAffineRational"/>). Both give the same result.
    /// </remarks>
    /// <exception cref="ArgumentException">When the box's dimension differs from the network's input dimension.</exception>
    public static AffineOnBox DecideAffine(Network network, Box box)
    {
        int d = network.InputDimension;
        if (box.Dimension != d) throw new ArgumentException($"box lies in R^{box.Dimension} but the network takes R^{d}");
        var outcome = ScaledAffinePropagation.Run(network, box);
        return outcome.Result ?? DecideAffineRational(network, box, outcome.StoppedAt, outcome.Coefficients!, outcome.Constants!);
    }

    /// <summary>
    /// <see cref="DecideAffine"/> in rational arithmetic, from layer <paramref name="from"/> on, given the forms
    /// (coefficients over x, constant) of that layer's inputs.
    /// </summary>
    /// <remarks>
    /// Once every form of a layer has a zero linear part the network is constant on the box from there on: the rest
    /// is propagated as plain exact values (a constant's range is a single point, so no later neuron can straddle
    /// zero), which gives the same constant as carrying zero forms through.
    /// </remarks>
    internal static AffineOnBox DecideAffineRational(Network network, Box box, int from, Rational[][] coef, Rational[] cst)
    {
        int d = network.InputDimension;
        for (int l = from; l < network.Layers.Length; l++)
        {
            if (AllZero(coef)) return new AffineOnBox(ZeroRows(network.OutputDimension, d), Evaluate(network, l, cst));
            var layer = network.Layers[l];
            var nc = new Rational[layer.OutputSize][]; var nd = new Rational[layer.OutputSize];
            for (int i = 0; i < layer.OutputSize; i++)
            {
                var row = new Rational[d]; var c0 = layer.Bias[i];
                var cols = layer.RowColumns(i); var vals = layer.RowValues(i);
                for (int k = 0; k < cols.Length; k++)
                {
                    var w = vals[k]; var src = coef[cols[k]];
                    for (int j = 0; j < d; j++) if (!src[j].IsZero) row[j] += w * src[j];
                    c0 += w * cst[cols[k]];
                }
                if (layer.Activations[i] == Activation.Relu)
                {
                    var (min, max) = box.RangeOf(row, c0);
                    if (max <= Rational.Zero) { row = new Rational[d]; c0 = Rational.Zero; }
                    else if (min < Rational.Zero) return new AffineOnBox(l, i, min, max);
                }
                nc[i] = row; nd[i] = c0;
            }
            coef = nc; cst = nd;
        }
        return new AffineOnBox(coef, cst);
    }

    /// <summary>The identity forms on R^d: coordinate i has coefficient 1 on x_i and constant 0.</summary>
    internal static (Rational[][] Coefficients, Rational[] Constants) IdentityForms(int d)
    {
        var coef = new Rational[d][]; var cst = new Rational[d];
        for (int i = 0; i < d; i++) { coef[i] = new Rational[d]; coef[i][i] = Rational.One; }
        return (coef, cst);
    }

    private static bool AllZero(Rational[][] rows)
    {
        foreach (var row in rows)
            foreach (var c in row)
                if (!c.IsZero) return false;
        return true;
    }

    private static Rational[][] ZeroRows(int count, int d)
    {
        var rows = new Rational[count][];
        for (int i = 0; i < count; i++) rows[i] = new Rational[d];
        return rows;
    }

    // The exact output of layers from..end for the input values x.
    private static Rational[] Evaluate(Network network, int from, Rational[] x)
    {
        for (int l = from; l < network.Layers.Length; l++)
        {
            var layer = network.Layers[l];
            var y = new Rational[layer.OutputSize];
            for (int i = 0; i < layer.OutputSize; i++)
            {
                var v = layer.Bias[i];
                var cols = layer.RowColumns(i); var vals = layer.RowValues(i);
                for (int k = 0; k < cols.Length; k++) v += vals[k] * x[cols[k]];
                y[i] = layer.Activations[i] == Activation.Relu ? Rational.Relu(v) : v;
            }
            x = y;
        }
        return x;
    }

    /// <summary>
    /// A sound enclosure [lo_k, hi_k] of each output over the box by interval arithmetic (exact endpoints, but
    /// generally not tight: correlations between neurons are ignored).
    /// </summary>
    public static (Rational[] Lower, Rational[] Upper) IntervalBounds(Network network, Box box)
    {
        if (box.Dimension != network.InputDimension) throw new ArgumentException($"box lies in R^{box.Dimension} but the network takes R^{network.InputDimension}");
        var lo = box.Lower.ToArray(); var hi = box.Upper.ToArray();
        foreach (var layer in network.Layers)
        {
            var nlo = new Rational[layer.OutputSize]; var nhi = new Rational[layer.OutputSize];
            for (int i = 0; i < layer.OutputSize; i++)
            {
                Rational a = layer.Bias[i], b = layer.Bias[i];
                var cols = layer.RowColumns(i); var vals = layer.RowValues(i);
                for (int k = 0; k < cols.Length; k++)
                {
                    var w = vals[k];
                    if (w.Sign > 0) { a += w * lo[cols[k]]; b += w * hi[cols[k]]; }
                    else { a += w * hi[cols[k]]; b += w * lo[cols[k]]; }
                }
                if (layer.Activations[i] == Activation.Relu) { a = Rational.Relu(a); b = Rational.Relu(b); }
                nlo[i] = a; nhi[i] = b;
            }
            lo = nlo; hi = nhi;
        }
        return (lo, hi);
    }
}
