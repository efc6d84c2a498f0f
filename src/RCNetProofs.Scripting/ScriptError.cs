namespace RCNetProofs.Scripting;

/// <summary>A problem with a script as a whole (not with one claim's verdict), located at a line.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="ScriptPath">The script, as the caller named it.</param>
/// <param name="Line">1-based line (0 when unknown).</param>
/// <param name="Column">1-based column (0 when unknown).</param>
/// <param name="Message">The message, starting with the rule that failed (e.g. "error CS0103: …").</param>
public sealed record ScriptError(ScriptErrorKind Kind, string ScriptPath, int Line, int Column, string Message)
{
    /// <summary>"file(line,col): message", the form compilers and editors understand.</summary>
    public override string ToString() =>
        Line <= 0 ? $"{ScriptPath}: {Message}" : Column <= 0 ? $"{ScriptPath}({Line}): {Message}" : $"{ScriptPath}({Line},{Column}): {Message}";
}
