using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class LowerBoundInstanceTests
{
    [Property]
    public Property ToVector_FromVector_RoundTrips() => Prop.ForAll(
        Arb.From(from d in Gen.Choose(2, 4) from m in Gen.Choose(1, 3) from r in Gen.Choose(0, 3) from seed in Gen.Choose(0, 10000) select (d, m, r, seed)), t =>
        {
            var a = LowerBoundInstance.Random(new Random(t.seed), t.d, 1, t.m, t.r);
            var v = a.ToVector();
            Assert.Equal(t.m + 1 + t.r * (2 * t.d + (t.m + 1) * (t.m + 1)), v.Count);
            var b = LowerBoundInstance.FromVector(t.d, 1, t.m, v);
            Assert.Equal(v, b.ToVector());
            Assert.Equal(t.r, b.G.Count);
        });

    [Fact]
    public void Constructor_RejectsBadInstances()
    {
        Rational[] e1 = [1, 0], off = [1, 1];
        var b = new Rational[4];
        Assert.Throws<ArgumentException>(() => new LowerBoundInstance(2, 1, [1, 1], [(off, e1, b)]));
        Assert.Throws<ArgumentException>(() => new LowerBoundInstance(2, 2, [1, 1], []));
        Assert.Throws<ArgumentException>(() => new LowerBoundInstance(2, 1, [1, 1], [(e1, e1, new Rational[3])]));
        Assert.Throws<ArgumentException>(() => LowerBoundInstance.FromVector(2, 1, 1, new Rational[5]));
    }
}
