using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RCNetProofs.Constructions.Daniely;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Constructions.Tests.Daniely;

public class MultivariatePolynomialTests
{
    private static Gen<MultivariatePolynomial> Poly(int variables) =>
        from terms in Gen.ListOf(from e in Gen.ArrayOf(Gen.Choose(0, 3), variables)
                                 from p in Gen.Choose(-6, 6)
                                 from q in Gen.Choose(1, 4)
                                 select (e, Rational.Create(p, q)))
        select MultivariatePolynomial.FromTerms(variables, terms.Take(6));

    private static Gen<Rational[]> Point(int variables) => Gen.ArrayOf(from p in Gen.Choose(-7, 7) from q in Gen.Choose(1, 5) select Rational.Create(p, q), variables);

    [Property]
    public Property RingOperations_AgreeWithEvaluation() => Prop.ForAll(
        Arb.From(from p in Poly(3) from q in Poly(3) from x in Point(3) select (p, q, x)), t =>
        {
            // Oracle: evaluation is a ring homomorphism.
            var (p, q, x) = t;
            Assert.Equal(p.Evaluate(x) + q.Evaluate(x), (p + q).Evaluate(x));
            Assert.Equal(p.Evaluate(x) - q.Evaluate(x), (p - q).Evaluate(x));
            Assert.Equal(p.Evaluate(x) * q.Evaluate(x), (p * q).Evaluate(x));
            Assert.Equal(-p.Evaluate(x), (-p).Evaluate(x));
            Assert.True((p - p).IsZero);
        });

    [Property]
    public Property Compose_AgreesWithUnivariateEvaluation() => Prop.ForAll(
        Arb.From(from c in Gen.ArrayOf(from p in Gen.Choose(-5, 5) select (Rational)p, 5) from q in Poly(2) from x in Point(2) select (c, q, x)), t =>
        {
            var (c, q, x) = t;
            var p = Polynomial.FromCoefficients(c);
            Assert.Equal(p.Evaluate(q.Evaluate(x)), MultivariatePolynomial.Compose(p, q).Evaluate(x));
        });

    [Fact]
    public void Linear_Variable_Truncate()
    {
        var l = MultivariatePolynomial.Linear(4, 1, [2, 3]);
        Assert.Equal(2 * 5 + 3 * 7, l.Evaluate([100, 5, 7, 100]));
        Assert.Equal(Rational.One, MultivariatePolynomial.Variable(4, 2)[0, 0, 1, 0]);
        Assert.Equal(3, l.Truncate(3).Variables);
        Assert.Throws<ArgumentException>(() => l.Truncate(2));
        Assert.Throws<ArgumentException>(() => MultivariatePolynomial.Constant(2, 1) + MultivariatePolynomial.Constant(3, 1));
        Assert.Throws<ArgumentException>(() => MultivariatePolynomial.FromTerms(2, [([1, 2, 3], 1)]));
    }
}
