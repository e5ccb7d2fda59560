using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Reports a <c>switch</c> statement or expression over a <c>[NextStep]</c> union in user code that does not name every
/// member in an arm of its own (AGEN0013), whether the members are simply missing or a <c>default</c>/discard arm swallows
/// them (factor 8): the generated dispatcher is exhaustive, and a user's own switch should be too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnionSwitchAnalyzer : AgentAnalyzer
{
    /// <summary>Diagnostic property: the missing members' fully qualified type names, separated by <see cref="Separator"/>.</summary>
    internal const string MembersProperty = "Members";

    /// <summary>Separates the names in <see cref="MembersProperty"/>.</summary>
    internal const char Separator = ';';

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.IncompleteUnionSwitch);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        FileWalk.Register(start, symbols, (node, cancellationToken) => MayBeOverUnion(node, symbols, cancellationToken), (context, node) => AnalyzeSwitch(context, node, symbols));
    }

    /// <summary>A switch is bound only when its syntax may be over a union (see <see cref="UnionSwitchFilter"/>).</summary>
    private static bool MayBeOverUnion(SyntaxNode node, AgentSymbols symbols, CancellationToken cancellationToken) =>
        node is SwitchStatementSyntax or SwitchExpressionSyntax &&
        UnionSwitchFilter.MayBeOverUnion(node, symbols.Index(cancellationToken).ToolTypeNames);

    /// <summary>The switch's operation tree is built only when the value it switches on is a union.</summary>
    private static void AnalyzeSwitch(SemanticModelAnalysisContext context, SyntaxNode node, AgentSymbols symbols)
    {
        ExpressionSyntax governing = node is SwitchStatementSyntax statementSyntax ? statementSyntax.Expression : ((SwitchExpressionSyntax)node).GoverningExpression;
        if (context.SemanticModel.GetTypeInfo(governing, context.CancellationToken).Type is not INamedTypeSymbol governingType ||
            !AgentSymbols.Has(governingType, symbols.NextStep))
        {
            return;
        }

        var arms = new List<(IPatternOperation? Pattern, bool Guarded, SyntaxNode Syntax)>();
        IOperation value;
        Location? keyword;
        switch (context.SemanticModel.GetOperation(node, context.CancellationToken))
        {
            case ISwitchOperation statement:
                value = statement.Value;
                keyword = (statement.Syntax as SwitchStatementSyntax)?.SwitchKeyword.GetLocation();
                foreach (ICaseClauseOperation clause in statement.Cases.SelectMany(c => c.Clauses))
                {
                    if (clause is IDefaultCaseClauseOperation)
                    {
                        arms.Add((null, false, clause.Syntax));
                    }
                    else if (clause is IPatternCaseClauseOperation patternClause)
                    {
                        arms.Add((patternClause.Pattern, patternClause.Guard is not null, patternClause.Pattern.Syntax));
                    }
                }

                break;
            case ISwitchExpressionOperation expression:
                value = expression.Value;
                keyword = (expression.Syntax as SwitchExpressionSyntax)?.SwitchKeyword.GetLocation();
                arms.AddRange(expression.Arms.Select(a => ((IPatternOperation?)a.Pattern, a.Guard is not null, a.Pattern.Syntax)));
                break;
            default:
                return;
        }

        if (value.Type is not INamedTypeSymbol union || !AgentSymbols.Has(union, symbols.NextStep) || keyword is null)
        {
            return;
        }

        List<INamedTypeSymbol> members = symbols.MembersOf(union, context.CancellationToken).ToList();
        var mentioned = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        SyntaxNode? swallower = null;
        foreach ((IPatternOperation? pattern, bool guarded, SyntaxNode syntax) in arms)
        {
            bool catchAll = pattern is null || Classify(pattern, union, members, mentioned);
            if (catchAll && !guarded)
            {
                swallower ??= syntax;
            }
        }

        List<INamedTypeSymbol> missing = members
            .Where(m => !mentioned.Contains(m))
            .OrderBy(m => m.Name, System.StringComparer.Ordinal)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(
            MembersProperty, string.Join(Separator.ToString(), missing.Select(m => m.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))));
        string names = string.Join(", ", missing.Select(m => "'" + m.Name + "'"));
        string swallowed = swallower is null ? string.Empty : missing.Count == 1 ? " (its default arm swallows it)" : " (its default arm swallows them)";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.IncompleteUnionSwitch, swallower?.GetLocation() ?? keyword, properties, union.Name, names, swallowed));
    }

    /// <summary>Adds the members a pattern names to <paramref name="mentioned"/>; returns whether it matches every member (a catch-all).</summary>
    private static bool Classify(IPatternOperation pattern, INamedTypeSymbol union, List<INamedTypeSymbol> members, HashSet<INamedTypeSymbol> mentioned)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
            case INegatedPatternOperation:
                // 'not X' handles every member but X alike.
                return true;
            case IDeclarationPatternOperation { MatchesNull: true }:
                return true;
            case IDeclarationPatternOperation declaration:
                return Covers(declaration.MatchedType, union, members, mentioned);
            case ITypePatternOperation type:
                return Covers(type.MatchedType, union, members, mentioned);
            case IRecursivePatternOperation recursive:
                bool covers = Covers(recursive.MatchedType, union, members, mentioned);
                return covers && recursive.DeconstructionSubpatterns.IsEmpty && recursive.PropertySubpatterns.IsEmpty;
            case IBinaryPatternOperation binary:
                bool left = Classify(binary.LeftPattern, union, members, mentioned);
                bool right = Classify(binary.RightPattern, union, members, mentioned);
                return binary.OperatorKind == BinaryOperatorKind.Or ? left || right : left && right;
            default:
                return false;
        }
    }

    /// <summary>Marks the members of type <paramref name="matched"/>; returns whether every value of the union is one.</summary>
    private static bool Covers(ITypeSymbol? matched, INamedTypeSymbol union, List<INamedTypeSymbol> members, HashSet<INamedTypeSymbol> mentioned)
    {
        if (matched is null)
        {
            return false;
        }

        if (matched.SpecialType == SpecialType.System_Object || SymbolEqualityComparer.Default.Equals(matched, union) ||
            union.AllInterfaces.Contains(matched, SymbolEqualityComparer.Default))
        {
            return true;
        }

        foreach (INamedTypeSymbol member in members)
        {
            if (IsOrDerivesFrom(member, matched))
            {
                mentioned.Add(member);
            }
        }

        return false;
    }

    private static bool IsOrDerivesFrom(INamedTypeSymbol member, ITypeSymbol matched)
    {
        for (INamedTypeSymbol? current = member; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, matched))
            {
                return true;
            }
        }

        return member.AllInterfaces.Contains(matched, SymbolEqualityComparer.Default);
    }
}
