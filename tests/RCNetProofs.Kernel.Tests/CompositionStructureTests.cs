using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests;

public class CompositionStructureTests
{
    /// <summary>Layers as dense (W, b, activations).</summary>
    private sealed record Dense(Rational[,] W, Rational[] B, Activation[] Act);

    private static Dense ToDense(AffineLayer l)
    {
        var w = new Rational[l.OutputSize, l.InputSize];
        for (int i = 0; i < l.OutputSize; i++) for (int j = 0; j < l.InputSize; j++) w[i, j] = l.Weight(i, j);
        return new Dense(w, l.Bias.ToArray(), l.Activations.ToArray());
    }

    /// <summary>outer's affine part after inner's affine part, by dense matrix products.</summary>
    private static Dense After(Dense outer, Dense inner)
    {
        int m = outer.W.GetLength(0), k = outer.W.GetLength(1), n = inner.W.GetLength(1);
        var w = new Rational[m, n]; var b = new Rational[m];
        for (int i = 0; i < m; i++)
        {
            b[i] = outer.B[i];
            for (int t = 0; t < k; t++)
            {
                b[i] += outer.W[i, t] * inner.B[t];
                for (int j = 0; j < n; j++) w[i, j] += outer.W[i, t] * inner.W[t, j];
            }
        }
        return new Dense(w, b, outer.Act);
    }

    private static AffineLayer ToLayer(Dense d) =>
        AffineLayer.Dense(Enumerable.Range(0, d.W.GetLength(0)).Select(i => (IReadOnlyList<Rational>)Enumerable.Range(0, d.W.GetLength(1)).Select(j => d.W[i, j]).ToArray()).ToArray(),
            d.B, d.Act, d.W.GetLength(1));

    /// <summary>L2∘g^{∘r}∘L1 assembled from dense products (independent of the kernel's sparse merge).</summary>
    internal static Network Compose(Network l1, Network g, Network l2, int r)
    {
        var gl = g.Layers.Select(ToDense).ToArray();
        var cur = ToDense(l1.Layers[0]);
        var layers = new List<AffineLayer>();
        for (int c = 0; c < r; c++)
        {
            layers.Add(ToLayer(After(gl[0], cur)));
            for (int i = 1; i < gl.Length - 1; i++) layers.Add(g.Layers[i]);
            cur = gl[^1];
        }
        layers.Add(ToLayer(After(ToDense(l2.Layers[0]), cur)));
        return new Network(l1.InputDimension, layers);
    }

    private static Network Affine(int input, int output, Random rng)
    {
        var rows = Enumerable.Range(0, output).Select(_ => (IReadOnlyList<Rational>)Enumerable.Range(0, input).Select(_ => Rational.Create(rng.Next(-3, 4), rng.Next(1, 4))).ToArray()).ToArray();
        return new Network(input, [AffineLayer.Dense(rows, Enumerable.Range(0, output).Select(_ => Rational.Create(rng.Next(-3, 4), 2)).ToArray(), Activation.Identity, input)]);
    }

    private static Network Block(int d, int depth, Random rng)
    {
        var layers = new List<AffineLayer>();
        int width = d;
        for (int l = 0; l <= depth; l++)
        {
            int next = l == depth ? d : rng.Next(1, 4);
            var rows = Enumerable.Range(0, next).Select(_ => (IReadOnlyList<Rational>)Enumerable.Range(0, width).Select(_ => Rational.Create(rng.Next(-2, 3), rng.Next(1, 3))).ToArray()).ToArray();
            layers.Add(AffineLayer.Dense(rows, Enumerable.Range(0, next).Select(_ => Rational.Create(rng.Next(-2, 3), 3)).ToArray(), l == depth ? Activation.Identity : Activation.Relu, width));
            width = next;
        }
        return new Network(d, layers);
    }

    private static Network Identity1 => new(1, [AffineLayer.Dense([[Rational.One]], [Rational.Zero], Activation.Identity)]);

    private static Network Delta => new(1, [
        AffineLayer.Dense([[Rational.One], [Rational.One], [Rational.One]], [0, -Rational.Half, -1], Activation.Relu),
        AffineLayer.Dense([[2, -4, 2]], [Rational.Zero], Activation.Identity)]);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Measure_SawtoothWrittenOut_CountsItsTentCopies(int l)
    {
        Assert.Equal((l, (string?)null), CompositionStructure.Measure(TestNetworks.Sawtooth(l), Identity1, Delta, Identity1));
    }

    [Property(MaxTest = 60)]
    public Property Measure_RandomRCNetsComposedByDenseProducts_RecoversTheCount() => Prop.ForAll(
        Arb.From(from seed in Gen.Choose(0, int.MaxValue) from r in Gen.Choose(0, 6) from depth in Gen.Choose(1, 3) from d in Gen.Choose(1, 3) select (seed, r, depth, d)), t =>
        {
            var (seed, r, depth, d) = t;
            var rng = new Random(seed);
            var l1 = Affine(2, d, rng); var g = Block(d, depth, rng); var l2 = Affine(d, 1, rng);
            var net = Compose(l1, g, l2, r);
            Assert.Equal(r, CompositionStructure.Measure(net, l1, g, l2).Count);
            // invariant: one copy more or less is a different network of the same family, measured as such
            Assert.Equal(r + 1, CompositionStructure.Measure(Compose(l1, g, l2, r + 1), l1, g, l2).Count);
        });

    [Fact]
    public void Measure_OneWeightChangedInTheMiddle_IsNotOfTheForm()
    {
        var net = TestNetworks.Sawtooth(5);
        var layers = net.Layers.ToArray();
        var l = layers[3];
        layers[3] = AffineLayer.Dense([[2, -4, 2], [2, -4, 2], [2, -4, 3]], l.Bias.ToArray(), Activation.Relu);
        var (count, reason) = CompositionStructure.Measure(new Network(1, layers), Identity1, Delta, Identity1);
        Assert.Null(count);
        Assert.Contains("layer 3", reason);
    }

    [Fact]
    public void Measure_DegenerateParts_AreNotMeasured()
    {
        var saw = TestNetworks.Sawtooth(2);
        Assert.Null(CompositionStructure.Measure(saw, Identity1, Identity1, Identity1).Count);       // affine g
        Assert.Null(CompositionStructure.Measure(saw, saw, Delta, Identity1).Count);                // L1 not affine
        Assert.Null(CompositionStructure.Measure(saw, Identity1, TestNetworks.Sawtooth(3), Identity1).Count); // 2 layers, g has 3
        var twoInputs = new Network(2, [AffineLayer.Dense([[Rational.One, Rational.One]], [Rational.Zero], Activation.Identity)]);
        Assert.Null(CompositionStructure.Measure(saw, twoInputs, Delta, Identity1).Count);
        // r = 0: the single affine layer L2∘L1
        Assert.Equal(0, CompositionStructure.Measure(Identity1, Identity1, Delta, Identity1).Count);
        Assert.Null(CompositionStructure.Measure(new Network(1, [AffineLayer.Dense([[(Rational)2]], [Rational.Zero], Activation.Identity)]), Identity1, Delta, Identity1).Count);
    }
}
