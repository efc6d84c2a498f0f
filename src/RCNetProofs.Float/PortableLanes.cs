using System.Numerics;
using System.Runtime.CompilerServices;

namespace RCNetProofs.Float;

/// <summary><see cref="ILanes{TVector}"/> over <see cref="Vector{T}"/> of double.</summary>
internal readonly struct PortableLanes : ILanes<Vector<double>>
{
    public static int Count => Vector<double>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> MultiplyAdd(Vector<double> acc, Vector<double> w, Vector<double> x) => acc + w * x;

    // A plain read: where the JIT merges the reads of one weight into one broadcast register, that is the cheap form.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> MultiplyAddBroadcast(Vector<double> acc, ref double w, Vector<double> x) => acc + new Vector<double>(w) * x;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Broadcast(double value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Load(ref double source) => Vector.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector<double> value, ref double destination) => value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Relu(Vector<double> value) =>
        Vector.ConditionalSelect(Vector.LessThan(value, Vector<double>.Zero), Vector<double>.Zero, value);
}
