using System.Text.RegularExpressions;

namespace RCNetProofs.Kernel.Claims;

/// <summary>Syntax of claim ids: "FAMILY" or "FAMILY/param=value,param=value" (FAMILY as in the claims catalogue).</summary>
public static partial class ClaimId
{
    [GeneratedRegex(@"^[A-Z][A-Z0-9.\-]*$")]
    private static partial Regex FamilyPattern();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*=\S+$")]
    private static partial Regex ParameterPattern();

    /// <summary>True when <paramref name="id"/> is well formed; parameter values may hold ',' inside parentheses (f=max(x1,x2)).</summary>
    public static bool IsValid(string id)
    {
        int slash = id.IndexOf('/');
        if (slash < 0) return FamilyPattern().IsMatch(id);
        if (!FamilyPattern().IsMatch(id[..slash])) return false;
        return SplitParameters(id[(slash + 1)..]).All(p => ParameterPattern().IsMatch(p));
    }

    /// <summary>Throws when <paramref name="id"/> is malformed.</summary>
    /// <exception cref="ArgumentException">With the id and the expected form.</exception>
    public static void Validate(string id)
    {
        if (!IsValid(id)) throw new ArgumentException($"claim id '{id}' is not of the form FAMILY or FAMILY/param=value,param=value");
    }

    /// <summary>The family part of an id.</summary>
    public static string FamilyOf(string id) { int s = id.IndexOf('/'); return s < 0 ? id : id[..s]; }

    /// <summary>Builds an id from a family and ordered parameters.</summary>
    public static string Of(string family, params (string Name, object Value)[] parameters) =>
        parameters.Length == 0 ? family : family + "/" + string.Join(",", parameters.Select(p => $"{p.Name}={p.Value}"));

    /// <summary>The parameter list split at top-level commas (commas inside parentheses stay).</summary>
    public static IEnumerable<string> SplitParameters(string parameters)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < parameters.Length; i++)
        {
            if (parameters[i] == '(') depth++;
            else if (parameters[i] == ')') depth--;
            else if (parameters[i] == ',' && depth == 0) { yield return parameters[start..i]; start = i + 1; }
        }
        yield return parameters[start..];
    }
}
