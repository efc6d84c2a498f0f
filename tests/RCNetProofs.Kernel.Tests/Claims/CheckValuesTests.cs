using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Numerics;
using Xunit;
using Check = RCNetProofs.Kernel.Claims.Check;

namespace RCNetProofs.Kernel.Tests.Claims;

public class CheckValuesTests
{
    private static Claim C(string id = "X", VerdictKind expected = VerdictKind.Proved) => new(id, "test", "test statement", expected);

    [Property]
    public Property Value_DecidesTheRelationLikeTheComparisonOperators() => Prop.ForAll(
        Arb.From(from a in Gen.Choose(-20, 20) from b in Gen.Choose(1, 7) from c in Gen.Choose(-20, 20) from e in Gen.Choose(1, 7)
                 select (Rational.Create(a, b), Rational.Create(c, e))), t =>
        {
            // Oracle: BigInteger cross-multiplication of the two fractions.
            var (m, s) = t;
            var cross = (m.Numerator * s.Denominator).CompareTo(s.Numerator * m.Denominator);
            Assert.Equal(cross <= 0 ? VerdictKind.Proved : VerdictKind.Refuted, Check.Value(C(), "q", () => m, Relation.AtMost, s).Kind);
            Assert.Equal(cross >= 0 ? VerdictKind.Proved : VerdictKind.Refuted, Check.Value(C(), "q", () => m, Relation.AtLeast, s).Kind);
            var eq = Check.Value(C(), "q", () => m, Relation.Equal, s);
            Assert.Equal(cross == 0 ? VerdictKind.Proved : VerdictKind.Refuted, eq.Kind);
            if (cross != 0) Assert.Equal(Rational.Abs(m - s), eq.Witness!.Gap);
        });

    [Fact]
    public void Value_DriftingMeasurement_IsNotReportedAsRefuted()
    {
        var next = Rational.Zero;
        Assert.Throws<InvalidOperationException>(() => Check.Value(C(), "q", () => next += 1, Relation.AtLeast, 5));
    }

    [Fact]
    public void AtSamples_AllHold_IsSampledWithTheTightestSample()
    {
        IReadOnlyList<Rational>[] samples = [[1], [3], [2]];
        var v = Check.AtSamples(C(), "x²", samples, x => x[0] * x[0], x => 2 * x[0] - 1, Relation.AtLeast);
        Assert.Equal(VerdictKind.Sampled, v.Kind);
        Assert.Equal("1", v.Measured); // x = 1: 1 ≥ 1 is the tightest
        Assert.Contains("3 samples", v.Message);
    }

    [Fact]
    public void AtSamples_Violation_IsRefutedWithTheSampleAsWitness()
    {
        IReadOnlyList<Rational>[] samples = [[1], [Rational.Half], [2]];
        var v = Check.AtSamples(C(), "x", samples, x => x[0], x => 1, Relation.AtLeast);
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Equal([Rational.Half], v.Witness!.X);
        Assert.Equal(Rational.Half, v.Witness.Gap);
    }

    [Fact]
    public void AtSamples_NoSamples_Throws() =>
        Assert.Throws<ArgumentException>(() => Check.AtSamples(C(), "q", [], _ => 0, _ => 0, Relation.Equal));

    [Fact]
    public void AtSamples_NonDeterministicViolation_Throws()
    {
        int calls = 0;
        Assert.Throws<InvalidOperationException>(() => Check.AtSamples(C(), "q", [[0]], _ => calls++, _ => -1, Relation.AtMost));
    }
}
