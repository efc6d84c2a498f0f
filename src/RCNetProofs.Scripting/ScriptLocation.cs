using System.Diagnostics;
using System.Reflection;

namespace RCNetProofs.Scripting;

/// <summary>Finds the script line an exception came from, through the script assembly's embedded line table.</summary>
internal static class ScriptLocation
{
    /// <summary>
    /// The line of the innermost stack frame (of the exception or, failing that, of its inner exceptions) that lies
    /// in <paramref name="script"/>; null when no frame does (the failure lay wholly in library code).
    /// </summary>
    public static int? LineOf(Exception exception, Assembly? script)
    {
        if (script is null) return null;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
            {
                if (frame.GetMethod()?.Module.Assembly != script) continue;
                int line = frame.GetFileLineNumber();
                if (line > 0) return line;
            }
        }
        return null;
    }

    /// <summary>"Type: message" on one line, with the inner exception when the outer one only wraps it.</summary>
    public static string Describe(Exception exception)
    {
        var e = exception is TypeInitializationException { InnerException: { } inner } ? inner : exception;
        var message = string.Join(" ", e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"{e.GetType().Name}: {message}";
    }
}
