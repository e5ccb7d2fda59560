using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>Whether a symbol's XML documentation has a non-blank <c>&lt;summary&gt;</c> or <c>&lt;param&gt;</c>, read as the generator reads it.</summary>
internal static class DocText
{
    public static bool HasSummary(ISymbol symbol, CancellationToken cancellationToken) =>
        HasText(Load(symbol, cancellationToken), "summary", null);

    public static bool HasParam(ISymbol symbol, string name, CancellationToken cancellationToken) =>
        HasText(Load(symbol, cancellationToken), "param", name);

    private static XElement? Load(ISymbol symbol, CancellationToken cancellationToken)
    {
        string? xml = symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            // Without GenerateDocumentationFile the compiler may not parse doc comments; read the trivia instead.
            xml = FromTrivia(symbol, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            return XElement.Parse(xml!.TrimStart().StartsWith("<member", StringComparison.Ordinal) ? xml : "<member>" + xml + "</member>");
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? FromTrivia(ISymbol symbol, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            foreach (SyntaxTrivia trivia in reference.GetSyntax(cancellationToken).GetLeadingTrivia())
            {
                foreach (string line in trivia.ToFullString().Split('\n'))
                {
                    string trimmed = line.Trim();
                    if (trimmed.StartsWith("///", StringComparison.Ordinal))
                    {
                        builder.Append(trimmed.Substring(3)).Append('\n');
                    }
                }
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static bool HasText(XElement? root, string name, string? paramName) =>
        root?.Elements(name).Any(e => (paramName is null || (string?)e.Attribute("name") == paramName) && HasContent(e)) == true;

    // Text, or a <see .../> that the generator turns into a word.
    private static bool HasContent(XElement element) =>
        !string.IsNullOrWhiteSpace(element.Value) || element.Descendants().Any(d => d.Attributes().Any());
}
