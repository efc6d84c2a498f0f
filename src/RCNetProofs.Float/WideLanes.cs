using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace RCNetProofs.Float;

/// <summary><see cref="ILanes{TVector}"/> over <see cref="Vector512{T}"/> of double.</summary>
internal readonly struct WideLanes : ILanes<Vector512<double>>
{
    public static int Count => Vector512<double>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MultiplyAdd(Vector512<double> acc, Vector512<double> w, Vector512<double> x) => acc + w * x;

    // The volatile read keeps one load per call: the JIT then cannot merge the reads of one weight into a single
    // broadcast register, and folds each into its multiply as an embedded broadcast (vmulpd zmm, zmm, [w]{1to8}),
    // which spares the separate 512-bit broadcast that competes with the multiplies and adds for the vector pipes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MultiplyAddBroadcast(Vector512<double> acc, ref double w, Vector512<double> x) =>
        acc + Vector512.Create(Volatile.Read(ref w)) * x;

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
