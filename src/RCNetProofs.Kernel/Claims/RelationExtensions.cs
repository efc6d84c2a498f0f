using System.Numerics;

namespace RCNetProofs.Kernel.Claims;

/// <summary>What a <see cref="Relation"/> means: the symbol it is written with and the exact comparison it makes.</summary>
public static class RelationExtensions
{
    /// <summary>"≤", "=" or "≥".</summary>
    public static string Symbol(this Relation relation) =>
        relation switch { Relation.AtMost => "≤", Relation.AtLeast => "≥", _ => "=" };

    /// <summary>Whether <paramref name="measured"/> stands in <paramref name="relation"/> to <paramref name="stated"/>.</summary>
    public static bool Holds<T>(this Relation relation, T measured, T stated) where T : IComparisonOperators<T, T, bool> =>
        relation switch { Relation.AtMost => measured <= stated, Relation.AtLeast => measured >= stated, _ => measured == stated };
}
