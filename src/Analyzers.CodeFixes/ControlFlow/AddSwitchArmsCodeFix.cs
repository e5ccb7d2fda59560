using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace AgentGen.Analyzers.CodeFixes.ControlFlow;

/// <summary>
/// AGEN0013: adds an arm for each member a switch over a next-step union misses (<c>case T t:</c> or <c>T t =&gt;</c>),
/// before its default arm. Each arm throws <c>NotImplementedException</c>, so a run that reaches it fails visibly until
/// the arm is written.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSwitchArmsCodeFix)), Shared]
public sealed class AddSwitchArmsCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "AGEN0013.AddArms";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.IncompleteUnionSwitchId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => AddArmsAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (Members(diagnostic).Length == 0)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add the missing arms",
                    cancellationToken => AddArmsAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken)!,
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static string[] Members(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UnionSwitchAnalyzer.MembersProperty, out string? members) && !string.IsNullOrEmpty(members)
            ? members!.Split(UnionSwitchAnalyzer.Separator)
            : [];

    private static async Task<Document?> AddArmsAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        // Per switch: the missing members, and the arm (if any) the diagnostic points at: the new arms go before it.
        var fixes = new Dictionary<SyntaxNode, (string[] Members, int InsertAt)>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            SyntaxNode located = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            SyntaxNode? target = located.FirstAncestorOrSelf<SyntaxNode>(n => n is SwitchStatementSyntax or SwitchExpressionSyntax);
            string[] members = Members(diagnostic);
            if (target is null || members.Length == 0 || fixes.ContainsKey(target))
            {
                continue;
            }

            int insertAt = target switch
            {
                SwitchStatementSyntax statement => statement.Sections.IndexOf(s => s.Span.Contains(located.Span)),
                SwitchExpressionSyntax expression => expression.Arms.IndexOf(a => a.Span.Contains(located.Span)),
                _ => -1,
            };
            fixes[target] = (members, insertAt);
        }

        SyntaxTrivia endOfLine = AddHandlerCodeFix.EndOfLine(root);
        SyntaxNode newRoot = root.ReplaceNodes(fixes.Keys, (original, rewritten) =>
        {
            (string[] members, int insertAt) = fixes[original];
            var names = new VariableNames(model, original.SpanStart);
            return rewritten switch
            {
                SwitchStatementSyntax statement => AddSections(statement, members, insertAt, names, endOfLine),
                SwitchExpressionSyntax expression => AddArms(expression, members, insertAt, names),
                _ => rewritten,
            };
        });

        Document changed = document.WithSyntaxRoot(newRoot);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static SwitchStatementSyntax AddSections(SwitchStatementSyntax statement, string[] members, int insertAt, VariableNames names, SyntaxTrivia endOfLine)
    {
        SyntaxList<SwitchSectionSyntax> sections = statement.Sections;
        int index = insertAt < 0 ? sections.Count : insertAt;
        foreach (string member in members)
        {
            SwitchSectionSyntax section = SyntaxFactory.SwitchSection(
                    SyntaxFactory.SingletonList<SwitchLabelSyntax>(SyntaxFactory.CasePatternSwitchLabel(Pattern(member, names), SyntaxFactory.Token(SyntaxKind.ColonToken))),
                    SyntaxFactory.SingletonList<StatementSyntax>(SyntaxFactory.ThrowStatement(NotImplemented(member))))
                .WithTrailingTrivia(endOfLine)
                .WithAdditionalAnnotations(Formatter.Annotation);
            sections = sections.Insert(index++, section);
        }

        return statement.WithSections(sections);
    }

    private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax expression, string[] members, int insertAt, VariableNames names)
    {
        SeparatedSyntaxList<SwitchExpressionArmSyntax> arms = expression.Arms;
        int index = insertAt < 0 ? arms.Count : insertAt;
        foreach (string member in members)
        {
            SwitchExpressionArmSyntax arm = SyntaxFactory.SwitchExpressionArm(Pattern(member, names), SyntaxFactory.ThrowExpression(NotImplemented(member)))
                .WithAdditionalAnnotations(Formatter.Annotation);
            arms = arms.Insert(index++, arm);
        }

        return expression.WithArms(arms).WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static DeclarationPatternSyntax Pattern(string member, VariableNames names) =>
        SyntaxFactory.DeclarationPattern(
            SyntaxFactory.ParseTypeName(member).WithAdditionalAnnotations(Simplifier.Annotation),
            SyntaxFactory.SingleVariableDesignation(SyntaxFactory.Identifier(names.Next(SimpleName(member)))));

    private static ExpressionSyntax NotImplemented(string member) =>
        SyntaxFactory.ObjectCreationExpression(SyntaxFactory.ParseTypeName("global::System.NotImplementedException").WithAdditionalAnnotations(Simplifier.Annotation))
            .WithArgumentList(SyntaxFactory.ParseArgumentList($"(\"{SimpleName(member)} is not handled yet\")"));

    private static string SimpleName(string fullyQualified)
    {
        int start = System.Math.Max(fullyQualified.LastIndexOf('.'), fullyQualified.LastIndexOf(':'));
        return fullyQualified.Substring(start + 1);
    }

    /// <summary>camelCase names for the new arms' variables that no local, parameter or member in scope already uses.</summary>
    private sealed class VariableNames(SemanticModel model, int position)
    {
        private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

        public string Next(string typeName)
        {
            string stem = char.ToLowerInvariant(typeName[0]) + typeName.Substring(1);
            string name = stem;
            for (int suffix = 2; !_taken.Add(name) || model.LookupSymbols(position, name: name).Length > 0 || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None; suffix++)
            {
                name = stem + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return name;
        }
    }
}
