using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class TargetParserTests
{
    private static Rational R(long n, long d = 1) => Rational.Create(n, d);

    // Texts with hand-written meanings (the oracle), covering precedence, associativity and every node.
    private static readonly (string Text, Func<Rational, Rational> Meaning)[] Cases =
    [
        ("x^2", x => x * x),
        ("abs(x-1/3)", x => Rational.Abs(x - R(1, 3))),
        ("1/2*x + 1/8", x => x / 2 + R(1, 8)),
        ("max(x, 1-x)", x => Rational.Max(x, 1 - x)),
        ("-x^3 + 2*x", x => -(x * x * x) + 2 * x),
        ("min(x, 1/4, 1-x)", x => Rational.Min(Rational.Min(x, R(1, 4)), 1 - x)),
        ("0.125", _ => R(1, 8)),
        ("0.125*x - 2.5", x => x / 8 - R(5, 2)),
        ("x - 1 - 1", x => x - 2),
        ("1/2/2", _ => R(1, 4)),
        ("-2^2", _ => -4),
        ("(-2)^2", _ => 4),
        ("x^0", _ => 1),
        ("x/4", x => x / 4),
        ("(x + 1)/(2 - 1/2)", x => (x + 1) * R(2, 3)),
        ("2*-x", x => -2 * x),
        ("x - -x", x => 2 * x),
        ("--x", x => x),
        ("abs(x)^3", x => Rational.Abs(x * x * x)),
        ("max(abs(x - 1/2), x^2) * 3", x => 3 * Rational.Max(Rational.Abs(x - Rational.Half), x * x)),
        ("  max( x ,1 - x )  ", x => Rational.Max(x, 1 - x)),
        ("(x^2)^2", x => x * x * x * x),
    ];

    [Property]
    public Property Parse_KnownTexts_AgreeWithHandWrittenMeaning() =>
        Prop.ForAll(SmallRational.ToArbitrary(), x =>
            Cases.All(c => TargetParser.Parse(c.Text).Evaluate(x) == c.Meaning(x)));

    [Property]
    public Property Parse_PrintedRandomExpression_IsSameFunctionAndPrintingIsStable() =>
        Prop.ForAll(Both(Expression, SmallRational).ToArbitrary(), t =>
        {
            var (e, x) = t;
            var once = TargetParser.Parse(e.ToString());
            var twice = TargetParser.Parse(once.ToString());
            return once.Evaluate(x) == e.Evaluate(x) && twice == once && twice.ToString() == once.ToString();
        });

    [Property]
    public Property Parse_PrintedExpressionWithoutNegatedConstants_IsStructurallyEqual() =>
        Prop.ForAll(Expression.Where(e => !e.ToString().Contains("--") && !HasNegatedConstant(e)).ToArbitrary(), e =>
            TargetParser.Parse(e.ToString()) == e);

    // The parser folds −c into a constant, so only such trees lose their shape in a round trip.
    private static bool HasNegatedConstant(TargetExpression e) => e switch
    {
        NegationExpression { Operand: ConstantExpression } => true,
        NegationExpression n => HasNegatedConstant(n.Operand),
        SumExpression s => HasNegatedConstant(s.Left) || HasNegatedConstant(s.Right),
        DifferenceExpression d => HasNegatedConstant(d.Left) || HasNegatedConstant(d.Right),
        ProductExpression p => HasNegatedConstant(p.Left) || HasNegatedConstant(p.Right),
        PowerExpression p => HasNegatedConstant(p.Base),
        AbsExpression a => HasNegatedConstant(a.Argument),
        MinExpression m => m.Arguments.Any(HasNegatedConstant),
        MaxExpression m => m.Arguments.Any(HasNegatedConstant),
        _ => false,
    };

    [Fact]
    public void Parse_Division_FoldsConstantsAndScalesOtherwise()
    {
        Assert.Equal(new ConstantExpression(R(1, 3)), TargetParser.Parse("1/3"));
        Assert.Equal(new ConstantExpression(R(-1, 3)), TargetParser.Parse("-1/3"));
        Assert.Equal(new ConstantExpression(R(1, 2)), TargetParser.Parse("(1 + 1)/4"));
        Assert.Equal(new ProductExpression(new VariableExpression(), new ConstantExpression(R(1, 4))), TargetParser.Parse("x/4"));
    }

    [Fact]
    public void Parse_Precedence_BuildsExpectedTree()
    {
        var x = new VariableExpression();
        var expected = new SumExpression(
            new NegationExpression(new PowerExpression(x, 3)),
            new ProductExpression(new ConstantExpression(2), x));
        Assert.Equal(expected, TargetParser.Parse("-x^3 + 2*x"));
    }

    [Theory]
    [InlineData("abs(x-1/3", 9, "expected ')'")]
    [InlineData("1/x", 1, "division only by constants")]
    [InlineData("x/(x+1)", 1, "division only by constants")]
    [InlineData("x/0", 1, "division by zero")]
    [InlineData("x / (1 - 1)", 2, "division by zero")]
    [InlineData("", 0, "expected an expression")]
    [InlineData("x +", 3, "expected an expression")]
    [InlineData("y + 1", 0, "unknown name 'y' (expected x, x1, x2, …, abs, floor, min or max)")]
    [InlineData("sin(x)", 0, "unknown name 'sin' (expected x, x1, x2, …, abs, floor, min or max)")]
    [InlineData("x^-1", 2, "expected a non-negative integer exponent")]
    [InlineData("x^x", 2, "expected a non-negative integer exponent")]
    [InlineData("x^1001", 2, "exponent 1001 exceeds the maximum 1000")]
    [InlineData("x^2^3", 3, "unexpected '^'")]
    [InlineData("x)", 1, "unexpected ')'")]
    [InlineData("2x", 1, "unexpected 'x'")]
    [InlineData("x # 1", 2, "unexpected '#'")]
    [InlineData("abs x", 4, "expected '(', found 'x'")]
    [InlineData("abs(x, 1)", 0, "abs takes one argument, got 2")]
    [InlineData("min(x)", 0, "min takes at least two arguments, got 1")]
    [InlineData("max(x; 1)", 5, "expected ')', found ';'")]
    [InlineData("x0 + 1", 0, "bad coordinate 'x0' (expected x1, x2, …)")]
    [InlineData("floor(x, 1)", 0, "floor takes one argument, got 2")]
    public void Parse_MalformedText_ReportsPositionAndReason(string text, int position, string reason)
    {
        var e = Assert.Throws<TargetParseException>(() => TargetParser.Parse(text));
        Assert.Equal(position, e.Position);
        Assert.Equal(reason, e.Reason);
        Assert.Equal($"{text}: position {position}: {reason}", e.Message);
    }

    [Fact]
    public void Parse_UnclosedAbs_HasDocumentedMessage() =>
        Assert.Equal("abs(x-1/3: position 9: expected ')'",
            Assert.Throws<TargetParseException>(() => TargetParser.Parse("abs(x-1/3")).Message);

    [Fact]
    public void Parse_BadDecimal_ReportsNumberError()
    {
        var e = Assert.Throws<TargetParseException>(() => TargetParser.Parse("1.2.3 + x"));
        Assert.Equal(0, e.Position);
        Assert.StartsWith("bad number", e.Reason);
    }

    [Fact]
    public void Parse_DeepNesting_IsRejectedNotStackOverflow()
    {
        var text = new string('(', 500) + "x" + new string(')', 500);
        var e = Assert.Throws<TargetParseException>(() => TargetParser.Parse(text));
        Assert.Equal($"nesting deeper than {TargetParser.MaxNesting}", e.Reason);
        Assert.Equal((Rational)2, TargetParser.Parse(new string('(', 100) + "x" + new string(')', 100)).Evaluate(2));
    }

    [Fact]
    public void TryParse_GoodAndBadText_ReportsWithoutThrowing()
    {
        Assert.True(TargetParser.TryParse("x^2", out var good, out var noError));
        Assert.Null(noError);
        Assert.Equal((Rational)9, good!.Evaluate(3));
        Assert.False(TargetParser.TryParse("x^", out var bad, out var error));
        Assert.Null(bad);
        Assert.Equal("x^: position 2: expected a non-negative integer exponent", error);
    }

    [Fact]
    public void Parse_CoordinatesAndFloor_BuildTheirNodes()
    {
        Assert.Equal(new MaxExpression(new CoordinateExpression(1), new CoordinateExpression(2)), TargetParser.Parse("max(x1, x2)"));
        Assert.Equal(new ProductExpression(new CoordinateExpression(1), new CoordinateExpression(12)), TargetParser.Parse("x1*x12"));
        Assert.Equal(new FloorExpression(new VariableExpression()), TargetParser.Parse("floor(x)"));
        Assert.Equal("min(floor(x), 3)", TargetParser.Parse("min(floor(x),3)").ToString());
    }
}
