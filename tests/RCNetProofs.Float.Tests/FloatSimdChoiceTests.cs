using System.Numerics;
using System.Runtime.Intrinsics;
using Xunit;

namespace RCNetProofs.Float.Tests;

public sealed class FloatSimdChoiceTests
{
    [Fact]
    public void Best_FollowsWhatTheRuntimeAccelerates()
    {
        var expected = Vector512.IsHardwareAccelerated ? FloatSimd.Wide : Vector.IsHardwareAccelerated ? FloatSimd.Portable : FloatSimd.Scalar;
        Assert.Equal(expected, FloatSimdChoice.Best);
    }
}
