using System.Numerics;
using RCNetProofs.Numerics;
using Xunit;

namespace RCNetProofs.Testing;

/// <summary>
/// Algebraic laws written once for every exact number type. Each helper throws an xunit failure naming the law
/// and the operands, so it can be the body of an FsCheck property or a plain fact.
/// </summary>
public static class NumberLaws
{
    /// <summary>Commutative ring with unity: associativity, commutativity, identities, inverses, distributivity.</summary>
    public static void CommutativeRing<T>(T a, T b, T c)
        where T : struct, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
                  IUnaryNegationOperators<T, T>, IAdditiveIdentity<T, T>, IMultiplicativeIdentity<T, T>, IEquatable<T>
    {
        T zero = T.AdditiveIdentity, one = T.MultiplicativeIdentity;
        Same("a + b = b + a", a + b, b + a, a, b, c);
        Same("(a + b) + c = a + (b + c)", (a + b) + c, a + (b + c), a, b, c);
        Same("a + 0 = a", a + zero, a, a, b, c);
        Same("a + (−a) = 0", a + (-a), zero, a, b, c);
        Same("a − b = a + (−b)", a - b, a + (-b), a, b, c);
        Same("−(−a) = a", -(-a), a, a, b, c);
        Same("(a − b) + b = a", (a - b) + b, a, a, b, c);
        Same("a·b = b·a", a * b, b * a, a, b, c);
        Same("(a·b)·c = a·(b·c)", (a * b) * c, a * (b * c), a, b, c);
        Same("a·1 = a", a * one, a, a, b, c);
        Same("a·0 = 0", a * zero, zero, a, b, c);
        Same("a·(b + c) = a·b + a·c", a * (b + c), a * b + a * c, a, b, c);
        Same("(−a)·b = −(a·b)", (-a) * b, -(a * b), a, b, c);
    }

    /// <summary>Field laws on top of <see cref="CommutativeRing{T}"/>: every non-zero b has an inverse, and /0 throws.</summary>
    public static void Field<T>(T a, T b, T c)
        where T : struct, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
                  IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>, IAdditiveIdentity<T, T>,
                  IMultiplicativeIdentity<T, T>, IEquatable<T>
    {
        CommutativeRing(a, b, c);
        T zero = T.AdditiveIdentity, one = T.MultiplicativeIdentity;
        Assert.Throws<DivideByZeroException>(() => a / zero);
        if (b.Equals(zero)) return;
        Same("(a / b)·b = a", (a / b) * b, a, a, b, c);
        Same("b·(1 / b) = 1", b * (one / b), one, a, b, c);
        Same("a / b = a·(1 / b)", a / b, a * (one / b), a, b, c);
        Same("(a + c) / b = a / b + c / b", (a + c) / b, a / b + c / b, a, b, c);
        if (!a.Equals(zero)) Same("1 / (1 / a) = a", one / (one / a), a, a, b, c);
    }

    /// <summary>
    /// Total order: trichotomy, antisymmetry, transitivity, and the six operators and CompareTo agreeing
    /// with each other and with Equals.
    /// </summary>
    public static void TotalOrder<T>(T a, T b, T c)
        where T : struct, IComparisonOperators<T, T, bool>, IComparable<T>, IEquatable<T>
    {
        int ab = Math.Sign(a.CompareTo(b));
        Holds("CompareTo is antisymmetric", ab == -Math.Sign(b.CompareTo(a)), a, b, c);
        Holds("CompareTo = 0 exactly when Equals", (ab == 0) == a.Equals(b), a, b, c);
        Holds("a.CompareTo(a) = 0", a.CompareTo(a) == 0, a, b, c);
        Holds("exactly one of <, ==, >", (a < b ? 1 : 0) + (a == b ? 1 : 0) + (a > b ? 1 : 0) == 1, a, b, c);
        Holds("< agrees with CompareTo", (a < b) == (ab < 0), a, b, c);
        Holds("> agrees with CompareTo", (a > b) == (ab > 0), a, b, c);
        Holds("<= agrees with CompareTo", (a <= b) == (ab <= 0), a, b, c);
        Holds(">= agrees with CompareTo", (a >= b) == (ab >= 0), a, b, c);
        Holds("!= is the negation of ==", (a != b) == !(a == b), a, b, c);
        Holds("a <= b and b <= a imply a = b", !(a <= b && b <= a) || a.Equals(b), a, b, c);
        Holds("<= is transitive", !(a <= b && b <= c) || a <= c, a, b, c);
        Holds("< is transitive", !(a < b && b < c) || a < c, a, b, c);
    }

