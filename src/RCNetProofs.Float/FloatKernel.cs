namespace RCNetProofs.Float;

/// <summary>Which kernel evaluates a layer; <see cref="Auto"/> chooses by density, the others exist so tests can force a path.</summary>
internal enum FloatKernel
{
    /// <summary>Dense tiles for layers at or above <see cref="FloatLayer.DenseThreshold"/> density with enough inputs and neurons, sparse rows otherwise.</summary>
    Auto,
    /// <summary>Every layer through <see cref="SparseRowKernel"/>.</summary>
    SparseRows,
    /// <summary>Every layer through <see cref="DenseTileKernel"/>.</summary>
    DenseTiles,
}
