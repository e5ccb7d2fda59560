using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Whether a switch may be over a <c>[NextStep]</c> union, from its patterns alone: a switch over an interface cannot
/// compare with a literal, a number or a built-in type other than <see cref="object"/>, and a switch over a union names its tools, the union, a base type or interface
/// of the tools, <see cref="object"/>, or no type at all (only <c>_</c>, <c>var</c>, <c>null</c> or <c>default</c>).
/// A switch over enum members, strings, numbers or other types is not bound.
/// </summary>
internal static class UnionSwitchFilter
{
    /// <param name="node">A switch statement or expression.</param>
    /// <param name="toolTypeNames">See <see cref="AgentIndex.ToolTypeNames"/>.</param>
    public static bool MayBeOverUnion(SyntaxNode node, ImmutableHashSet<string> toolTypeNames)
    {
        bool namesOtherTypes = false;
        foreach (SyntaxNode pattern in Patterns(node))
        {
            // Subpatterns ({ Limit: 5 }, (a, b)) test the values inside a member, not the switched value.
            foreach (SyntaxNode part in pattern.DescendantNodesAndSelf(static n => n is not PropertyPatternClauseSyntax and not PositionalPatternClauseSyntax))
            {
                switch (part)
                {
                    case RelationalPatternSyntax:
                    case LiteralExpressionSyntax literal when !literal.IsKind(SyntaxKind.NullLiteralExpression) && !literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                        return false;
                    case PredefinedTypeSyntax predefined:
                        return predefined.Keyword.IsKind(SyntaxKind.ObjectKeyword);
                    case SimpleNameSyntax name when !name.IsVar:
                        if (toolTypeNames.Contains(name.Identifier.ValueText))
                        {
                            return true;
                        }

                        namesOtherTypes = true;
                        break;
                }
            }
        }

        return !namesOtherTypes;
    }

    private static IEnumerable<SyntaxNode> Patterns(SyntaxNode node) => node switch
    {
        SwitchExpressionSyntax expression => expression.Arms.Select(a => (SyntaxNode)a.Pattern),
        SwitchStatementSyntax statement => statement.Sections.SelectMany(s => s.Labels).Select(l => l switch
        {
            CasePatternSwitchLabelSyntax pattern => pattern.Pattern,
            CaseSwitchLabelSyntax value => (SyntaxNode)value.Value,
            _ => l,
        }),
        _ => Enumerable.Empty<SyntaxNode>(),
    };
}
