using System.Globalization;
using RCNetProofs.Constructions.RCNets;
using RCNetProofs.Kernel.Targets;
using RCNetProofs.Numerics;

namespace RCNetProofs.Cli.Commands;

/// <summary>
/// An RCNet of the catalogue built from command-line parameters (`--rcnet t1.1 --d 1 --r 4 --target "abs(x-1/3)"`), shared
/// by `rcnet show` and `rcnet plot rcnet`.
/// </summary>
/// <remarks>
/// The constructions need more of a target than its values (a lower bound of its modulus of continuity, bounds of its
/// oscillation and sup norm), so only the targets with those bounds written out are offered: abs(x-c) for a rational
/// c ∈ [0, 1] and x^2 (d = 1), max(x1,x2) and x1*x2 (d = 2).
/// </remarks>
internal static class NamedRCNet
{
    /// <summary>The names accepted by --rcnet and what they build.</summary>
    public const string Names = "t1.1 (RC-T1.1, 3r + 1 compositions), ta1 (RC-TA1, 3r − 1), t1.3 (RC-T1.3, L^∞, 3r + 2d − 1)";

    /// <summary>The targets accepted by --target.</summary>
    public const string Targets = "abs(x-c) with rational c in [0,1], x^2 (d = 1); max(x1,x2), x1*x2 (d = 2)";

    /// <summary>Largest r per dimension: beyond it the exact construction and its pictures take minutes.</summary>
    public static int MaxR(int d) => d == 1 ? 32 : 16;

    /// <summary>Builds the named RCNet, or says what is wrong with the parameters.</summary>
    /// <param name="name">t1.1, ta1 or t1.3.</param>
    /// <param name="d">The dimension asked for, or null to take the target's.</param>
    /// <param name="r">r ≥ 1.</param>
    /// <param name="target">One of <see cref="Targets"/>.</param>
    /// <param name="p">The L^p exponent of RC-T1.1 (it chooses δ; RC-TA1 takes the same δ).</param>
    /// <param name="net">The RCNet built.</param>
    /// <param name="f">The target it approximates.</param>
    /// <param name="error">What is wrong, when it returns false.</param>
    public static bool TryBuild(string name, int? d, int r, string target, int p, out RCNet? net, out ApproximationTarget? f, out string? error)
    {
        net = null;
        if (!TryTarget(target, out f, out error)) return false;
        if (d is int given && given != f!.Dimension) { error = $"--d: {given}, but the target {f.Name} lives on [0,1]^{f.Dimension}"; return false; }
        int dim = f!.Dimension;
        if (r < 1 || r > MaxR(dim)) { error = $"--r: {r} is outside 1..{MaxR(dim)} (d = {dim})"; return false; }
        if (p is < 1 or > 8) { error = $"--p: {p} is outside 1..8"; return false; }
        switch (name.Trim().ToLowerInvariant())
        {
            case "t1.1": net = CompositionApprox.Build(f, r, p); break;
            case "ta1": net = AuxiliaryApprox.Build(f, r, CompositionApprox.Gap(f, r, p)); break;
            case "t1.3": net = UniformCompositionApprox.Build(f, r); break;
            default: error = $"--rcnet: '{name}' is not one of {Names}"; return false;
        }
        return true;
    }

    /// <summary>The target for --target, with its bounds.</summary>
    public static bool TryTarget(string text, out ApproximationTarget? target, out string? error)
    {
        target = null; error = null;
        var t = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        switch (t)
        {
            case "x^2": case "x*x": target = ApproximationTarget.Square(); return true;
            case "max(x1,x2)": target = ApproximationTarget.Max2(); return true;
            case "x1*x2": target = ApproximationTarget.Product2(); return true;
        }
        if (t.StartsWith("abs(x-", StringComparison.Ordinal) && t.EndsWith(')'))
        {
            if (!Rational.TryParse(t.AsSpan(6, t.Length - 7), out var c, out var why)) { error = $"--target: {why}"; return false; }
            if (c.Sign < 0 || c > 1) { error = $"--target: c = {c} must lie in [0, 1]"; return false; }
            target = ApproximationTarget.AbsDistance(c);
            return true;
        }
        error = $"--target: '{text}' is not one of the targets with known modulus bounds: {Targets}";
        return false;
    }

    /// <summary>The target as an expression in x, for the exact 1-D curves (d = 1 only).</summary>
    public static TargetExpression Expression(ApproximationTarget target) => TargetParser.Parse(target.Name);

    /// <summary>The composition count formula of a construction, for headings.</summary>
    public static string Describe(RCNet net) =>
        $"{net.Meta.GetValueOrDefault("construction", "RCNet")}: L2∘g^∘{net.Compositions.ToString(CultureInfo.InvariantCulture)}∘L1";
}
