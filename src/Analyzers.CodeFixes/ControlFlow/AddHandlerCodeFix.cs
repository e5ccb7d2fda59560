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
/// AGEN0010: adds a handler stub for an unhandled next step. The stub returns an explicit <c>StepOutcome.Fail</c>,
/// so the agent compiles and a run that reaches it fails visibly until the handler is written.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddHandlerCodeFix)), Shared]
public sealed class AddHandlerCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "AGEN0010.AddHandler";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UnhandledUnionMemberId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => AddHandlersAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(AgentHandlerAnalyzer.ToolNameProperty, out string? name) || name is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add a handler for '{name}'",
                    cancellationToken => AddHandlersAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken)!,
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> AddHandlersAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var stubs = new Dictionary<TypeDeclarationSyntax, List<(string Name, MemberDeclarationSyntax Stub)>>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not TypeDeclarationSyntax agent ||
                !diagnostic.Properties.TryGetValue(AgentHandlerAnalyzer.ToolProperty, out string? tool) || tool is null ||
                !diagnostic.Properties.TryGetValue(AgentHandlerAnalyzer.ToolNameProperty, out string? name) || name is null)
            {
                continue;
            }

            bool approved = diagnostic.Properties.TryGetValue(AgentHandlerAnalyzer.ApprovedProperty, out string? flag) && flag == "true";
            if (!stubs.TryGetValue(agent, out List<(string, MemberDeclarationSyntax)>? list))
            {
                stubs[agent] = list = new List<(string, MemberDeclarationSyntax)>();
            }

            if (!list.Any(s => s.Item1 == name))
            {
                list.Add((name, Stub(tool, name, approved, EndOfLine(root))));
            }
        }

        SyntaxNode newRoot = root.ReplaceNodes(stubs.Keys, (original, _) =>
            original.AddMembers(stubs[original].OrderBy(s => s.Name, System.StringComparer.Ordinal).Select(s => s.Stub).ToArray()));
        Document changed = document.WithSyntaxRoot(newRoot);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document's own line ending, so an added member does not mix CRLF into an LF file (or the reverse).</summary>
    internal static SyntaxTrivia EndOfLine(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } existing
            ? SyntaxFactory.ElasticEndOfLine(existing.ToString())
            : SyntaxFactory.ElasticCarriageReturnLineFeed;

    private static MemberDeclarationSyntax Stub(string tool, string name, bool approved, SyntaxTrivia endOfLine)
    {
        string parameter = approved ? $"global::AgentGen.Approved<{tool}>" : tool;
        string text =
            $"private global::System.Threading.Tasks.Task<global::AgentGen.StepOutcome> Handle({parameter} step, global::System.Threading.CancellationToken cancellationToken) => " +
            $"global::System.Threading.Tasks.Task.FromResult(global::AgentGen.StepOutcome.Fail(\"{name} is not handled yet\"));";
        MemberDeclarationSyntax member = SyntaxFactory.ParseMemberDeclaration(text)!;
        return member
            .WithLeadingTrivia(endOfLine)
            .WithTrailingTrivia(endOfLine)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }
}
