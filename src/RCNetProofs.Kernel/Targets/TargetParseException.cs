namespace RCNetProofs.Kernel.Targets;

/// <summary>Target text is malformed; the message reads "TEXT: position P: REASON" with P counted from 0.</summary>
public sealed class TargetParseException : Exception
{
    /// <summary>Builds the exception for the text, the 0-based position of the fault and the reason.</summary>
    public TargetParseException(string text, int position, string reason) : base($"{text}: position {position}: {reason}")
    {
        Text = text;
        Position = position;
        Reason = reason;
    }

    /// <summary>The whole text being parsed.</summary>
    public string Text { get; }
    /// <summary>The 0-based character position of the fault (the text length at the end of input).</summary>
    public int Position { get; }
    /// <summary>The reason alone, without text or position.</summary>
    public string Reason { get; }
}
