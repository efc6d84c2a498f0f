namespace RCNetProofs.Kernel.Claims;

/// <summary>How a measured quantity must compare with the stated one.</summary>
public enum Relation
{
    /// <summary>measured ≤ stated.</summary>
    AtMost,
    /// <summary>measured = stated.</summary>
    Equal,
    /// <summary>measured ≥ stated.</summary>
    AtLeast,
}
