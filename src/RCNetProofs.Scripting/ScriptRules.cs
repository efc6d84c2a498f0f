using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RCNetProofs.Scripting;

/// <summary>
/// Rules proof scripts must follow beyond compiling, checked on the script's syntax and semantic model:
/// RCN0001 no reflection, unsafe access, process exit or console output; RCN0002 no #r or #load;
/// RCN0003 no lambda reading a variable that is assigned again later.
/// </summary>
/// <remarks>
/// RCN0001 is one of two defences against forged verdicts. The other is structural: no method a script can call
/// accepts a verdict, and the host only reports verdicts returned by the deferred checks its own claim builders
/// built around the kernel's <c>Check</c>. With neither reflection nor unsafe access a script cannot construct a
/// verdict (its constructor is internal to the kernel) nor reach the host's private state. This is a guard against
/// deliberate tampering inside a repository's proofs, not a sandbox for hostile code.
/// RCN0003 exists because checks run after the script finishes: a lambda that reads a for-loop variable would see
/// its final value, not the value when the claim was stated.
/// </remarks>
internal static class ScriptRules
{
    public const string ForbiddenRule = "RCN0001";
    public const string DirectiveRule = "RCN0002";
    public const string CaptureRule = "RCN0003";

    private const string ForgeryReason = "reflection and unsafe access could forge a verdict or tamper with the host";

    private static readonly string[] ForbiddenNamespaces =
    [
        "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.Runtime.Serialization",
        "System.Linq.Expressions", "System.ComponentModel",
    ];

    private static readonly Dictionary<string, string> ForbiddenTypes = new(StringComparer.Ordinal)
    {
        ["System.Activator"] = ForgeryReason,
        ["System.AppDomain"] = ForgeryReason,
        ["System.TypedReference"] = ForgeryReason,
        ["System.RuntimeTypeHandle"] = ForgeryReason,
        ["System.RuntimeMethodHandle"] = ForgeryReason,
        ["System.RuntimeFieldHandle"] = ForgeryReason,
        ["System.ModuleHandle"] = ForgeryReason,
        ["System.Runtime.CompilerServices.Unsafe"] = ForgeryReason,
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = ForgeryReason,
        ["System.Runtime.CompilerServices.UnsafeAccessorAttribute"] = ForgeryReason,
        ["System.Runtime.CompilerServices.UnsafeAccessorTypeAttribute"] = ForgeryReason,
        ["System.Console"] = "a script states claims; the host prints the report",
    };