    /// <summary>Order compatible with the ring: a ≤ b ⇒ a + c ≤ b + c, and products of non-negatives are non-negative.</summary>
    public static void OrderedRing<T>(T a, T b, T c)
        where T : struct, IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IUnaryNegationOperators<T, T>,
                  IAdditiveIdentity<T, T>, IComparisonOperators<T, T, bool>, IComparable<T>
    {
        T zero = T.AdditiveIdentity;
        Holds("a <= b implies a + c <= b + c", !(a <= b) || a + c <= b + c, a, b, c);
        Holds("a < b and c > 0 imply a·c < b·c", !(a < b && c > zero) || a * c < b * c, a, b, c);
        Holds("a < b implies −a > −b", !(a < b) || -a > -b, a, b, c);
        Holds("a·a >= 0", a * a >= zero, a, b, c);
    }

    /// <summary>Equality is reflexive and symmetric, == and Equals(object) agree with it, and equal values hash alike.</summary>
    public static void EqualityAndHash<T>(T a, T b)
        where T : struct, IEquatable<T>, IEqualityOperators<T, T, bool>
    {
        T copy = a;
        Holds("a = a", a.Equals(copy) && a == copy && !(a != copy), a, b);
        Holds("Equals is symmetric", a.Equals(b) == b.Equals(a), a, b);
        Holds("== agrees with Equals", (a == b) == a.Equals(b) && (a != b) == !a.Equals(b), a, b);
        Holds("Equals(object) agrees with Equals", a.Equals((object)b) == a.Equals(b), a, b);
        Holds("Equals(object) is false for other types", !a.Equals((object)"not a number") && !a.Equals((object?)null), a, b);
        if (a.Equals(b)) Holds("equal values have equal hashes", a.GetHashCode() == b.GetHashCode(), a, b);
    }

    /// <summary>Two computations of the same value give one representation: Equals, ==, hash, CompareTo and text all agree.</summary>
    public static void SameRepresentation<T>(T x, T y)
        where T : struct, IEquatable<T>, IEqualityOperators<T, T, bool>, IComparable<T>
    {
        Holds("equal", x.Equals(y) && x == y, x, y);
        Holds("CompareTo = 0", x.CompareTo(y) == 0, x, y);
        Holds("equal hashes", x.GetHashCode() == y.GetHashCode(), x, y);
        Holds("equal text", x.ToString() == y.ToString(), x, y);
    }

    /// <summary>Rational canonical form: q ≥ 1, gcd(|p|, q) = 1, zero is 0/1, and the text is "p" or "p/q" of those parts.</summary>
    public static void CanonicalRational(Rational r)
    {
        BigInteger p = r.Numerator, q = r.Denominator;
        Holds("denominator >= 1", q.Sign > 0, r);
        Holds("lowest terms", BigInteger.GreatestCommonDivisor(p, q).IsOne, p, q);
        Holds("Sign is the numerator's sign", r.Sign == p.Sign, r);
        Holds("IsZero iff numerator is zero", r.IsZero == p.IsZero, r);
        Holds("IsInteger iff denominator is one", r.IsInteger == q.IsOne, r);
        string expected = q.IsOne ? p.ToString() : $"{p}/{q}";
        Holds("text is p or p/q", r.ToString() == expected, r, expected);
    }

    /// <summary>Dyadic canonical form: zero is 0·2^0, otherwise the mantissa is odd; the text is the reduced fraction.</summary>
    public static void CanonicalDyadic(Dyadic d)
    {
        BigInteger m = d.Mantissa;
        int e = d.Exponent;
        if (m.IsZero) Holds("zero has exponent 0", e == 0, d, e);
        else Holds("mantissa is odd", !m.IsEven, d, m, e);
        Holds("IsZero iff mantissa is zero", d.IsZero == m.IsZero, d);
        Holds("Sign is the mantissa's sign", d.Sign == m.Sign, d);
        Holds("IsInteger iff exponent >= 0", d.IsInteger == (e >= 0), d);
        string expected = e >= 0 ? (m * BigInteger.Pow(2, e)).ToString() : $"{m}/{BigInteger.Pow(2, -e)}";
        Holds("text is p or p/2^k", d.ToString() == expected, d, expected);
    }

    private static void Same<T>(string law, T left, T right, params object?[] operands) where T : struct, IEquatable<T>
    {
        if (!left.Equals(right))
            Assert.Fail($"{law}: {left} ≠ {right} for {Describe(operands)}");
    }

    private static void Holds(string law, bool condition, params object?[] operands)
    {
        if (!condition) Assert.Fail($"{law}: fails for {Describe(operands)}");
    }

    private static string Describe(object?[] operands) => string.Join(", ", operands.Select(o => o?.ToString() ?? "null"));
}
