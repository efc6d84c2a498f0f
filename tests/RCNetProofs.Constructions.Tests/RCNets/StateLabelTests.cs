using RCNetProofs.Constructions.RCNets;
using Xunit;

namespace RCNetProofs.Constructions.Tests.RCNets;

public class StateLabelTests
{
    [Fact]
    public void Constructor_JoinsEqualConstantPhases_KeepsStepDependentOnes()
    {
        var label = new StateLabel([new StatePhase(0, 2, "0 (unused)"), new StatePhase(3, 4, "0 (unused)"), new StatePhase(5, 6, "9 − 2j"), new StatePhase(7, 8, "9 − 2j")]);
        Assert.Equal([new StatePhase(0, 4, "0 (unused)"), new StatePhase(5, 6, "9 − 2j"), new StatePhase(7, 8, "9 − 2j")], label.Phases.ToArray());
        Assert.Equal(8, label.Last);
        Assert.Equal("k = 0..4: 0 (unused); k = 5..6: 9 − 2j; k = 7..8: 9 − 2j", label.ToString());
    }

    [Fact]
    public void Constructor_RejectsGapsAndLateStarts()
    {
        Assert.Throws<ArgumentException>(() => new StateLabel([new StatePhase(1, 2, "a")]));
        Assert.Throws<ArgumentException>(() => new StateLabel([new StatePhase(0, 2, "a"), new StatePhase(4, 5, "b")]));
        Assert.Throws<ArgumentException>(() => new StateLabel([new StatePhase(0, -1, "a")]));
        Assert.Throws<ArgumentException>(() => new StateLabel([]));
    }

    [Fact]
    public void AtShiftedPrefixed()
    {
        var label = new StateLabel([new StatePhase(0, 0, "a"), new StatePhase(1, 3, "b")]);
        Assert.Equal("b", label.At(2).Meaning);
        Assert.Throws<ArgumentOutOfRangeException>(() => label.At(4));
        Assert.Equal([new StatePhase(5, 5, "a"), new StatePhase(6, 8, "b")], label.Shifted(5));
        Assert.Equal("k = 0: [c] a; k = 1..3: [c] b", label.Prefixed("[c] ").ToString());
        Assert.Equal("k = 0..3: z", StateLabel.Constant(3, "z").ToString());
    }

    [Fact]
    public void Subscript_WritesDigitsLow() => Assert.Equal("y₁₂", "y" + StateLabel.Subscript(12));
}
