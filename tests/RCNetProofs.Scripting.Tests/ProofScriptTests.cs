using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Scripting.Tests;

public class ProofScriptTests
{
    private readonly ProofScript _script = new("test.csx");

    [Fact]
    public void Claim_RecordsIdTextAndCallerLine()
    {
        _script.Claim("YAR-SQ/m=3", "Yarotsky", "x² to 4^-4");

        var record = Assert.Single(_script.Records);
        Assert.Equal(("YAR-SQ/m=3", "Yarotsky", "x² to 4^-4", "test.csx"), (record.Id, record.Source, record.Statement, record.ScriptPath));
        Assert.True(record.Line > 0);
        Assert.Null(record.Check);
    }

    [Theory]
    [InlineData("yar-sq")]
    [InlineData("YAR-SQ/m")]
    [InlineData("")]
    public void Claim_MalformedId_ThrowsAndRecordsNothing(string id)
    {
        Assert.Throws<ArgumentException>(() => _script.Claim(id, "s", "t"));
        Assert.Empty(_script.Records);
    }

    [Fact]
    public void ExpectedVerdicts_AreTheKernelKinds() =>
        Assert.Equal([VerdictKind.Proved, VerdictKind.Refuted, VerdictKind.Sampled, VerdictKind.Unknown],
            new[] { _script.Proved, _script.Refuted, _script.Sampled, _script.Unknown });

    [Fact]
    public void Q_FromPartsAndText_IsTheRational()
    {
        Assert.Equal(Rational.Create(3, 4), _script.Q(6, 8));
        Assert.Equal(Rational.Create(-1, 8), _script.Q("-0.125"));
        Assert.Equal((Rational)5, _script.Q(5));
        Assert.Throws<DivideByZeroException>(() => _script.Q(1, 0));
    }

    [Property]
    public Property Pow2_AnyExponent_TimesPow2OfNegationIsOne() => Prop.ForAll(Arb.From(Gen.Choose(-200, 200)), e =>
        _script.Pow2(e) * _script.Pow2(-e) == Rational.One
        && (e < 0 || _script.Pow2(e) == (Rational)BigInteger.Pow(2, e)));

    [Property]
    public Property Frac_AnyRational_IsInUnitIntervalAndDiffersByAnInteger() =>
        Prop.ForAll(Arb.From(Gen.Choose(-10_000, 10_000)), Arb.From(Gen.Choose(1, 997)), (p, q) =>
        {
            var t = _script.Q(p, q);
            var f = _script.Frac(t);
            // Oracle: p mod q with a non-negative remainder, over q.
            return f >= 0 && f < 1 && (t - f).IsInteger && f == _script.Q(((p % q) + q) % q, q);
        });

    [Property]
    public Property DyadicGrid_AnyInterval_IsEveryMultipleOfTheStepInside() =>
        Prop.ForAll(Arb.From(Gen.Choose(-40, 40)), Arb.From(Gen.Choose(0, 40)), Arb.From(Gen.Choose(0, 6)), (a, width, bits) =>
        {
            var (lo, hi) = (_script.Q(a, 7), _script.Q(a + width, 7));
            var grid = _script.DyadicGrid(lo, hi, bits).ToList();
            var step = _script.Pow2(-bits);
            // Oracle: scan every multiple of the step from below lo to above hi.
            var expected = new List<Rational>();
            for (var x = (lo / step).Floor() * step - step; x <= hi + step; x += step)
                if (x >= lo && x <= hi) expected.Add(x);
            return grid.SequenceEqual(expected);
        });

    [Property]
    public Property Farey_AnyOrder_IsEveryReducedFractionInOrder() => Prop.ForAll(Arb.From(Gen.Choose(1, 40)), n =>
    {
        var farey = _script.Farey(n).ToList();
        // Oracle: every p/q with q ≤ n in [0, 1], reduced by the Rational type, deduplicated and sorted.
        var expected = (from q in Enumerable.Range(1, n) from p in Enumerable.Range(0, q + 1) select _script.Q(p, q)).Distinct().Order().ToList();
        return farey.SequenceEqual(expected);
    });

    [Fact]
    public void GridHelpers_OutOfRangeArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _script.DyadicGrid(0, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => _script.DyadicGrid(0, 1, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => _script.Farey(0));
    }

    [Fact]
    public void Target_ParsesTextAndEvaluatesExactly() =>
        Assert.Equal(Rational.Create(1, 9), _script.Target("(x - 1/3)^2").Evaluate(Rational.Create(2, 3)));

    [Fact]
    public void Sizes_MeasuresTheNetwork() =>
        Assert.Equal(6, _script.Sizes(Constructions.Telgarsky.Sawtooth.Build(2)).Neurons);
}
