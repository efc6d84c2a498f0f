using System.Numerics;

namespace RCNetProofs.Numerics;

/// <summary>Exact integer square roots, the one place square roots of integers are taken (rational enclosures of √q build on it).</summary>
public static class IntegerRoot
{
    /// <summary>⌊√n⌋ for n ≥ 0, by Newton's iteration on integers started above the root.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When n &lt; 0.</exception>
    public static BigInteger FloorSqrt(BigInteger n)
    {
        if (n.Sign < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "square root of a negative number");
        if (n < 2) return n;
        // 2^⌈bits/2⌉ > √n; from above, Newton's step decreases strictly until it reaches ⌊√n⌋
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }
}
