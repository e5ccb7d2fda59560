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
/// AGEN0015: replaces the body of a swallowing <c>catch</c> in a handler with <c>return StepOutcome.Fail(ex);</c>,
/// naming the exception <c>ex</c> when the catch does not name it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnFailureCodeFix)), Shared]
public sealed class ReturnFailureCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "AGEN0015.ReturnFail";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.SwallowedExceptionId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || AgentSymbols.Create(model.Compilation) is not { } symbols)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            // A [Step] method cannot return an outcome: only handlers get the fix.
            if (Find(root, model, symbols, diagnostic, context.CancellationToken) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Return StepOutcome.Fail(exception)",
                    cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken)!,
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static (CatchClauseSyntax Catch, IMethodSymbol Handler)? Find(
        SyntaxNode root, SemanticModel model, AgentSymbols symbols, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<CatchClauseSyntax>() is not { } catchClause ||
            catchClause.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } declaration ||
            model.GetDeclaredSymbol(declaration, cancellationToken) is not { } method ||
            !symbols.ReturnsOutcome(method))
        {
            return null;
        }

        return (catchClause, method);
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || AgentSymbols.Create(model.Compilation) is not { } symbols)
        {
            return document;
        }

        var replacements = new Dictionary<CatchClauseSyntax, CatchClauseSyntax>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (Find(root, model, symbols, diagnostic, cancellationToken) is { } found && !replacements.ContainsKey(found.Catch))
            {
                replacements[found.Catch] = Rewrite(found.Catch, found.Handler, symbols, model);
            }
        }

        // Nested catches: rewriting the outer one replaces the inner one's body too, so keep only the outermost.
        CatchClauseSyntax[] outermost = replacements.Keys.Where(c => !replacements.Keys.Any(o => o != c && o.Span.Contains(c.Span))).ToArray();
        Document changed = document.WithSyntaxRoot(root.ReplaceNodes(outermost, (original, _) => replacements[original]));
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static CatchClauseSyntax Rewrite(CatchClauseSyntax catchClause, IMethodSymbol handler, AgentSymbols symbols, SemanticModel model)
    {
        int position = catchClause.SpanStart;
        string Name(INamedTypeSymbol? type, string qualified) =>
            type is not null && model.LookupNamespacesAndTypes(position, name: type.Name).Any(s => SymbolEqualityComparer.Default.Equals(s, type)) ? type.Name : qualified;
        string outcome = Name(symbols.StepOutcome, "global::AgentGen.StepOutcome");

        string variable = catchClause.Declaration?.Identifier.ValueText is { Length: > 0 } named ? named : "ex";
        CatchDeclarationSyntax declaration = catchClause.Declaration switch
        {
            null => SyntaxFactory.CatchDeclaration(
                SyntaxFactory.ParseTypeName("global::System.Exception").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.Identifier(variable)),
            { Identifier.ValueText.Length: 0 } existing => existing.WithIdentifier(SyntaxFactory.Identifier(variable)),
            { } existing => existing,
        };

        string fail = $"{outcome}.Fail({variable})";
        string returned = (handler.IsAsync || SymbolEqualityComparer.Default.Equals(handler.ReturnType, symbols.StepOutcome))
            ? fail
            : SymbolEqualityComparer.Default.Equals(handler.ReturnType.OriginalDefinition, symbols.Task)
                ? $"{Name(model.Compilation.GetTypeByMetadataName("System.Threading.Tasks.Task"), "global::System.Threading.Tasks.Task")}.FromResult({fail})"
                : $"new {Name(symbols.ValueTask, "global::System.Threading.Tasks.ValueTask")}<{outcome}>({fail})";
        StatementSyntax statement = SyntaxFactory.ReturnStatement(
                SyntaxFactory.ParseExpression(returned).WithLeadingTrivia(SyntaxFactory.Space).WithAdditionalAnnotations(Simplifier.Annotation))
            .WithAdditionalAnnotations(Formatter.Annotation);

        BlockSyntax block = catchClause.Block
            .WithStatements(SyntaxFactory.SingletonList(statement))
            .WithAdditionalAnnotations(Formatter.Annotation);
        CatchClauseSyntax result = catchClause.WithBlock(block);
        return catchClause.Declaration is null
            ? result.WithDeclaration(declaration.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(catchClause.CatchKeyword.TrailingTrivia)).WithCatchKeyword(catchClause.CatchKeyword.WithTrailingTrivia())
            : result.WithDeclaration(declaration);
    }
}
