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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;

namespace AgentGen.Analyzers.CodeFixes.Reducer;

/// <summary>
/// AGEN0020: makes an agent's field <see langword="readonly"/> when nothing but its declaration and the agent's
/// constructors assigns it (an injected service kept in a field). A field the agent changes while it runs is state
/// that belongs in the thread; no mechanical fix moves it there, so none is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeFieldReadOnlyCodeFix)), Shared]
public sealed class MakeFieldReadOnlyCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "AGEN0020.MakeReadOnly";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.MutableAgentStateId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => MakeReadOnlyAsync(document, diagnostics, context.CancellationToken));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (await FixableDeclarationAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Make the field readonly",
                    cancellationToken => MakeReadOnlyAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken)!,
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document?> MakeReadOnlyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var declarations = new HashSet<FieldDeclarationSyntax>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (await FixableDeclarationAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is { } declaration)
            {
                declarations.Add(declaration);
            }
        }

        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || declarations.Count == 0)
        {
            return document;
        }

        SyntaxGenerator generator = SyntaxGenerator.GetGenerator(document);
        SyntaxNode newRoot = root.ReplaceNodes(declarations, (original, rewritten) =>
            generator.WithModifiers(rewritten, generator.GetModifiers(original).WithIsReadOnly(true)));
        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The field's declaration, when every field it declares is written only by its initializer or the type's constructors.</summary>
    private static async Task<FieldDeclarationSyntax?> FixableDeclarationAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan) is not VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax declaration } ||
            model is null || declaration.Modifiers.Any(SyntaxKind.VolatileKeyword))
        {
            return null;
        }

        foreach (VariableDeclaratorSyntax variable in declaration.Declaration.Variables)
        {
            if (model.GetDeclaredSymbol(variable, cancellationToken) is not IFieldSymbol field ||
                !await OnlyConstructorsWriteAsync(document.Project.Solution, field, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        return declaration;
    }

    private static async Task<bool> OnlyConstructorsWriteAsync(Solution solution, IFieldSymbol field, CancellationToken cancellationToken)
    {
        IEnumerable<ReferencedSymbol> references = await SymbolFinder.FindReferencesAsync(field, solution, cancellationToken).ConfigureAwait(false);
        foreach (ReferenceLocation location in references.SelectMany(r => r.Locations))
        {
            SemanticModel? model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            SyntaxNode? root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SyntaxNode? node = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node?.Parent is MemberAccessExpressionSyntax access && access.Name == node)
            {
                node = access;   // this._field: the reference is the member access
            }

            if (model is null || node is null || model.GetOperation(node, cancellationToken) is not { } reference || !IsWrite(reference))
            {
                continue;
            }

            ISymbol? writer = model.GetEnclosingSymbol(node.SpanStart, cancellationToken);
            bool inConstructor = writer is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor &&
                constructor.IsStatic == field.IsStatic && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, field.ContainingType);
            if (!inConstructor)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWrite(IOperation reference)
    {
        IOperation current = reference;
        while (current.Parent is ITupleOperation tuple)
        {
            current = tuple;
        }

        return current.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == current,   // = += ??= and (a, b) = ...
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            _ => current.Syntax.Parent is RefExpressionSyntax,
        };
    }
}
