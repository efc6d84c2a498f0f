using System.Numerics;
using System.Runtime.Intrinsics;

namespace RCNetProofs.Float;

/// <summary>Which vectors the kernels use; every choice gives bitwise the same results, only the speed differs.</summary>
internal enum FloatSimd
{
    /// <summary>No vectors: every point goes through the scalar tail loop (tests and machines without SIMD).</summary>
    Scalar,
    /// <summary><see cref="Vector{T}"/> of double (256 bits on AVX2 and, by default, on AVX-512 machines).</summary>
    Portable,
    /// <summary><see cref="Vector512{T}"/> of double.</summary>
    Wide,
}
