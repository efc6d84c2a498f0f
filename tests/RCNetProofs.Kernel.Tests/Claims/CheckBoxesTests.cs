using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using RCNetProofs.Kernel.Tests.Analysis;
using RCNetProofs.Testing;
using Check = RCNetProofs.Kernel.Claims.Check;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Claims;

public class CheckBoxesTests
{
    // N(x) = σ(x) − σ(x − 1): 0 for x ≤ 0, x on [0, 1], 1 for x ≥ 1
    private static readonly Network Ramp = new(1, [
        AffineLayer.Dense([[Rational.One], [Rational.One]], [Rational.Zero, -1], Activation.Relu),
        AffineLayer.Dense([[1, -1]], [Rational.Zero], Activation.Identity)]);

    private static readonly TargetExpression Quarter = TargetParser.Parse("x/4");

    private static Claim C(VerdictKind expected = VerdictKind.Proved) => new("RC-TA1/d=1,r=1", "test", "constant on the cubes", expected);

    private static readonly Box[] Flat = [Box.Cube(1, -2, -1), Box.Cube(1, 1, 2)];

    [Fact]
    public void ConstantOnBoxes_BoundAtTheLargestGap_IsProvedWithThatGap()
    {
        // on [−2, −1]: c = 0, f ∈ [−1/2, −1/4], gap ≤ 1/2; on [1, 2]: c = 1, f ∈ [1/4, 1/2], gap ≤ 3/4
        var worst = Rational.Create(3, 4);
        var v = Check.ConstantOnBoxes(C(), Ramp, Flat, Quarter, worst);
        Assert.Equal(VerdictKind.Proved, v.Kind);
        Assert.Equal(worst.ToString(), v.Measured);
        Assert.Contains("exact", v.Message);
    }

