using System.Numerics;
using System.Runtime.CompilerServices;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Scripting;

/// <summary>
/// What a proof script (proofs/*.csx) sees besides the imported namespaces: <see cref="Claim"/> to state claims,
/// the expected verdicts by name, and a few exact helpers (Q, Pow2, Frac, DyadicGrid, Farey, Target).
/// </summary>
/// <remarks>
/// A script runs once to state its claims; each claim's check is deferred and run afterwards by the host, which
/// times it, bounds it, and takes the verdict from the kernel's <see cref="Check"/>. Example:
/// <code>
/// foreach (var L in Enumerable.Range(1, 12))
///     Claim($"TEL-SHALLOW/k={L},part=size", source: "Telgarsky", statement: $"Δ^∘{L} ∈ NN{{3, {L}}}")
///         .Network(Sawtooth.Build(L))
///         .InClass(width: 3, depth: L);
/// </code>
/// </remarks>
public sealed class ProofScript
{
    private readonly List<ClaimRecord> _records = [];

    internal ProofScript(string scriptPath) => ScriptPath = scriptPath;

    /// <summary>The claims stated so far, in order.</summary>
    internal IReadOnlyList<ClaimRecord> Records => _records;

    /// <summary>The path of the running script, as the runner was given it.</summary>
    public string ScriptPath { get; }

    /// <summary>
    /// Starts stating a claim with id "FAMILY/param=value,…" (FAMILY as in the claims catalogue), the source it comes
    /// from, and the statement in words; what it is about and the check follow.
    /// </summary>
    /// <exception cref="ArgumentException">For a malformed id.</exception>
    public ClaimBuilder Claim(string id, string source, string statement, [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(statement);
        ClaimId.Validate(id);
        var record = new ClaimRecord(ScriptPath, line, id, source, statement);
        _records.Add(record);
        return new ClaimBuilder(record);
    }

    /// <summary>Expected verdict: checked exactly and exhaustively.</summary>
    public VerdictKind Proved => VerdictKind.Proved;

    /// <summary>Expected verdict: false, with an exact witness (a wrong seed statement).</summary>
    public VerdictKind Refuted => VerdictKind.Refuted;

    /// <summary>Expected verdict: holds on the stated sample points only.</summary>
    public VerdictKind Sampled => VerdictKind.Sampled;

    /// <summary>Expected verdict: outside what the kernel decides, or beyond the budget.</summary>
    public VerdictKind Unknown => VerdictKind.Unknown;

    /// <summary>The rational p/q.</summary>
    /// <exception cref="DivideByZeroException">When q = 0.</exception>
    public Rational Q(long numerator, long denominator = 1) => Rational.Create(numerator, denominator);

    /// <summary>The rational written as "p/q", an integer or an exact decimal ("0.125").</summary>
    public Rational Q(string text) => Rational.Parse(text);

    /// <summary>2^e exactly, for any integer e (negative gives 1/2^|e|).</summary>
    public Rational Pow2(int exponent) =>
        exponent >= 0 ? (Rational)(BigInteger.One << exponent) : Rational.Create(BigInteger.One, BigInteger.One << -exponent);

    /// <summary>The fractional part ⟨t⟩ = t − ⌊t⌋, in [0, 1).</summary>
    public Rational Frac(Rational t) => t.FractionalPart();

    /// <summary>Every k/2^bits in [a, b], ascending: the dyadic grid of step 2^−bits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When bits &lt; 0 or bits &gt; 30 (more than a billion points is never meant).</exception>
    public IEnumerable<Rational> DyadicGrid(Rational a, Rational b, int bits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 30);
        var scale = BigInteger.One << bits;
        var first = (a * scale).CeilingToInteger();
        var last = (b * scale).FloorToInteger();
        return Iterate();
        IEnumerable<Rational> Iterate()
        {
            for (var k = first; k <= last; k++) yield return Rational.Create(k, scale);
        }
    }

    /// <summary>The Farey sequence F_n: every reduced p/q in [0, 1] with 1 ≤ q ≤ n, ascending.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When n &lt; 1 or n &gt; 100000.</exception>
    public IEnumerable<Rational> Farey(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 100_000);
        return Iterate();
        IEnumerable<Rational> Iterate()
        {
            // Successive terms a/b < c/d of F_n determine the next one: k = ⌊(n + b)/d⌋, next = (kc − a)/(kd − b).
            long a = 0, b = 1, c = 1, d = n;
            yield return Rational.Zero;
            while (c <= n)
            {
                yield return Rational.Create(c, d);
                if (c == d) yield break;
                long k = (n + b) / d;
                (a, b, c, d) = (c, d, k * c - a, k * d - b);
            }
        }
    }

    /// <summary>A target function of x from text such as "x^2", "abs(x - 1/3)" or "max(0, min(2*x, 2 - 2*x))".</summary>
    /// <exception cref="TargetParseException">For malformed text, with the position.</exception>
    public TargetExpression Target(string text) => TargetParser.Parse(text);

    /// <summary>The sizes of a network, measured from its weights.</summary>
    public NetworkSizes Sizes(Network network) => NetworkSizes.Measure(network);
}
