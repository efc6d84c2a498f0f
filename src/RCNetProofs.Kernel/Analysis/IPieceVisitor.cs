namespace RCNetProofs.Kernel.Analysis;

/// <summary>
/// Receives each linear piece in the enumeration's working number type T (<see cref="Numerics.Dyadic"/> or
/// <see cref="Numerics.Rational"/>); returns false to stop. The arrays are owned by the enumeration and may be
/// reused after the call returns.
/// </summary>
internal interface IPieceVisitor
{
    bool Visit<T>(T start, T end, T[] slope, T[] intercept);
}
