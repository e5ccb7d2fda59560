using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AgentGen.Analyzers.CodeFixes.ControlFlow;

/// <summary>
/// AGEN0012: makes a <c>[RequiresApproval]</c> handler take <c>Approved&lt;T&gt;</c>, rewriting uses of the parameter
/// <c>p</c> in its body to <c>p.Call</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApprovedParameterCodeFix)), Shared]
public sealed class ApprovedParameterCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "AGEN0012.TakeApproved";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.ApprovalHandlerTakesBareRecordId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Take Approved<T>, so the handler runs only after a person approves",
                    cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken)!,
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<MethodDeclarationSyntax, MethodDeclarationSyntax>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ParameterSyntax>() is not { Type: { } type } parameter ||
                parameter.Parent?.Parent is not MethodDeclarationSyntax method || replacements.ContainsKey(method) ||
                model.GetDeclaredSymbol(parameter, cancellationToken) is not IParameterSymbol symbol)
            {
                continue;
            }

            // Every read of the parameter becomes a read of the approved call.
            List<IdentifierNameSyntax> uses = method.DescendantNodes()
                .OfType<IdentifierNameSyntax>()
                .Where(n => n.Identifier.ValueText == symbol.Name &&
                    SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, symbol))
                .ToList();
            MethodDeclarationSyntax rewritten = method.ReplaceNodes(uses, (original, _) =>
                SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        original.WithoutTrivia(),
                        SyntaxFactory.IdentifierName("Call"))
                    .WithTriviaFrom(original));

            ParameterSyntax newParameter = rewritten.ParameterList.Parameters[parameter.Parent is ParameterListSyntax list ? list.Parameters.IndexOf(parameter) : 0];
            TypeSyntax approved = SyntaxFactory.ParseTypeName($"global::AgentGen.Approved<{type.WithoutTrivia()}>")
                .WithTriviaFrom(type)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            replacements[method] = rewritten.ReplaceNode(newParameter, newParameter.WithType(approved));
        }

        Document changed = document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
