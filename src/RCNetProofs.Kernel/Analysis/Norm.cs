namespace RCNetProofs.Kernel.Analysis;

/// <summary>Which distance between a network and a target is measured on an interval.</summary>
public enum Norm
{
    /// <summary>sup |N − f|.</summary>
    Sup,
    /// <summary>∫ |N − f|.</summary>
    L1,
    /// <summary>∫ |N − f|² (the square of the L² distance).</summary>
    L2,
}
