namespace RCNetProofs.Cli.Plotting;

/// <summary>Axis ranges and "nice" tick positions (1, 2 or 5 times a power of ten).</summary>
internal static class AxisTicks
{
    /// <summary>The range of the values, widened by a small margin, and never empty.</summary>
    public static (double Min, double Max) Range(IEnumerable<double> values, double margin = 0.05)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (double.IsPositiveInfinity(min)) return (0, 1);
        if (max - min <= Math.Abs(max) * 1e-12 + 1e-300)
        {
            // A constant: centre it in a small window of its own size.
            double pad = Math.Abs(max) > 0 ? Math.Abs(max) * 0.5 : 1;
            return (min - pad, max + pad);
        }
        double m = (max - min) * margin;
        return (min - m, max + m);
    }

    /// <summary>About <paramref name="count"/> evenly spaced round values inside [min, max].</summary>
    public static IReadOnlyList<double> Nice(double min, double max, int count = 6)
    {
        double raw = (max - min) / Math.Max(1, count);
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3 ? 2 : raw / magnitude < 7 ? 5 : 10);
        var ticks = new List<double>();
        for (double t = Math.Ceiling(min / step) * step; t <= max + step * 1e-9; t += step)
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        return ticks;
    }

    /// <summary>A short label for a tick value: fixed notation when readable, scientific otherwise.</summary>
    public static string Label(double value)
    {
        if (value == 0) return "0";
        double a = Math.Abs(value);
        return a >= 1e-3 && a < 1e5
            ? value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString("0.##E+0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
