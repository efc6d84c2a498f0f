using System.Collections.Immutable;
using System.Text;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>An immutable univariate polynomial in x with exact rational coefficients.</summary>
/// <remarks>
/// Invariant: the coefficient list (constant term first) has no trailing zeros, so the zero polynomial
/// has no coefficients and degree −1, and equality is equality of coefficient lists.
/// Arithmetic is schoolbook; degrees here are small (targets and their products).
/// </remarks>
public sealed partial class Polynomial : IEquatable<Polynomial>
{
    private readonly ImmutableArray<Rational> _coefficients;

    private Polynomial(ImmutableArray<Rational> canonical) => _coefficients = canonical;

    /// <summary>The polynomial with the given coefficients, constant term first; trailing zeros are dropped.</summary>
    public static Polynomial FromCoefficients(IEnumerable<Rational> constantTermFirst)
    {
        var list = constantTermFirst.ToList();
        int n = list.Count;
        while (n > 0 && list[n - 1].IsZero) n--;
        return new Polynomial([.. list.Take(n)]);
    }

    /// <summary>The polynomial with the given coefficients, constant term first.</summary>
    public static Polynomial FromCoefficients(params Rational[] constantTermFirst) =>
        FromCoefficients((IEnumerable<Rational>)constantTermFirst);

    /// <summary>The constant polynomial c.</summary>
    public static Polynomial Constant(Rational c) => FromCoefficients(c);

    /// <summary>The monomial c·x^k.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For k &lt; 0.</exception>
    public static Polynomial Monomial(Rational c, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var coefficients = new Rational[k + 1];
        coefficients[k] = c;
        return FromCoefficients(coefficients);
    }

    /// <summary>The zero polynomial.</summary>
    public static Polynomial Zero { get; } = new([]);
    /// <summary>The constant 1.</summary>
    public static Polynomial One { get; } = new([Rational.One]);
    /// <summary>The identity polynomial x.</summary>
    public static Polynomial X { get; } = new([Rational.Zero, Rational.One]);

    /// <summary>The coefficients, constant term first, without trailing zeros.</summary>
    public IReadOnlyList<Rational> Coefficients => _coefficients;
    /// <summary>The degree; −1 for the zero polynomial.</summary>
    public int Degree => _coefficients.Length - 1;
    /// <summary>True for the zero polynomial.</summary>
    public bool IsZero => _coefficients.Length == 0;
    /// <summary>The coefficient of x^Degree; zero for the zero polynomial.</summary>
    public Rational LeadingCoefficient => IsZero ? Rational.Zero : _coefficients[^1];

    /// <summary>The coefficient of x^k (zero beyond the degree).</summary>
    public Rational this[int k] => k >= 0 && k < _coefficients.Length ? _coefficients[k] : Rational.Zero;

    /// <summary>The exact value p(x), by Horner's rule.</summary>
    public Rational Evaluate(Rational x)
    {
        var value = Rational.Zero;
        for (int k = _coefficients.Length - 1; k >= 0; k--) value = value * x + _coefficients[k];
        return value;
    }

    /// <summary>The exact sum.</summary>
    public static Polynomial operator +(Polynomial p, Polynomial q)
    {
        var sum = new Rational[Math.Max(p._coefficients.Length, q._coefficients.Length)];
        for (int k = 0; k < sum.Length; k++) sum[k] = p[k] + q[k];
        return FromCoefficients(sum);
    }

    /// <summary>The exact negation.</summary>
    public static Polynomial operator -(Polynomial p) => new([.. p._coefficients.Select(c => -c)]);

    /// <summary>The exact difference.</summary>
    public static Polynomial operator -(Polynomial p, Polynomial q) => p + (-q);

    /// <summary>The exact product.</summary>
    public static Polynomial operator *(Polynomial p, Polynomial q)
    {
        if (p.IsZero || q.IsZero) return Zero;
        var product = new Rational[p._coefficients.Length + q._coefficients.Length - 1];
        for (int i = 0; i < p._coefficients.Length; i++)
            for (int j = 0; j < q._coefficients.Length; j++)
                product[i + j] += p._coefficients[i] * q._coefficients[j];
        return FromCoefficients(product);
    }

    /// <summary>The polynomial scaled by c.</summary>
    public static Polynomial operator *(Rational c, Polynomial p) =>
        c.IsZero ? Zero : new([.. p._coefficients.Select(a => c * a)]);

    /// <summary>The polynomial scaled by c.</summary>
    public static Polynomial operator *(Polynomial p, Rational c) => c * p;

