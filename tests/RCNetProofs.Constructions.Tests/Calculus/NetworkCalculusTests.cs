using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Calculus;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Constructions.Tests.RandomNetworks;

namespace RCNetProofs.Constructions.Tests.Calculus;

public class NetworkCalculusTests
{
    private static Arbitrary<Sample> MatrixCases() => Arb.From(
        from m in Dimension
        from n in Dimension
        from a in Matrix(m, n)
        from b in Gen.ArrayOf(Weight, m)
        from xs in Points(n)
        select new Sample([], xs, [], a, b));

    [Property]
    public Property Affine_RandomMatrix_EvaluatesToAxPlusB() => Prop.ForAll(MatrixCases(), s =>
    {
        var net = NetworkCalculus.Affine(s.Matrix!, s.Vector);
        foreach (var x in s.Points) Assert.Equal(Apply(s.Matrix!, x, s.Vector), Eval(net, x));
    });

    [Property]
    public Property Affine_RandomMatrix_SizeLaw() => Prop.ForAll(MatrixCases(), s =>
    {
        var a = s.Matrix!;
        int m = a.GetLength(0), n = a.GetLength(1);
        var sizes = NetworkSizes.Measure(NetworkCalculus.Affine(a, s.Vector));
        Assert.Equal((n, m, 0, 0, (long)m * n + m), (sizes.InputDimension, sizes.OutputDimension, sizes.Width, sizes.Depth, sizes.Parameters));
        long nonZeros = a.Cast<Rational>().Count(v => !v.IsZero) + s.Vector!.Count(v => !v.IsZero);
        Assert.Equal(nonZeros, sizes.NonZeros);
    });

    [Property]
    public Property Affine_SparseRows_EqualsDenseMatrix() => Prop.ForAll(MatrixCases(), s =>
    {
        var a = s.Matrix!;
        int m = a.GetLength(0), n = a.GetLength(1);
        var rows = Enumerable.Range(0, m)
            .Select(i => (IReadOnlyList<(int, Rational)>)Enumerable.Range(0, n).Where(j => !a[i, j].IsZero).Select(j => (j, a[i, j])).ToArray())
            .ToArray();
        var sparse = NetworkCalculus.Affine(n, rows, s.Vector);
        Assert.True(sparse.Layers[0].PreferSparse);
        foreach (var x in s.Points) Assert.Equal(Apply(a, x, s.Vector), Eval(sparse, x));
    });

    [Fact]
    public void Affine_BadShapes_Throw()
    {
        Assert.Throws<NetworkException>(() => NetworkCalculus.Affine(new Rational[0, 3]));
        Assert.Throws<NetworkException>(() => NetworkCalculus.Affine(new Rational[2, 3], [Rational.One]));
        Assert.Throws<NetworkException>(() => NetworkCalculus.Affine(2, [[(2, Rational.One)]]));
    }

    private static Arbitrary<Sample> HiddenCases() => Arb.From(
        from a in Dimension
        from h in Gen.Choose(1, 5)
        from b in Dimension
        from w1 in Matrix(h, a)
        from b1 in Gen.ArrayOf(Weight, h)
        from w2 in Matrix(b, h)
        from b2 in Gen.ArrayOf(Weight, b)
        from xs in Points(a)
        select new Sample([], xs, [], w1, b1, Matrix2: w2, Vector2: b2));

    [Property]
    public Property OneHiddenLayer_RandomWeights_EvaluatesToW2ReluW1xPlusB() => Prop.ForAll(HiddenCases(), s =>
    {
        var (w2, b2) = (s.Matrix2!, s.Vector2!);
        var net = NetworkCalculus.OneHiddenLayer(s.Matrix!, s.Vector, w2, b2);
        foreach (var x in s.Points)
        {
            var hidden = Apply(s.Matrix!, x, s.Vector).Select(v => Rational.Max(v, Rational.Zero)).ToArray();
            Assert.Equal(Apply(w2, hidden, b2), Eval(net, x));
        }
    });

    [Property]
    public Property OneHiddenLayer_RandomWeights_SizeLaw() => Prop.ForAll(HiddenCases(), s =>
    {
        var w2 = s.Matrix2!;
        int h = s.Matrix!.GetLength(0), a = s.Matrix.GetLength(1), b = w2.GetLength(0);
        var sizes = NetworkSizes.Measure(NetworkCalculus.OneHiddenLayer(s.Matrix, s.Vector, w2));
        Assert.Equal((1, h, (long)h, (long)h * a + h + b * h + b), (sizes.Depth, sizes.Width, sizes.Neurons, sizes.Parameters));
    });

    [Property]
    public Property OneHiddenLayer_ScalarUnits_EvaluatesToRidgeSum() => Prop.ForAll(Arb.From(
        from k in Gen.Choose(1, 6)
        from coeffs in Gen.ArrayOf(SmallRational, 3 * k + 1)
        from xs in Points(1)
        select new Sample([], xs, coeffs)), s =>
    {
        int k = (s.Scalars.Count - 1) / 3;
        var units = Enumerable.Range(0, k).Select(i => (s.Scalars[3 * i], s.Scalars[3 * i + 1], s.Scalars[3 * i + 2])).ToArray();
        var d = s.Scalars[^1];
        var net = NetworkCalculus.OneHiddenLayer(units, d);
        Assert.Equal((1, k), (NetworkSizes.Measure(net).Depth, NetworkSizes.Measure(net).Width));
        foreach (var x in s.Points)
        {
            var expected = d;
            foreach (var (a, b, c) in units) expected += c * Rational.Max(a * x[0] + b, Rational.Zero);
            Assert.Equal(expected, net.EvaluateScalar(x[0]));
        }
    });

    [Fact]
    public void OneHiddenLayer_BadShapes_Throw()
    {
        Assert.Throws<NetworkException>(() => NetworkCalculus.OneHiddenLayer(new Rational[3, 1], null, new Rational[1, 2]));
        Assert.Throws<NetworkException>(() => NetworkCalculus.OneHiddenLayer([], Rational.Zero));
    }
}
