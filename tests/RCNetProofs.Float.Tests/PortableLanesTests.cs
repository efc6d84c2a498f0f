using System.Numerics;
using Xunit;

namespace RCNetProofs.Float.Tests;

public sealed class PortableLanesTests
{
    [Fact]
    public void Lanes_ReluAndMultiplyAdd_MatchTheScalarOperationsBitwise() => LanesLaws.Check<Vector<double>, PortableLanes>();

    [Fact]
    public void Count_IsTheVectorWidth() => Assert.Equal(Vector<double>.Count, PortableLanes.Count);
}
