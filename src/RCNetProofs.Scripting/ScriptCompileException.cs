namespace RCNetProofs.Scripting;

/// <summary>A proof script did not compile; <see cref="Errors"/> lists every error with its file, line and column.</summary>
public sealed class ScriptCompileException : Exception
{
    /// <summary>Builds the exception from the located errors.</summary>
    public ScriptCompileException(string scriptPath, IReadOnlyList<ScriptError> errors)
        : base($"{scriptPath}: {errors.Count} compile error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
    {
        ScriptPath = scriptPath;
        Errors = errors;
    }

    /// <summary>The script, as the caller named it.</summary>
    public string ScriptPath { get; }

    /// <summary>Every error, each printing as "file(line,col): error CSxxxx: message".</summary>
    public IReadOnlyList<ScriptError> Errors { get; }
}
