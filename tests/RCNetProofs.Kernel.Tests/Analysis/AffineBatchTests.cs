using FsCheck;
using FsCheck.Fluent;
using RCNetProofs.Kernel.Analysis;
using RCNetProofs.Numerics;
using RCNetProofs.Testing;
using Xunit;

namespace RCNetProofs.Kernel.Tests.Analysis;

public class AffineBatchTests
{
    [Fact]
    public void Get_InParallelBatches_EqualsOneBoxAtATime()
    {
        var cases = from n in NetworkGenerators.Networks()
                    from boxes in Gen.ArrayOf(BoxAnalysisTests.Boxes(n.InputDimension), 7)
                    from threads in Gen.Choose(2, 4)
                    select (n, boxes, threads);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var batch = new AffineBatch(c.n, c.boxes, c.threads);
            return Enumerable.Range(0, c.boxes.Length).All(i =>
            {
                var a = batch.Get(i); var b = BoxAnalysis.DecideAffine(c.n, c.boxes[i]);
                return a.PatternFixed == b.PatternFixed && a.UnfixedLayer == b.UnfixedLayer && a.UnfixedNeuron == b.UnfixedNeuron
                    && (!a.PatternFixed || a.Offset!.SequenceEqual(b.Offset!));
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Get_BoxWithWrongDimension_ThrowsWhenThatBoxIsRead()
    {
        var net = TestNetworks.Sawtooth(2);
        Box[] boxes = [Box.Cube(1, 0, 1), new Box([Rational.Zero, Rational.Zero], [Rational.One, Rational.One]), Box.Cube(1, 1, 2)];
        var batch = new AffineBatch(net, boxes, 3);
        foreach (var i in new[] { 0, 2 })
        {
            var expected = BoxAnalysis.DecideAffine(net, boxes[i]);
            Assert.Equal(expected.PatternFixed, batch.Get(i).PatternFixed);
            Assert.Equal(expected.UnfixedNeuron, batch.Get(i).UnfixedNeuron);
        }
        Assert.Throws<ArgumentException>(() => batch.Get(1));
    }
}