    /// <summary>The polynomial divided by the scalar c.</summary>
    /// <exception cref="DivideByZeroException">When c is zero.</exception>
    public static Polynomial operator /(Polynomial p, Rational c) => Rational.Reciprocal(c) * p;

    /// <summary>p^k for k ≥ 0 (p^0 = 1, also for p = 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">For k &lt; 0.</exception>
    public Polynomial Pow(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        Polynomial result = One, square = this;
        for (; k > 0; k >>= 1)
        {
            if ((k & 1) == 1) result *= square;
            if (k > 1) square *= square;
        }
        return result;
    }

    /// <summary>The derivative p'.</summary>
    public Polynomial Derivative() =>
        FromCoefficients(_coefficients.Skip(1).Select((c, k) => c * (k + 1)));

    /// <summary>The antiderivative with constant term zero.</summary>
    public Polynomial Antiderivative() =>
        FromCoefficients(_coefficients.Select((c, k) => c / (k + 1)).Prepend(Rational.Zero));

    /// <summary>The exact definite integral of p from a to b (negative when b &lt; a).</summary>
    public Rational Integrate(Rational a, Rational b)
    {
        var antiderivative = Antiderivative();
        return antiderivative.Evaluate(b) - antiderivative.Evaluate(a);
    }

    /// <summary>The polynomial t ↦ p(α·t + β).</summary>
    public Polynomial ComposeAffine(Rational alpha, Rational beta)
    {
        var inner = FromCoefficients(beta, alpha);
        var result = Zero;
        for (int k = _coefficients.Length - 1; k >= 0; k--) result = result * inner + Constant(_coefficients[k]);
        return result;
    }

    /// <summary>The quotient and remainder of Euclidean division: p = q·divisor + r with deg r &lt; deg divisor.</summary>
    /// <exception cref="DivideByZeroException">When the divisor is the zero polynomial.</exception>
    public (Polynomial Quotient, Polynomial Remainder) DivRem(Polynomial divisor)
    {
        if (divisor.IsZero) throw new DivideByZeroException("polynomial division by the zero polynomial");
        int shift = Degree - divisor.Degree;
        if (shift < 0) return (Zero, this);
        var remainder = _coefficients.ToArray();
        var quotient = new Rational[shift + 1];
        var lead = divisor.LeadingCoefficient;
        for (int k = shift; k >= 0; k--)
        {
            var factor = remainder[k + divisor.Degree] / lead;
            quotient[k] = factor;
            if (factor.IsZero) continue;
            for (int j = 0; j <= divisor.Degree; j++) remainder[k + j] -= factor * divisor._coefficients[j];
        }
        return (FromCoefficients(quotient), FromCoefficients(remainder.Take(divisor.Degree)));
    }

    /// <summary>The monic greatest common divisor over Q (zero when both are zero).</summary>
    public static Polynomial Gcd(Polynomial p, Polynomial q)
    {
        while (!q.IsZero) (p, q) = (q, p.DivRem(q).Remainder);
        return p.IsZero ? Zero : p.ToMonic();
    }

    /// <summary>The polynomial divided by its leading coefficient (zero stays zero).</summary>
    public Polynomial ToMonic() => IsZero ? this : this / LeadingCoefficient;

    /// <inheritdoc />
    public bool Equals(Polynomial? other) =>
        other is not null && _coefficients.AsSpan().SequenceEqual(other._coefficients.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Polynomial p && Equals(p);

    /// <summary>A hash consistent with equality.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var c in _coefficients) hash.Add(c);
        return hash.ToHashCode();
    }

    /// <summary>Equality of coefficient lists.</summary>
    public static bool operator ==(Polynomial? p, Polynomial? q) => p is null ? q is null : p.Equals(q);

    /// <summary>Inequality of coefficient lists.</summary>
    public static bool operator !=(Polynomial? p, Polynomial? q) => !(p == q);

    /// <summary>Readable text, highest degree first, e.g. "x^2 - 1/3*x + 1/8"; it parses as a target expression.</summary>
    public override string ToString()
    {
        if (IsZero) return "0";
        var text = new StringBuilder();
        for (int k = Degree; k >= 0; k--)
        {
            var c = _coefficients[k];
            if (c.IsZero) continue;
            if (text.Length == 0) text.Append(c.Sign < 0 ? "-" : "");
            else text.Append(c.Sign < 0 ? " - " : " + ");
            var magnitude = Rational.Abs(c);
            bool showCoefficient = k == 0 || magnitude != Rational.One;
            if (showCoefficient) text.Append(magnitude.ToString());
            if (k == 0) continue;
            if (showCoefficient) text.Append('*');
            text.Append(k == 1 ? "x" : $"x^{k}");
        }
        return text.ToString();
    }
}