    private static readonly Dictionary<string, string> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        ["System.Environment.Exit"] = "ending the process would hide the report",
        ["System.Environment.FailFast"] = "ending the process would hide the report",
        ["System.Delegate.CreateDelegate"] = ForgeryReason,
    };

    // Of System.Type only what names or compares a type; everything else on it is reflection.
    private static readonly HashSet<string> AllowedTypeMembers = new(StringComparer.Ordinal)
    {
        "Name", "FullName", "Namespace", "ToString", "Equals", "GetHashCode", "op_Equality", "op_Inequality",
        "IsAssignableFrom", "IsInstanceOfType",
    };

    /// <summary>Every violation in the compilation's script trees, located.</summary>
    public static IEnumerable<ScriptError> Check(Compilation compilation, string displayPath)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var e in Directives(root, displayPath)) yield return e;
            foreach (var e in ForbiddenUses(root, model, displayPath)) yield return e;
            foreach (var e in LateCaptures(root, model, displayPath)) yield return e;
        }
    }

    private static IEnumerable<ScriptError> Directives(SyntaxNode root, string displayPath)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            var directive = trivia.GetStructure();
            if (directive is ReferenceDirectiveTriviaSyntax or LoadDirectiveTriviaSyntax)
                yield return RoslynCompiler.At(displayPath, directive.GetLocation(),
                    $"error {DirectiveRule}: '{directive.ToString().Trim()}': proof scripts cannot use #r or #load; they see the RCNetProofs assemblies, and one file is one script");
        }
    }

    private static IEnumerable<ScriptError> ForbiddenUses(SyntaxNode root, SemanticModel model, string displayPath)
    {
        // One message per line: a forbidden call is usually several forbidden nodes (the call, its type, its
        // arguments). A node that names a forbidden symbol is preferred to one that merely has a forbidden type.
        var byLine = new SortedDictionary<int, (bool Named, SyntaxNode Node, string What, string Why)>();
        foreach (var node in root.DescendantNodes())
        {
            if (node is not (ExpressionSyntax or AttributeSyntax)) continue;
            var info = model.GetSymbolInfo(node);
            var (what, why) = Forbidden(info.Symbol ?? info.CandidateSymbols.FirstOrDefault());
            // 'var' names the type only implicitly; the expression that gave the type is the better place to point at.
            bool named = what is not null && node is not IdentifierNameSyntax { IsVar: true };
            if (!named && node is ExpressionSyntax) (what, why) = ForbiddenType(model.GetTypeInfo(node).Type);
            if (what is null) continue;
            int line = node.GetLocation().GetLineSpan().StartLinePosition.Line;
            if (!byLine.TryGetValue(line, out var seen) || (named && !seen.Named)) byLine[line] = (named, node, what, why!);
        }
        foreach (var (_, (_, node, what, why)) in byLine)
            yield return RoslynCompiler.At(displayPath, node.GetLocation(),
                $"error {ForbiddenRule}: '{what}' is not allowed in proof scripts: {why}; state claims through Claim(…) and let the host check them");
    }

    private static (string? What, string? Why) Forbidden(ISymbol? symbol)
    {
        switch (symbol)
        {
            case null:
                return (null, null);
            case ITypeSymbol type:
                return ForbiddenType(type);
            case INamespaceSymbol ns:
                var name = ns.ToDisplayString();
                return InForbiddenNamespace(name) ? (name, ForgeryReason) : (null, null);
        }
        var container = symbol.ContainingType;
        if (container is null) return (null, null);
        // Type inherits Name and the like from MemberInfo; naming a type is fine even though MemberInfo is reflection.
        if (container.ToDisplayString() is "System.Type" or "System.Reflection.MemberInfo" && AllowedTypeMembers.Contains(symbol.Name))
            return (null, null);
        var typeVerdict = ForbiddenType(container);
        if (typeVerdict.What is not null) return ($"{container.ToDisplayString()}.{symbol.Name}", typeVerdict.Why);
        var full = $"{container.OriginalDefinition.ToDisplayString()}.{symbol.Name}";
        if (ForbiddenMembers.TryGetValue(full, out var why)) return (full, why);
        if (container.ToDisplayString() == "System.Type") return (full, ForgeryReason);
        return (null, null);
    }

    private static (string? What, string? Why) ForbiddenType(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return (null, null);
            case IArrayTypeSymbol array:
                return ForbiddenType(array.ElementType);
            case IPointerTypeSymbol pointer:
                return ForbiddenType(pointer.PointedAtType);
        }
        var name = type.OriginalDefinition.ToDisplayString();
        if (type.ContainingNamespace is { } ns && InForbiddenNamespace(ns.ToDisplayString())) return (name, ForgeryReason);
        if (ForbiddenTypes.TryGetValue(name, out var why)) return (name, why);
        if (type is INamedTypeSymbol named)
            foreach (var argument in named.TypeArguments)
            {
                var inner = ForbiddenType(argument);
                if (inner.What is not null) return inner;
            }
        return (null, null);
    }

    private static bool InForbiddenNamespace(string ns) =>
        ForbiddenNamespaces.Any(p => ns == p || ns.StartsWith(p + ".", StringComparison.Ordinal));

    private static IEnumerable<ScriptError> LateCaptures(SyntaxNode root, SemanticModel model, string displayPath)
    {
        var reassigned = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment:
                    foreach (var target in Targets(assignment.Left)) AddVariable(target);
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } post:
                    AddVariable(post.Operand);
                    break;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } pre:
                    AddVariable(pre.Operand);
                    break;
                case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument
                    when argument.Expression is not DeclarationExpressionSyntax:
                    AddVariable(argument.Expression);
                    break;
            }
        }
        if (reassigned.Count == 0) yield break;

        foreach (var lambda in root.DescendantNodes().OfType<AnonymousFunctionExpressionSyntax>())
        {
            foreach (var id in lambda.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(id).Symbol;
                if (symbol is null || !reassigned.Contains(symbol)) continue;
                // A variable declared inside the lambda belongs to one call of it; only outer variables are shared.
                if (symbol.DeclaringSyntaxReferences.All(r => r.SyntaxTree == lambda.SyntaxTree && lambda.Span.Contains(r.Span))) continue;
                yield return RoslynCompiler.At(displayPath, id.GetLocation(),
                    $"error {CaptureRule}: the lambda reads '{symbol.Name}', which is assigned again later; claims are checked after the script " +
                    $"has finished, so it would see the last value. Use foreach (var {symbol.Name} in …) or copy it into a new local first");
                break;
            }
        }

        void AddVariable(ExpressionSyntax expression)
        {
            var symbol = model.GetSymbolInfo(expression).Symbol;
            if (symbol is ILocalSymbol || symbol is IFieldSymbol { ContainingType.IsScriptClass: true }) reassigned.Add(symbol);
        }

        static IEnumerable<ExpressionSyntax> Targets(ExpressionSyntax left) => left switch
        {
            TupleExpressionSyntax tuple => tuple.Arguments.SelectMany(a => Targets(a.Expression)),
            DeclarationExpressionSyntax => [],
            _ => [left],
        };
    }
}
