using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace RCNetProofs.Float;

/// <summary><see cref="ILanes{TVector}"/> over <see cref="Vector512{T}"/> of double.</summary>
internal readonly struct WideLanes : ILanes<Vector512<double>>
{
    public static int Count => Vector512<double>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MultiplyAdd(Vector512<double> acc, Vector512<double> w, Vector512<double> x) => acc + w * x;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Broadcast(double value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Load(ref double source) => Vector512.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<double> value, ref double destination) => value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Relu(Vector512<double> value) =>
        Vector512.ConditionalSelect(Vector512.LessThan(value, Vector512<double>.Zero), Vector512<double>.Zero, value);
}
