using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;

namespace RCNetProofs.Benchmarks;

/// <summary>
/// The 117 × 117 layer y = W·x + b of the dense benchmarks: weights ±(1..9)/q, q ∈ {1, 2, 4, 8}, each present with
/// probability <c>density</c>, and 4,096 points x = k/2^20 (feature-major), all from one fixed seed.
/// </summary>
internal static class DenseLayerFixture
{
    public const int Width = 117, Count = 4096;

    public static (Network Network, double[] Points) Build(double density)
    {
        var random = new Random(117);
        var rows = new IReadOnlyList<Rational>[Width];
        for (int i = 0; i < Width; i++)
        {
            var row = new Rational[Width];
            for (int j = 0; j < Width; j++)
                row[j] = random.NextDouble() < density
                    ? Rational.Create(random.Next(1, 10) * (random.Next(2) * 2 - 1), 1L << random.Next(4))
                    : Rational.Zero;
            rows[i] = row;
        }
        var bias = Enumerable.Range(0, Width).Select(i => Rational.Create(i - Width / 2, 8)).ToArray();
        var network = new Network(Width, [AffineLayer.Dense(rows, bias, Activation.Identity)]);
        var points = new double[Width * Count];
        for (int i = 0; i < points.Length; i++) points[i] = random.Next(-1 << 20, 1 << 20) / (double)(1 << 20);
        return (network, points);
    }
}
