using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.Daniely;

/// <summary>
/// An immutable polynomial in a fixed number of variables with exact rational coefficients, stored sparsely
/// (exponent vector → coefficient, zero coefficients dropped): the algebra behind the exact sphere integrals of
/// DAN-SEP and DAN-MAIN (<see cref="UniformSphere"/>).
/// </summary>
public sealed class MultivariatePolynomial
{
    private readonly Dictionary<int[], Rational> _terms;

    private MultivariatePolynomial(int variables, Dictionary<int[], Rational> terms)
    {
        Variables = variables; _terms = terms;
    }

    /// <summary>The number of variables (the length of every exponent vector).</summary>
    public int Variables { get; }

    /// <summary>The non-zero terms, as (exponent vector, coefficient).</summary>
    public IEnumerable<(IReadOnlyList<int> Exponents, Rational Coefficient)> Terms => _terms.Select(t => ((IReadOnlyList<int>)t.Key, t.Value));

    /// <summary>The number of non-zero terms.</summary>
    public int TermCount => _terms.Count;

    /// <summary>True for the zero polynomial.</summary>
    public bool IsZero => _terms.Count == 0;

    /// <summary>The constant <paramref name="c"/> in <paramref name="variables"/> variables.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For a negative number of variables.</exception>
    public static MultivariatePolynomial Constant(int variables, Rational c)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(variables);
        var terms = NewTerms();
        if (!c.IsZero) terms[new int[variables]] = c;
        return new MultivariatePolynomial(variables, terms);
    }

    /// <summary>The variable x_index in <paramref name="variables"/> variables.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the index is not below the number of variables.</exception>
    public static MultivariatePolynomial Variable(int variables, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, variables);
        var e = new int[variables];
        e[index] = 1;
        var terms = NewTerms();
        terms[e] = Rational.One;
        return new MultivariatePolynomial(variables, terms);
    }

    /// <summary>The linear form Σ_k c_k·x_{first + k}.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the form does not fit in the variables.</exception>
    public static MultivariatePolynomial Linear(int variables, int first, IReadOnlyList<Rational> coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first + coefficients.Count, variables);
        var terms = NewTerms();
        for (int k = 0; k < coefficients.Count; k++)
        {
            if (coefficients[k].IsZero) continue;
            var e = new int[variables];
            e[first + k] = 1;
            terms[e] = coefficients[k];
        }
        return new MultivariatePolynomial(variables, terms);
    }

    /// <summary>p(q): the univariate <paramref name="p"/> evaluated at <paramref name="q"/>, by Horner's rule.</summary>
    public static MultivariatePolynomial Compose(Polynomial p, MultivariatePolynomial q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        var r = Constant(q.Variables, Rational.Zero);
        for (int k = p.Degree; k >= 0; k--) r = r * q + Constant(q.Variables, p[k]);
        return r;
    }

    /// <summary>The coefficient of the monomial with the given exponents (0 when absent).</summary>
    public Rational this[params int[] exponents] =>
        exponents.Length == Variables && _terms.TryGetValue(exponents, out var c) ? c : Rational.Zero;

    /// <summary>The value at a point, exactly.</summary>
    /// <exception cref="ArgumentException">When the point has the wrong number of coordinates.</exception>
    public Rational Evaluate(IReadOnlyList<Rational> point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.Count != Variables) throw new ArgumentException($"the point has {point.Count} coordinates, the polynomial {Variables} variables", nameof(point));
        var total = Rational.Zero;
        foreach (var (e, c) in _terms)
        {
            var v = c;
            for (int i = 0; i < e.Length; i++) if (e[i] != 0) v *= Rational.Pow(point[i], e[i]);
            total += v;
        }
        return total;
    }

    /// <summary>The sum.</summary>
    public static MultivariatePolynomial operator +(MultivariatePolynomial p, MultivariatePolynomial q)
    {
        SameVariables(p, q);
        var terms = NewTerms(p._terms);
        foreach (var (e, c) in q._terms) Add(terms, e, c);
        return new MultivariatePolynomial(p.Variables, terms);
    }

    /// <summary>The negation.</summary>
    public static MultivariatePolynomial operator -(MultivariatePolynomial p) => (-Rational.One) * p;

    /// <summary>The difference.</summary>
    public static MultivariatePolynomial operator -(MultivariatePolynomial p, MultivariatePolynomial q) => p + (-Rational.One) * q;

    /// <summary>The product.</summary>
    public static MultivariatePolynomial operator *(MultivariatePolynomial p, MultivariatePolynomial q)
    {
        SameVariables(p, q);
        var terms = NewTerms();
        foreach (var (e, c) in p._terms)
            foreach (var (f, d) in q._terms)
            {
                var g = new int[e.Length];
                for (int i = 0; i < g.Length; i++) g[i] = e[i] + f[i];
                Add(terms, g, c * d);
            }
        return new MultivariatePolynomial(p.Variables, terms);
    }

    /// <summary>The product with a scalar.</summary>
    public static MultivariatePolynomial operator *(Rational c, MultivariatePolynomial p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var terms = NewTerms();
        if (!c.IsZero) foreach (var (e, d) in p._terms) terms[e] = c * d;
        return new MultivariatePolynomial(p.Variables, terms);
    }

    /// <summary>The polynomial built from (exponents, coefficient) terms; equal exponents are added.</summary>
    /// <exception cref="ArgumentException">When an exponent vector has the wrong length or a negative entry.</exception>
    public static MultivariatePolynomial FromTerms(int variables, IEnumerable<(int[] Exponents, Rational Coefficient)> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var t = NewTerms();
        foreach (var (e, c) in terms)
        {
            if (e.Length != variables || e.Any(k => k < 0)) throw new ArgumentException($"exponents ({string.Join(", ", e)}) do not fit {variables} variables", nameof(terms));
            Add(t, (int[])e.Clone(), c);
        }
        return new MultivariatePolynomial(variables, t);
    }

    /// <summary>
    /// The same polynomial in the first <paramref name="variables"/> variables only; every later variable must be absent.
    /// </summary>
    /// <exception cref="ArgumentException">When a dropped variable occurs in some term.</exception>
    public MultivariatePolynomial Truncate(int variables)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(variables);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(variables, Variables);
        var terms = NewTerms();
        foreach (var (e, c) in _terms)
        {
            for (int i = variables; i < e.Length; i++)
                if (e[i] != 0) throw new ArgumentException($"variable x{i} occurs in the term {c}·x^({string.Join(", ", e)})", nameof(variables));
            terms[e[..variables]] = c;
        }
        return new MultivariatePolynomial(variables, terms);
    }

    /// <inheritdoc/>
    public override string ToString() => IsZero ? "0" :
        string.Join(" + ", _terms.Select(t => $"{t.Value}·" + string.Join("", t.Key.Select((k, i) => k == 0 ? "" : k == 1 ? $"x{i}" : $"x{i}^{k}"))));

    private static void SameVariables(MultivariatePolynomial p, MultivariatePolynomial q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (p.Variables != q.Variables) throw new ArgumentException($"polynomials in {p.Variables} and {q.Variables} variables");
    }

    internal static void Add(Dictionary<int[], Rational> terms, int[] e, Rational c)
    {
        if (c.IsZero) return;
        if (terms.TryGetValue(e, out var old))
        {
            var s = old + c;
            if (s.IsZero) terms.Remove(e); else terms[e] = s;
        }
        else terms[e] = c;
    }

    internal static Dictionary<int[], Rational> NewTerms(Dictionary<int[], Rational>? from = null) =>
        from is null ? new Dictionary<int[], Rational>(ExponentComparer.Instance) : new Dictionary<int[], Rational>(from, ExponentComparer.Instance);

    internal static MultivariatePolynomial FromDictionary(int variables, Dictionary<int[], Rational> terms) => new(variables, terms);

    internal IEnumerable<KeyValuePair<int[], Rational>> RawTerms => _terms;

    private sealed class ExponentComparer : IEqualityComparer<int[]>
    {
        public static readonly ExponentComparer Instance = new();
        public bool Equals(int[]? a, int[]? b) => a is not null && b is not null && a.AsSpan().SequenceEqual(b);
        public int GetHashCode(int[] a)
        {
            var h = new HashCode();
            foreach (var k in a) h.Add(k);
            return h.ToHashCode();
        }
    }
}
