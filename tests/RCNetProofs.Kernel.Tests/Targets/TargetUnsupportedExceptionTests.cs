using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Targets;

public class TargetUnsupportedExceptionTests
{
    [Fact]
    public void SplitPoint_FromRestrict_IsolatesTheIrrationalCrossing()
    {
        // min(x, 1/x²)-like crossings are out of grammar; x³ = 2 is the crossing of min(x^3, 2).
        var error = Assert.Throws<TargetUnsupportedException>(() => TargetParser.Parse("min(x^3, 2)").Restrict(0, 2));
        var root = error.SplitPoint!;
        Assert.False(root.IsExact);
        Assert.True(root.Lower * root.Lower * root.Lower < 2 && root.Upper * root.Upper * root.Upper > 2, root.ToString());
        Assert.Contains(root.ToString(), error.Message);
    }

    [Fact]
    public void Constructor_Arguments_AreKept()
    {
        var root = Assert.Single(Polynomial.FromCoefficients(-2, 0, 1).IsolateRoots(0, 2));
        var e = new TargetUnsupportedException("why", root);
        Assert.Equal("why", e.Message);
        Assert.Same(root, e.SplitPoint);
    }

    [Fact]
    public void Constructor_MessageOnly_HasNoSplitPoint()
    {
        var e = new TargetUnsupportedException("jump");
        Assert.Equal("jump", e.Message);
        Assert.Null(e.SplitPoint);
    }
}