    [Fact]
    public void ConstantOnBoxes_ReportsEachBoxJudgedInOrder()
    {
        var seen = new List<int>();
        var v = Check.ConstantOnBoxes(C(), Ramp, Flat, Quarter, Rational.Create(3, 4), boxesJudged: new SynchronousProgress<int>(seen.Add));
        Assert.Equal(VerdictKind.Proved, v.Kind);
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void ConstantOnBoxes_BoundBelowTheGap_IsRefutedAtTheWitness()
    {
        var v = Check.ConstantOnBoxes(C(VerdictKind.Refuted), Ramp, Flat, Quarter, Rational.Half);
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Equal([Rational.One], v.Witness!.X);
        Assert.Equal(Rational.Create(3, 4), v.Witness.Gap);
        Assert.Equal(Evaluation.Evaluate(Ramp, [Rational.One])[0], v.Witness.NetworkValue);
    }

    [Fact]
    public void ConstantOnBoxes_MinimumInsideTheBox_IsRefutedAtThatInteriorPoint()
    {
        // on [1, 2], N = 1 and f = 5/2 − |x − 3/2| ranges over [2, 5/2]: the gap is 1 at the ends and 3/2 at the kink
        var v = Check.ConstantOnBoxes(C(VerdictKind.Refuted), Ramp, [Flat[1]], TargetParser.Parse("2 + 1/2 - abs(x - 3/2)"), Rational.Create(5, 4));
        Assert.Equal(VerdictKind.Refuted, v.Kind);
        Assert.Equal([Rational.Create(3, 2)], v.Witness!.X);
        Assert.Equal(Rational.Create(3, 2), v.Witness.Gap);
    }

    [Fact]
    public void ConstantOnBoxes_LooseEnclosureWithoutWitness_IsUnknown()
    {
        // x·x − x·x is 0, but interval products enclose it by [1 − 4, 4 − 1] on [1, 2]: no point breaks the bound
        var v = Check.ConstantOnBoxes(C(), Ramp, [Flat[1]], TargetParser.Parse("x*x - x*x + 1"), Rational.Create(1, 2));
        Assert.Equal(VerdictKind.Unknown, v.Kind);
        Assert.Contains("no point of the box", v.Message);
    }

    [Fact]
    public void ConstantOnBoxes_TwoCoordinates_UsesTheBoxDimension()
    {
        // N(x1, x2) = 1 everywhere; f = max(x1, x2) on [0, 1/2]² ranges over [0, 1/2]: gap 1 at the lower corner
        var one = new Network(2, [AffineLayer.Dense([[Rational.Zero, Rational.Zero]], [Rational.One], Activation.Identity)]);
        var box = Box.Cube(2, 0, Rational.Half);
        Assert.Equal(VerdictKind.Proved, Check.ConstantOnBoxes(C(), one, [box], TargetParser.Parse("max(x1, x2)"), 1).Kind);
        var refuted = Check.ConstantOnBoxes(C(VerdictKind.Refuted), one, [box], TargetParser.Parse("max(x1, x2)"), Rational.Create(3, 4));
        Assert.Equal([Rational.Zero, Rational.Zero], refuted.Witness!.X);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    public void ConstantOnBoxes_NetworkNotConstantOnABox_IsUnknown(int a, int b)
    {
        var v = Check.ConstantOnBoxes(C(), Ramp, [Flat[0], Box.Cube(1, a, b)], Quarter, 100);
        Assert.Equal(VerdictKind.Unknown, v.Kind);
        Assert.Contains("box 1", v.Message);
    }

    [Fact]
    public void ConstantOnBoxes_TargetReadsMoreCoordinatesThanTheBox_Throws() =>
        Assert.Throws<ArgumentException>(() => Check.ConstantOnBoxes(C(), Ramp, Flat, TargetParser.Parse("x1*x2"), 1));

    [Theory]
    [InlineData(3, 4, VerdictKind.Proved)]
    [InlineData(1, 2, VerdictKind.Refuted)]
    public void ConstantOnBoxes_LipschitzTarget_EnclosesByTheMidpointValue(int numerator, int denominator, VerdictKind kind)
    {
        // f(x) = x/4 stated 1/4-Lipschitz: on [1, 2] the enclosure is 3/8 ± 1/8 = [1/4, 1/2], c = 1; on [−2, −1], c = 0
        var f = new LipschitzTarget("x/4", x => x / 4, Rational.Create(1, 4));
        var v = Check.ConstantOnBoxes(C(kind), Ramp, Flat, f, Rational.Create(numerator, denominator));
        Assert.Equal(kind, v.Kind);
        if (kind == VerdictKind.Refuted) Assert.Equal([Rational.One], v.Witness!.X);
        else Assert.Equal("3/4", v.Measured);
    }

    [Fact]
    public void ConstantOnBoxes_LipschitzTargetOnTwoCoordinates_Throws() =>
        Assert.Throws<ArgumentException>(() => Check.ConstantOnBoxes(C(), new Network(2, [AffineLayer.Dense([[Rational.Zero, Rational.Zero]], [Rational.One], Activation.Identity)]),
            [Box.Cube(2, 0, 1)], new LipschitzTarget("0", _ => 0, 1), 1));

    private static Verdict WithThreads(Network net, IReadOnlyList<Box> boxes, TargetExpression f, Rational bound, int threads) =>
        Check.ConstantOnBoxes(C(), net, boxes, f.Enclose, f.Evaluate, $"f = {f}", bound, default, threads);

    private static bool SameVerdict(Verdict a, Verdict b) =>
        a.Kind == b.Kind && a.Message == b.Message && a.Measured == b.Measured
        && (a.Witness is null ? b.Witness is null : b.Witness is not null && a.Witness.X.SequenceEqual(b.Witness.X) && a.Witness.Gap == b.Witness.Gap);

    [Fact]
    public void ConstantOnBoxes_InParallel_ReportsTheFirstFailingBoxInInputOrder()
    {
        // c = 0 on the boxes left of 0 and c = 1 right of 1; with f = 0 and bound 1/2 the first box right of 1 fails
        Box[] boxes = [Box.Cube(1, -3, -2), Box.Cube(1, -2, -1), Box.Cube(1, 2, 3), Box.Cube(1, -5, -4), Box.Cube(1, 1, 2), Box.Cube(1, 4, 5)];
        var zero = TargetParser.Parse("0*x");
        var sequential = WithThreads(Ramp, boxes, zero, Rational.Half, 1);
        Assert.Equal(VerdictKind.Refuted, sequential.Kind);
        Assert.StartsWith("Boxes: box 2 ", sequential.Message);
        foreach (var threads in new[] { 2, 3, 4, 8 })
            Assert.True(SameVerdict(sequential, WithThreads(Ramp, boxes, zero, Rational.Half, threads)));
    }

    [Fact]
    public void ConstantOnBoxes_InParallel_EqualsSequential()
    {
        // The ramp on boxes with ends k/3 in [−3, 3] (proved, refuted and unknown verdicts all occur), and random
        // one-output networks on random boxes; the verdict (kind, message, measure, witness) must not depend on threads.
        var rampBoxes = from k in Gen.Choose(-9, 8) from w in Gen.Choose(0, 3) select new Box([Rational.Create(k, 3)], [Rational.Create(k + w, 3)]);
        var rampCases = from boxes in Gen.ArrayOf(rampBoxes, 9)
                        from b in Gen.Choose(1, 8)
                        from threads in Gen.Choose(2, 5)
                        select (Net: Ramp, Boxes: boxes, Bound: Rational.Create(b, 4), Threads: threads);
        var randomCases = from n in NetworkGenerators.Networks().Where(n => n.OutputDimension == 1)
                          from boxes in Gen.ArrayOf(BoxAnalysisTests.Boxes(n.InputDimension), 5)
                          from b in Gen.Choose(0, 8)
                          from threads in Gen.Choose(2, 5)
                          select (Net: n, Boxes: boxes, Bound: Rational.Create(b, 4), Threads: threads);
        var f = TargetParser.Parse("x/4");
        Prop.ForAll(Gen.OneOf(rampCases, randomCases).ToArbitrary(), c =>
            SameVerdict(WithThreads(c.Net, c.Boxes, f, c.Bound, 1), WithThreads(c.Net, c.Boxes, f, c.Bound, c.Threads)))
            .QuickCheckThrowOnFailure();
    }
}
