using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Analyzers.ToolShape;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Analyzers.CodeFixes.ToolShape;

/// <summary>
/// AGEN0006: adds an XML documentation stub the generator reads as the description: a <c>&lt;summary&gt;</c> on the tool,
/// a <c>&lt;param&gt;</c> on the record for a positional parameter, a <c>&lt;summary&gt;</c> on a property. The lines go just
/// above the declaration (after any documentation already there), so existing text is kept.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDescriptionStubCodeFix)), Shared]
public sealed class AddDescriptionStubCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, the same for every diagnostic so Fix All applies them together.</summary>
    public const string EquivalenceKey = "AgentGen.AddDescriptionStub";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.MissingDescriptionId);

    /// <inheritdoc/>
    // Several stubs can land on the same line (a summary and the params of one record): one pass per document merges them.
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((fixAll, document, diagnostics) => AddStubsAsync(document, diagnostics, fixAll.CancellationToken)!);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root is null || Stub.For(root, diagnostic) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add a description stub",
                    cancellationToken => AddStubsAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddStubsAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        string newLine = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
        var changes = new List<TextChange>();
        IEnumerable<Stub> stubs = diagnostics
            .Select(d => Stub.For(root, d))
            .OfType<Stub>()
            .GroupBy(s => (s.Anchor.SpanStart, s.Order))
            .Select(g => g.First());
        foreach (IGrouping<int, Stub> atAnchor in stubs.GroupBy(s => s.Anchor.SpanStart).OrderBy(g => g.Key))
        {
            SyntaxToken anchor = atAnchor.First().Anchor;
            TextLine line = text.Lines.GetLineFromPosition(anchor.SpanStart);
            string before = text.ToString(TextSpan.FromBounds(line.Start, anchor.SpanStart));
            bool ownLine = string.IsNullOrWhiteSpace(before);
            string indent = ownLine ? before : string.Empty;
            string lines = string.Concat(atAnchor.OrderBy(s => s.Order).Select(s => indent + "/// " + s.Text + newLine));
            changes.Add(ownLine ? new TextChange(new TextSpan(line.Start, 0), lines) : new TextChange(new TextSpan(anchor.SpanStart, 0), newLine + lines));
        }

        return document.WithText(text.WithChanges(changes));
    }

    /// <summary>One documentation line to add above <see cref="Anchor"/>, the first token of the declaration it documents.</summary>
    private sealed class Stub
    {
        private Stub(SyntaxToken anchor, int order, string text)
        {
            Anchor = anchor;
            Order = order;
            Text = text;
        }

        public SyntaxToken Anchor { get; }

        public int Order { get; }

        public string Text { get; }

        public static Stub? For(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Location.IsInSource || !diagnostic.Properties.TryGetValue(DescriptionRule.TargetKey, out string? target))
            {
                return null;
            }

            SyntaxNode? node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            switch (target)
            {
                case DescriptionRule.TypeTarget when node is TypeDeclarationSyntax type:
                    return new Stub(type.GetFirstToken(), 0, "<summary>Describe what this tool does for the model.</summary>");

                case DescriptionRule.ParameterTarget when node is ParameterSyntax { Parent: ParameterListSyntax { Parent: TypeDeclarationSyntax type } list } parameter:
                    string name = parameter.Identifier.ValueText;
                    return new Stub(type.GetFirstToken(), 1 + list.Parameters.IndexOf(parameter), $"<param name=\"{name}\">Describe {name} for the model.</param>");

                case DescriptionRule.PropertyTarget when node is PropertyDeclarationSyntax property:
                    return new Stub(property.GetFirstToken(), 0, $"<summary>Describe {property.Identifier.ValueText} for the model.</summary>");

                default:
                    return null;
            }
        }
    }
}
