using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Syntactic pre-filters of the rules about code anywhere: questions answered from the syntax alone, so a node is bound
/// (and its operation tree built) only when the answer says it may matter.
/// </summary>
internal static class SyntaxFilter
{
    /// <summary>The simple name an invocation calls (<c>StepAsync</c> in <c>agent.StepAsync(thread)</c>), or <see langword="null"/>.</summary>
    public static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The rightmost simple name of a type written in source (<c>C</c> in <c>A.B.C&lt;T&gt;</c>), or <see langword="null"/>.</summary>
    public static string? RightmostName(TypeSyntax? type) => type switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Whether <paramref name="node"/>, outside any lambda or local function in it, calls a method named one of <paramref name="names"/>.</summary>
    public static bool CallsAny(SyntaxNode node, ImmutableHashSet<string> names)
    {
        foreach (SyntaxNode descendant in DescendantsOutsideFunctions(node))
        {
            if (descendant is InvocationExpressionSyntax invocation && InvokedName(invocation) is { } name && names.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an identifier in <paramref name="node"/> (lambdas included) is one of <paramref name="names"/>.</summary>
    public static bool MentionsAny(SyntaxNode node, ImmutableHashSet<string> names)
    {
        foreach (SyntaxToken token in node.DescendantTokens())
        {
            if (token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken && names.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nodes under <paramref name="node"/>, not looking into lambdas, anonymous methods or local functions.</summary>
    private static IEnumerable<SyntaxNode> DescendantsOutsideFunctions(SyntaxNode node) =>
        node.DescendantNodes(static n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax);
}
