using System.Numerics;
using System.Runtime.Intrinsics;

namespace RCNetProofs.Float;

/// <summary>The vector width to use on this machine.</summary>
internal static class FloatSimdChoice
{
    /// <summary>
    /// <see cref="FloatSimd.Wide"/> where 512-bit vectors are accelerated (the runtime reports them as not accelerated
    /// on CPUs that slow down under them), else <see cref="FloatSimd.Portable"/> where vectors are accelerated, else scalar.
    /// </summary>
    internal static FloatSimd Best { get; } =
        Vector512.IsHardwareAccelerated ? FloatSimd.Wide : Vector.IsHardwareAccelerated ? FloatSimd.Portable : FloatSimd.Scalar;
}
