using System.Runtime.Intrinsics;
using Xunit;

namespace RCNetProofs.Float.Tests;

public sealed class WideLanesTests
{
    [Fact]
    public void Lanes_ReluAndMultiplyAdd_MatchTheScalarOperationsBitwise() => LanesLaws.Check<Vector512<double>, WideLanes>();

    [Fact]
    public void Count_IsEight() => Assert.Equal(8, WideLanes.Count);
}
