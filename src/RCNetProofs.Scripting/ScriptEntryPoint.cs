using System.Reflection;

namespace RCNetProofs.Scripting;

/// <summary>
/// Runs a compiled script's top-level code through the submission factory Roslyn emits, by reflection, so a
/// cached script runs without the compiler.
/// </summary>
/// <remarks>
/// A script compiles to a class <c>Submission#0</c> with a static <c>&lt;Factory&gt;(object[] submissionArray)</c>
/// returning <c>Task&lt;object&gt;</c>; slot 0 of the array holds the globals object and slot 1 receives the
/// submission itself.
/// </remarks>
internal static class ScriptEntryPoint
{
    private const string SubmissionType = "Submission#0";
    private const string FactoryMethod = "<Factory>";

    /// <summary>Runs the script body with <paramref name="globals"/>; exceptions from the script propagate unwrapped.</summary>
    /// <exception cref="InvalidOperationException">When the assembly is not a compiled script.</exception>
    public static void Run(Assembly script, ProofScript globals)
    {
        var factory = script.GetType(SubmissionType, throwOnError: false)?.GetMethod(FactoryMethod, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{script.GetName().Name} has no {SubmissionType}.{FactoryMethod}; it is not a compiled proof script");
        var task = (Task<object>)factory.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, [new object?[] { globals, null }], culture: null)!;
        task.GetAwaiter().GetResult();
    }
}
