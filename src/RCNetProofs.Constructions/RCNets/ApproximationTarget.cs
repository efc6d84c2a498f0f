using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>
/// A target f: [0,1]^d → R as the RCNet and intrinsic-parameter constructions need it: exact values at rational points,
/// a sound lower bound of its modulus of continuity, upper bounds of its oscillation and sup norm, and (optionally) an
/// upper bound of its Lipschitz constant.
/// </summary>
/// <remarks>
/// ω_f(t) = sup{|f(x) − f(y)| : ‖x − y‖₂ ≤ t, x, y ∈ [0,1]^d}. The constructions read f only at rational points; the
/// modulus enters where a theorem's bound must be at most something, so a lower bound is what is sound there; the
/// oscillation sup f − inf f = ω_f(√d) (the diameter of the cube is √d) must be an upper bound. The L^∞ theorems choose a
/// gap δ with d·ω_f(δ) below a bound, which needs an upper bound of ω_f(δ): λ·δ for a λ-Lipschitz f.
/// Radii are passed squared (t² rational covers √d/K, r^{−1/2} and √d·2^{−n}).
/// </remarks>
public sealed class ApproximationTarget
{
    private readonly Func<IReadOnlyList<Rational>, Rational> _value;
    private readonly Func<Rational, Rational> _modulusLower;

    /// <summary>Describes a target.</summary>
    /// <param name="name">A name, e.g. the target expression "abs(x-1/3)".</param>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="value">f at a rational point of [0,1]^d, exactly.</param>
    /// <param name="modulusLowerBound">t² ↦ a rational ≤ ω_f(t).</param>
    /// <param name="oscillation">A rational ≥ sup f − inf f over [0,1]^d.</param>
    /// <param name="supNorm">A rational ≥ sup |f| over [0,1]^d.</param>
    /// <param name="lipschitz">A rational ≥ the Lipschitz constant of f on [0,1]^d (Euclidean norm), or null when none is known.</param>
    /// <exception cref="ArgumentOutOfRangeException">When d &lt; 1 or a bound is negative.</exception>
    public ApproximationTarget(string name, int dimension, Func<IReadOnlyList<Rational>, Rational> value,
        Func<Rational, Rational> modulusLowerBound, Rational oscillation, Rational supNorm, Rational? lipschitz = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(modulusLowerBound);
        if (oscillation.Sign < 0) throw new ArgumentOutOfRangeException(nameof(oscillation), oscillation, "oscillation bound must be ≥ 0");
        if (supNorm.Sign < 0) throw new ArgumentOutOfRangeException(nameof(supNorm), supNorm, "sup-norm bound must be ≥ 0");
        if (lipschitz is Rational l && l.Sign < 0) throw new ArgumentOutOfRangeException(nameof(lipschitz), l, "Lipschitz bound must be ≥ 0");
        Name = name; Dimension = dimension; _value = value; _modulusLower = modulusLowerBound;
        Oscillation = oscillation; SupNorm = supNorm; Lipschitz = lipschitz;
    }

    /// <summary>The target's name.</summary>
    public string Name { get; }
    /// <summary>d.</summary>
    public int Dimension { get; }
    /// <summary>An upper bound of sup f − inf f = ω_f(√d).</summary>
    public Rational Oscillation { get; }
    /// <summary>An upper bound of ‖f‖_∞ on [0,1]^d.</summary>
    public Rational SupNorm { get; }
    /// <summary>An upper bound of the Lipschitz constant of f, or null when none is given.</summary>
    public Rational? Lipschitz { get; }

    /// <summary>f(x), exactly.</summary>
    /// <exception cref="ArgumentException">When x has the wrong dimension.</exception>
    public Rational Value(IReadOnlyList<Rational> x)
    {
        if (x.Count != Dimension) throw new ArgumentException($"target {Name}: the point has {x.Count} coordinates, f takes {Dimension}", nameof(x));
        return _value(x);
    }

    /// <summary>A rational lower bound of ω_f(t) for the radius t = √(<paramref name="radiusSquared"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the squared radius is negative.</exception>
    public Rational ModulusLowerBound(Rational radiusSquared)
    {
        if (radiusSquared.Sign < 0) throw new ArgumentOutOfRangeException(nameof(radiusSquared), radiusSquared, "a squared radius is ≥ 0");
        return _modulusLower(radiusSquared);
    }

    /// <summary>
    /// A rational upper bound of ω_f(t) for t = √(<paramref name="radiusSquared"/>): min(λ·t̄, oscillation bound) with t̄ ≥ t
    /// rational, or the oscillation bound alone when no Lipschitz bound λ is known.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the squared radius is negative.</exception>
    public Rational ModulusUpperBound(Rational radiusSquared)
    {
        if (radiusSquared.Sign < 0) throw new ArgumentOutOfRangeException(nameof(radiusSquared), radiusSquared, "a squared radius is ≥ 0");
        return Lipschitz is Rational l ? Rational.Min(l * RationalSqrt.Upper(radiusSquared), Oscillation) : Oscillation;
    }

    /// <summary>f(x) = |x − c| on [0, 1] (c ∈ [0, 1]): ω_f(t) = min(t, max(c, 1 − c)); 1-Lipschitz.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When c ∉ [0, 1].</exception>
    public static ApproximationTarget AbsDistance(Rational c)
    {
        if (c.Sign < 0 || c > 1) throw new ArgumentOutOfRangeException(nameof(c), c, "c must lie in [0, 1]");
        var range = Rational.Max(c, 1 - c);
        return new($"abs(x-{c})", 1, x => Rational.Abs(x[0] - c), t2 => Rational.Min(RationalSqrt.Lower(t2), range), range, range, 1);
    }

    /// <summary>f(x) = x² on [0, 1]: ω_f(t) = 2t − t² for t ≤ 1 (the pair 1, 1 − t), 1 beyond; 2-Lipschitz.</summary>
    public static ApproximationTarget Square() =>
        new("x^2", 1, x => x[0] * x[0], t2 => Rise(RationalSqrt.Lower(t2)), 1, 1, 2);

    /// <summary>f(x) = max(x1, x2) on [0, 1]²: ω_f(t) = min(t, 1) (a step along one axis); 1-Lipschitz.</summary>
    public static ApproximationTarget Max2() =>
        new("max(x1,x2)", 2, x => Rational.Max(x[0], x[1]), t2 => Rational.Min(RationalSqrt.Lower(t2), 1), 1, 1, 1);

    /// <summary>
    /// f(x) = x1·x2 on [0, 1]²: ω_f(t) ≥ 2s − s² with s = min(t/√2, 1) (the pair (1, 1), (1 − s, 1 − s)); Lipschitz with
    /// constant √2 ≤ 3/2 (the gradient (x2, x1)).
    /// </summary>
    public static ApproximationTarget Product2() =>
        new("x1*x2", 2, x => x[0] * x[1], t2 => Rise(RationalSqrt.Lower(t2 / 2)), 1, 1, Rational.Create(3, 2));

    /// <summary>2s − s² for s ≤ 1 and 1 beyond (increasing, so a lower bound of s gives a lower bound).</summary>
    private static Rational Rise(Rational s) => s >= 1 ? Rational.One : 2 * s - s * s;
}
