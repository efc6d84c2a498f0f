using Xunit;

namespace RCNetProofs.Float.Tests;

/// <summary>The laws every <see cref="ILanes{TVector}"/> must keep, checked lane by lane against the scalar operations.</summary>
internal static class LanesLaws
{
    private static readonly double[] Values =
        [-1.5, double.NaN, -0.0, 2.0, -1e-300, 0.0, double.NegativeInfinity, 3.0, -2.0, 4.0, -0.0, 1.0, -3.0, 5.0, 0.5, -0.5];

    private static void AssertBits(double expected, double actual) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));

    public static void Check<TVector, TLanes>() where TVector : struct where TLanes : struct, ILanes<TVector>
    {
        int n = TLanes.Count;
        var output = new double[n];
        for (int at = 0; at + n <= Values.Length; at += n)
        {
            TLanes.Store(TLanes.Relu(TLanes.Load(ref Values[at])), ref output[0]);
            for (int i = 0; i < n; i++) AssertBits(Values[at + i] < 0 ? 0 : Values[at + i], output[i]);
        }

        // (1 + 2^−30)² − (1 + 2^−29) is 2^−60 exactly: a fused multiply-add would return it, the rounded product gives 0.
        double w = 1 + Math.ScaleB(1, -30), acc = -(1 + Math.ScaleB(1, -29));
        var xs = Enumerable.Range(0, n).Select(i => i == 0 ? w : i * 0.1).ToArray();
        TLanes.Store(TLanes.MultiplyAdd(TLanes.Broadcast(acc), TLanes.Broadcast(w), TLanes.Load(ref xs[0])), ref output[0]);
        for (int i = 0; i < n; i++) AssertBits(acc + w * xs[i], output[i]);
        Assert.Equal(0.0, output[0]);
        Assert.NotEqual(0.0, Math.FusedMultiplyAdd(w, w, acc));
        // The same with the weight read from memory.
        var weight = new[] { w };
        TLanes.Store(TLanes.MultiplyAddBroadcast(TLanes.Broadcast(acc), ref weight[0], TLanes.Load(ref xs[0])), ref output[0]);
        for (int i = 0; i < n; i++) AssertBits(acc + w * xs[i], output[i]);
    }
}
