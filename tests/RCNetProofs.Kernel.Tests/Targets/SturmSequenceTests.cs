using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class SturmSequenceTests
{
    [Property]
    public Property CountRoots_DistinctRationalRoots_CountsHalfOpenInterval() =>
        Prop.ForAll(All(DistinctRoots, SmallRational, SmallRational).ToArbitrary(), t =>
        {
            var (roots, u, v) = t;
            Rational a = Rational.Min(u, v) / 8, b = Rational.Max(u, v) / 8;
            var sturm = new SturmSequence(FromRoots(Rational.Create(-2, 3), roots));
            return sturm.CountRoots(a, b) == roots.Count(r => r > a && r <= b);
        });

    [Fact]
    public void CountRoots_RootsAtEnds_ExcludesLeftIncludesRight()
    {
        var sturm = new SturmSequence(FromRoots(1, [1, 2, 3]));
        Assert.Equal(3, sturm.CountRoots(0, 10));
        Assert.Equal(2, sturm.CountRoots(1, 3));
        Assert.Equal(0, sturm.CountRoots(3, 3));
    }

    [Fact]
    public void SignVariations_FarLeftAndRight_DifferByDegreeWhenAllRootsReal()
    {
        var sturm = new SturmSequence(FromRoots(1, [-1, 0, Rational.Half, 2]));
        Assert.Equal(4, sturm.SignVariations(-100) - sturm.SignVariations(100));
    }

    [Fact]
    public void Constructor_RepeatedRoot_Throws() =>
        Assert.Throws<ArgumentException>(() => new SturmSequence(FromRoots(1, [1, 1])));

    [Fact]
    public void Constructor_ZeroPolynomial_Throws() =>
        Assert.Throws<ArgumentException>(() => new SturmSequence(Polynomial.Zero));
}
