namespace RCNetProofs.Scripting;

/// <summary>Why a script could not be used as written.</summary>
public enum ScriptErrorKind
{
    /// <summary>The script did not compile, or used a construct proof scripts may not use.</summary>
    Compile,
    /// <summary>The script threw while stating its claims.</summary>
    Registration,
    /// <summary>Two claims in the run have the same id.</summary>
    DuplicateId,
    /// <summary>The script file could not be read.</summary>
    Input,
}
