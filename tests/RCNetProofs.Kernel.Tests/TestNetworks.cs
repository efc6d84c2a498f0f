using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Tests;

/// <summary>Small networks written out layer by layer, independent of the construction project.</summary>
internal static class TestNetworks
{
    private static Rational R(string s) => Rational.Parse(s);

    /// <summary>Δ^{∘L}: L hidden layers of width 3, Δ(x) = 2σ(x) − 4σ(x−1/2) + 2σ(x−1).</summary>
    public static Network Sawtooth(int L)
    {
        var layers = new List<AffineLayer>();
        var bias = new[] { R("0"), R("-1/2"), R("-1") };
        layers.Add(AffineLayer.Dense([[R("1")], [R("1")], [R("1")]], bias, Activation.Relu));
        Rational[] row = [2, -4, 2];
        for (int i = 1; i < L; i++)
            layers.Add(AffineLayer.Dense([row, row, row], bias, Activation.Relu));
        layers.Add(AffineLayer.Dense([row], [Rational.Zero], Activation.Identity));
        return new Network(1, layers);
    }

    /// <summary>The tent map iterated L times, computed directly (oracle for <see cref="Sawtooth"/> on [0,1]).</summary>
    public static Rational Tent(Rational x, int L)
    {
        for (int i = 0; i < L; i++) x = x <= Rational.Half ? 2 * x : 2 - 2 * x;
        return x;
    }

    /// <summary>|x| = σ(x) + σ(−x) on R.</summary>
    public static Network Abs() => new(1, [
        AffineLayer.Dense([[Rational.One], [-Rational.One]], [Rational.Zero, Rational.Zero], Activation.Relu),
        AffineLayer.Dense([[Rational.One, Rational.One]], [Rational.Zero], Activation.Identity)]);

    /// <summary>max(x1, x2) = x2 + σ(x1 − x2) on R^2, written with the identity trick for x2.</summary>
    public static Network Max2() => new(2, [
        AffineLayer.Dense([[R("1"), R("-1")], [R("0"), R("1")], [R("0"), R("-1")]], [R("0"), R("0"), R("0")], Activation.Relu),
        AffineLayer.Dense([[R("1"), R("1"), R("-1")]], [R("0")], Activation.Identity)]);

    /// <summary>
    /// h_m(x) = x − Σ_{s=1..m} Δ^{∘s}(x)/4^s on [0,1], width 4, depth m: three sawtooth neurons plus one
    /// neuron carrying the partial sum h_{s−1} ≥ 0 through σ.
    /// </summary>
    public static Network YarotskySquare(int m)
    {
        var layers = new List<AffineLayer>();
        Rational z = Rational.Zero, one = Rational.One;
        var bias = new[] { z, R("-1/2"), R("-1"), z };
        layers.Add(AffineLayer.Dense([[one], [one], [one], [one]], bias, Activation.Relu));
        Rational[] g = [2, -4, 2];
        for (int s = 1; s < m; s++)
        {
            var c = Rational.Pow(4, -s);
            Rational[] saw = [g[0], g[1], g[2], z];
            Rational[] acc = [-c * g[0], -c * g[1], -c * g[2], one];
            layers.Add(AffineLayer.Dense([saw, saw, saw, acc], bias, Activation.Relu));
        }
        var cm = Rational.Pow(4, -m);
        layers.Add(AffineLayer.Dense([[-cm * g[0], -cm * g[1], -cm * g[2], one]], [z], Activation.Identity));
        return new Network(1, layers);
    }

    /// <summary>The zero function on R, as a network with one hidden neuron.</summary>
    public static Network Zero() => new(1, [
        AffineLayer.Dense([[Rational.One]], [Rational.Zero], Activation.Relu),
        AffineLayer.Dense([[Rational.Zero]], [Rational.Zero], Activation.Identity)]);
}
