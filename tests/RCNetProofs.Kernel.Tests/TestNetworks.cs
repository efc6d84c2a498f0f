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
}
