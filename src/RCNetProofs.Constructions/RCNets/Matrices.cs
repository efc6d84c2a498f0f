using RCNetProofs.Numerics;

namespace RCNetProofs.Constructions.RCNets;

/// <summary>Small exact matrices used to wire RCNet parts together.</summary>
internal static class Matrices
{
    /// <summary>The n × n identity.</summary>
    public static Rational[,] Identity(int n)
    {
        var a = Zero(n, n);
        for (int i = 0; i < n; i++) a[i, i] = Rational.One;
        return a;
    }

    /// <summary>The rows × columns matrix that reads coordinates offset..offset+rows−1: x ↦ x[offset..].</summary>
    public static Rational[,] Selection(int rows, int columns, int offset)
    {
        var a = Zero(rows, columns);
        for (int i = 0; i < rows; i++) a[i, offset + i] = Rational.One;
        return a;
    }

    /// <summary>The rows × columns matrix that writes its input into coordinates offset..offset+columns−1 (zeros elsewhere).</summary>
    public static Rational[,] Embedding(int rows, int columns, int offset)
    {
        var a = Zero(rows, columns);
        for (int j = 0; j < columns; j++) a[offset + j, j] = Rational.One;
        return a;
    }

    /// <summary>The rows × columns zero matrix (default Rational is 0).</summary>
    public static Rational[,] Zero(int rows, int columns) => new Rational[rows, columns];
}
