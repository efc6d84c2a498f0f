using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;
using static RCNetProofs.Kernel.Tests.Targets.TargetGenerators;

namespace RCNetProofs.Kernel.Tests.Targets;

public class TargetExpressionTests
{
    private static readonly TargetExpression X = new VariableExpression();
    private static TargetExpression C(long n, long d = 1) => new ConstantExpression(Rational.Create(n, d));

    // An independent evaluator: every node computed through Polynomial arithmetic on constant polynomials.
    private static Rational Oracle(TargetExpression e, Rational x) => e switch
    {
        ConstantExpression c => Polynomial.Constant(c.Value).Evaluate(x),
        VariableExpression => Polynomial.X.Evaluate(x),
        SumExpression s => Oracle(s.Left, x) + Oracle(s.Right, x),
        DifferenceExpression d => Oracle(d.Left, x) - Oracle(d.Right, x),
        ProductExpression p => Oracle(p.Left, x) * Oracle(p.Right, x),
        PowerExpression p => Polynomial.Constant(Oracle(p.Base, x)).Pow(p.Exponent).Evaluate(0),
        NegationExpression n => Rational.Zero - Oracle(n.Operand, x),
        AbsExpression a => Oracle(a.Argument, x) is var v && v < 0 ? -v : v,
        MinExpression m => m.Arguments.Select(a => Oracle(a, x)).Min(),
        MaxExpression m => m.Arguments.Select(a => Oracle(a, x)).Max(),
        _ => throw new InvalidOperationException(e.GetType().Name),
    };

    [Property]
    public Property Evaluate_RandomExpression_MatchesOracle() =>
        Prop.ForAll(Both(Expression, SmallRational).ToArbitrary(), t => t.Item1.Evaluate(t.Item2) == Oracle(t.Item1, t.Item2));

    [Property]
    public Property ContainsVariable_RandomExpression_IsFalseOnlyForConstantFunctions() =>
        Prop.ForAll(Both(Expression, SmallRational).ToArbitrary(), t =>
        {
            var (e, x) = t;
            // Invariant: an x-free expression takes the same value everywhere.
            return e.ContainsVariable || e.Evaluate(x) == e.Evaluate(x + 7);
        });

    [Theory]
    [MemberData(nameof(PrintCases))]
    public void ToString_Trees_UseMinimalParentheses(TargetExpression e, string expected) => Assert.Equal(expected, e.ToString());

    public static TheoryData<TargetExpression, string> PrintCases => new()
    {
        { new ProductExpression(new SumExpression(X, C(1)), X), "(x + 1)*x" },
        { new SumExpression(X, new ProductExpression(X, C(1))), "x + x*1" },
        { new DifferenceExpression(X, new DifferenceExpression(X, C(1))), "x - (x - 1)" },
        { new DifferenceExpression(new DifferenceExpression(X, C(1)), X), "x - 1 - x" },
        { new ProductExpression(X, new ProductExpression(X, X)), "x*(x*x)" },
        { new ProductExpression(C(1, 3), X), "1/3*x" },
        { new ProductExpression(X, C(1, 3)), "x*(1/3)" },
        { new ProductExpression(X, C(-3)), "x*-3" },
        { new PowerExpression(new NegationExpression(X), 2), "(-x)^2" },
        { new PowerExpression(C(1, 2), 2), "(1/2)^2" },
        { new PowerExpression(new PowerExpression(X, 2), 3), "(x^2)^3" },
        { new NegationExpression(new PowerExpression(X, 2)), "-x^2" },
        { new NegationExpression(new SumExpression(X, C(1))), "-(x + 1)" },
        { new NegationExpression(C(-1, 3)), "-(-1/3)" },
        { new AbsExpression(new DifferenceExpression(X, C(1, 3))), "abs(x - 1/3)" },
        { new MinExpression(X, C(1, 4), new DifferenceExpression(C(1), X)), "min(x, 1/4, 1 - x)" },
    };

    [Fact]
    public void Restrict_ForwardsToPiecewisePolynomial()
    {
        var e = new AbsExpression(new DifferenceExpression(X, C(1, 3)));
        Assert.Equal(PiecewisePolynomial.Restrict(e, 0, 1).Pieces, e.Restrict(0, 1).Pieces);
    }

    [Fact]
    public void Equality_SameShape_IsStructural()
    {
        Assert.Equal(new SumExpression(X, C(1)), new SumExpression(new VariableExpression(), C(1)));
        Assert.NotEqual<TargetExpression>(new SumExpression(X, C(1)), new SumExpression(C(1), X));
        Assert.NotEqual<TargetExpression>(new SumExpression(X, C(1)), new DifferenceExpression(X, C(1)));
    }
}
