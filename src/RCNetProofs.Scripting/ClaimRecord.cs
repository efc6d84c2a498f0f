using System.Globalization;
using RCNetProofs.Kernel.Claims;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Scripting;

/// <summary>
/// One claim as a script stated it: its text, where it was stated, and — once the script says what to check — the
/// <see cref="Claim"/> and the deferred check the host will run.
/// </summary>
/// <remarks>
/// The check is always a closure built by this assembly's claim builders around a call to the kernel's
/// <see cref="Check"/>; a script supplies data (networks, targets, bounds, measurements), never a verdict.
/// </remarks>
internal sealed class ClaimRecord(string scriptPath, int line, string id, string source, string statement)
{
    private readonly SortedDictionary<string, string> _quantities = new(StringComparer.Ordinal);

    public string ScriptPath { get; } = scriptPath;
    public int Line { get; } = line;
    public string Id { get; } = id;
    public string Source { get; } = source;
    public string Statement { get; } = statement;
    public VerdictKind Expected { get; private set; } = VerdictKind.Proved;
    public DepthConvention Convention { get; private set; } = DepthConvention.HiddenLayers;

    /// <summary>The network the claim is about (set by <c>.Network(…)</c>); null for a claim about a count alone.</summary>
    public Network? Subject { get; private set; }

    /// <summary>The claim, fixed when the check is stated (null until then).</summary>
    public Claim? Claim { get; private set; }

    /// <summary>The deferred check, or null when the script never said what to check.</summary>
    public Func<CheckContext, CheckOutcome>? Check { get; private set; }

    public string Where => $"{ScriptPath}({Line})";

    public void SetExpected(VerdictKind kind) { EnsureOpen("Expect"); Expected = kind; }

    public void SetSubject(Network network) { EnsureOpen("Network"); Subject = network; }

    public void SetConvention(DepthConvention convention) { EnsureOpen("Convention"); Convention = convention; }

    public void SetQuantity(string name, object? value)
    {
        EnsureOpen("Quantity");
        _quantities[name] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Fixes the claim and its check; a claim has exactly one check.</summary>
    public void State(Func<Claim, CheckContext, CheckOutcome> check)
    {
        EnsureOpen("the check");
        // Checks come only from this assembly's builders, each a thin wrapper around a call to the kernel.
        if (check.Method.Module.Assembly != typeof(ClaimRecord).Assembly)
            throw new InvalidOperationException($"claim {Id} ({Where}): a check must be built by the host's claim builders");
        var claim = ToClaim();
        Claim = claim;
        Check = context => check(claim, context);
    }

    /// <summary>The claim as stated so far (the fixed one once the check is stated).</summary>
    public Claim ToClaim() => Claim ?? new Claim(Id, Source, Statement, Expected, Convention, _quantities);

    private void EnsureOpen(string what)
    {
        if (Claim is not null)
            throw new InvalidOperationException($"claim {Id} ({Where}): {what} comes after its check was already stated; a claim states one check, last");
    }
}
