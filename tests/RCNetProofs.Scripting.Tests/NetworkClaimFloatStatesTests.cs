using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Constructions.Telgarsky;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class NetworkClaimFloatStatesTests
{
    private readonly ProofScript _script = new("n.csx");

    private static RCNet Theorem11(int r) => CompositionApprox.Build(ApproximationTarget.AbsDistance(Rational.Create(1, 3)), r, 2);

    private NetworkClaim About(RCNet rc, string id) => _script.Claim(id, "s", "t").Network(rc.Flatten());

    [Fact]
    public void FloatStateAgrees_RCNetAtRTwo_StateAfterL1AgreesAndCoordinateZeroAfterOneCompositionIsRefuted()
    {
        var rc = Theorem11(2);
        var at = new[] { new[] { Rational.Zero } };
        About(rc, "A/n=1").FloatStateAgrees(rc, 0, at, Rational.Create(1, 1000));
        About(rc, "A/n=2").FloatStateAgrees(rc, 1, at, Rational.Create(1, 1000), coordinates: 0..1);
        About(rc, "A/n=3").FloatStateAgrees(rc, 1, at, Rational.Create(1, 1000), coordinates: 1..3);

        var before = Checks.Verdict(_script, 0);
        var departs = Checks.Verdict(_script, 1);
        var others = Checks.Verdict(_script, 2);

        Assert.Equal(VerdictKind.Sampled, before.Kind);
        Assert.Equal(VerdictKind.Refuted, departs.Kind);
        // The exact state coordinate is 1/6; the double one is 0.
        Assert.Equal(Rational.Create(1, 6), departs.Witness!.NetworkValue);
        Assert.Equal(Rational.Zero, departs.Witness.TargetValue);
        Assert.Equal(Rational.Create(1, 6), departs.Witness.Gap);
        // Coordinates 1 and 2 after one composition (4 and 2) are integers, still exact in double.
        Assert.Equal(VerdictKind.Sampled, others.Kind);
        Assert.Equal("0", others.Measured);
    }

    [Fact]
    public void FloatStateAgrees_RCNetAtROne_EveryStateAgrees()
    {
        var rc = Theorem11(1);
        for (int k = 0; k <= rc.Compositions; k++)
            About(rc, $"A/n={k}").FloatStateAgrees(rc, k, [[Rational.Create(2, 7)], [Rational.One]], Rational.Create(1, 1000));

        for (int k = 0; k <= rc.Compositions; k++) Assert.Equal(VerdictKind.Sampled, Checks.Verdict(_script, k).Kind);
    }

    [Fact]
    public void FloatStateAgrees_NetworkNotTheFlattenedRCNet_ThrowsWhenStated()
    {
        var rc = Theorem11(1);
        Assert.Throws<ArgumentException>(() => _script.Claim("A/n=1", "s", "t").Network(Sawtooth.Build(3)).FloatStateAgrees(rc, 0, [[Rational.Zero]], Rational.Half));
        Assert.Throws<ArgumentException>(() => About(rc.WithCompositions(3), "A/n=2").FloatStateAgrees(rc, 0, [[Rational.Zero]], Rational.Half));
    }

    [Fact]
    public void FloatStateAgrees_CompositionOutOfRangeOrNegativeTolerance_ThrowsWhenStated()
    {
        var rc = Theorem11(1);
        Assert.Throws<ArgumentException>(() => About(rc, "A/n=1").FloatStateAgrees(rc, rc.Compositions + 1, [[Rational.Zero]], Rational.Half));
        Assert.Throws<ArgumentException>(() => About(rc, "A/n=2").FloatStateAgrees(rc, 0, [[Rational.Zero]], -Rational.Half));
    }
}
