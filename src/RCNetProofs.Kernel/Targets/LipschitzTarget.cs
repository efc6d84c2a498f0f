using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>A target known only as a function with a Lipschitz bound (e.g. a rational stand-in for sin).</summary>
/// <remarks>
/// The kernel cannot verify the function or its constant. Point checks against it are Sampled; a box check
/// (<see cref="Claims.Check.ConstantOnBoxes(Claims.Claim, Networks.Network, IReadOnlyList{Analysis.Box}, LipschitzTarget, Rational, CancellationToken, IProgress{int})"/>)
/// encloses it by |f(x) − f(m)| ≤ L·|x − m| around a box's midpoint m, so its proved verdict rests on the stated constant.
/// </remarks>
public sealed class LipschitzTarget
{
    /// <summary>Builds the target.</summary>
    /// <exception cref="ArgumentException">For an empty name or a negative constant.</exception>
    public LipschitzTarget(string name, Func<Rational, Rational> function, Rational lipschitzConstant)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(function);
        if (lipschitzConstant.Sign < 0) throw new ArgumentException($"{name}: Lipschitz constant {lipschitzConstant} is negative", nameof(lipschitzConstant));
        Name = name;
        Function = function;
        LipschitzConstant = lipschitzConstant;
    }

    /// <summary>The name shown in reports, e.g. "sin(3x) (rational approximation)".</summary>
    public string Name { get; }
    /// <summary>The function as supplied (not checked by the kernel).</summary>
    public Func<Rational, Rational> Function { get; }
    /// <summary>The claimed Lipschitz constant L ≥ 0.</summary>
    public Rational LipschitzConstant { get; }

    /// <summary>The supplied function's value at x.</summary>
    public Rational Evaluate(Rational x) => Function(x);

    /// <summary>"NAME (L-Lipschitz)".</summary>
    public override string ToString() => $"{Name} ({LipschitzConstant}-Lipschitz)";
}
