namespace RCNetProofs.Float;

/// <summary>
/// The few vector operations the kernels need, as static members of a struct, so that one kernel body serves
/// every vector width (the JIT compiles it once per struct, with the calls inlined).
/// </summary>
/// <typeparam name="TVector">The vector of doubles.</typeparam>
internal interface ILanes<TVector>
    where TVector : struct
{
    /// <summary>Doubles per vector.</summary>
    static abstract int Count { get; }
    /// <summary>acc + w·x lane by lane, the product rounded before the sum (never fused).</summary>
    static abstract TVector MultiplyAdd(TVector acc, TVector w, TVector x);
    /// <summary>acc + w·x lane by lane with the weight <paramref name="w"/> read from memory, the product rounded before the sum (never fused).</summary>
    /// <remarks>Bitwise <see cref="MultiplyAdd"/>(acc, <see cref="Broadcast"/>(w), x); a width may read w once per call so that the broadcast folds into the multiply.</remarks>
    static abstract TVector MultiplyAddBroadcast(TVector acc, ref double w, TVector x);
    /// <summary>Every lane set to <paramref name="value"/>.</summary>
    static abstract TVector Broadcast(double value);
    /// <summary>Count doubles starting at <paramref name="source"/>.</summary>
    static abstract TVector Load(ref double source);
    /// <summary>Writes the lanes from <paramref name="destination"/> on.</summary>
    static abstract void Store(TVector value, ref double destination);
    /// <summary>Each lane below zero becomes zero; NaN and −0 pass, as in the scalar t &lt; 0 ? 0 : t.</summary>
    static abstract TVector Relu(TVector value);
}
