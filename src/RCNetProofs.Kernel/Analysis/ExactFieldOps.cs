using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Analysis;

/// <summary>The few field operations the piece enumeration needs beyond +, ·, comparison: exact and no rounding.</summary>
internal interface IExactFieldOps<T>
{
    /// <summary>−b/a when it is representable in T (always for Rational; for Dyadic only if the quotient is dyadic).</summary>
    static abstract bool TryNegDivide(T b, T a, out T quotient);
    /// <summary>acc + w·x, exactly (fused where the type has a faster path).</summary>
    static abstract T MulAdd(T acc, T w, T x);
    /// <summary>−1, 0 or 1.</summary>
    static abstract int Sign(T x);
    /// <summary>The value as a rational.</summary>
    static abstract Rational ToRational(T x);
}

/// <summary>Dyadic arithmetic: division succeeds only when the divisor's odd mantissa divides the dividend's.</summary>
internal readonly struct DyadicOps : IExactFieldOps<Dyadic>
{
    public static bool TryNegDivide(Dyadic b, Dyadic a, out Dyadic quotient) => Dyadic.TryDivide(-b, a, out quotient);

    public static Dyadic MulAdd(Dyadic acc, Dyadic w, Dyadic x) => Dyadic.MultiplyAdd(w, x, acc);
    public static int Sign(Dyadic x) => x.Sign;
    public static Rational ToRational(Dyadic x) => Rational.FromDyadic(x);
}

/// <summary>Rational arithmetic: every division by a non-zero value succeeds.</summary>
internal readonly struct RationalOps : IExactFieldOps<Rational>
{
    public static bool TryNegDivide(Rational b, Rational a, out Rational quotient) { quotient = -b / a; return true; }
    public static Rational MulAdd(Rational acc, Rational w, Rational x) => x.IsZero ? acc : acc + w * x;
    public static int Sign(Rational x) => x.Sign;
    public static Rational ToRational(Rational x) => x;
}
