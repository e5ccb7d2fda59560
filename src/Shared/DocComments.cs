using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace AgentGen.Shared;

/// <summary>Reads the <c>&lt;summary&gt;</c> and <c>&lt;param&gt;</c> of a symbol's XML documentation as plain text.</summary>
internal static class DocComments
{
    public static string? Summary(ISymbol symbol, CancellationToken cancellationToken) =>
        Summary(Load(symbol, cancellationToken));

    public static string? Param(ISymbol symbol, string name, CancellationToken cancellationToken) =>
        Param(Load(symbol, cancellationToken), name);

    /// <summary>The <c>&lt;summary&gt;</c> of documentation already loaded with <see cref="Load"/>.</summary>
    public static string? Summary(XElement? documentation) => Element(documentation, "summary", null);

    /// <summary>The <c>&lt;param&gt;</c> named <paramref name="name"/> of documentation already loaded with <see cref="Load"/>.</summary>
    public static string? Param(XElement? documentation, string name) => Element(documentation, "param", name);

    /// <summary>
    /// Parses a symbol's documentation, or returns <see langword="null"/> when it has none. The compiler builds the
    /// XML anew on every call: load a symbol's once when several of its elements are read.
    /// </summary>
    public static XElement? Load(ISymbol symbol, CancellationToken cancellationToken)
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
            SyntaxNode node = reference.GetSyntax(cancellationToken);
            foreach (SyntaxTrivia trivia in node.GetLeadingTrivia())
            {
                string text = trivia.ToFullString();
                foreach (string line in text.Split('\n'))
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

    private static string? Element(XElement? root, string name, string? paramName)
    {
        XElement? element = root?.Elements(name).FirstOrDefault(e => paramName is null || (string?)e.Attribute("name") == paramName);
        if (element is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        AppendText(element, builder);
        return CollapseWhitespace(builder);
    }

    /// <summary>The text with each run of white space made one space and none at either end, or null when nothing is left.</summary>
    private static string? CollapseWhitespace(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
            }

            collapsed.Append(c);
        }

        return collapsed.Length == 0 ? null : collapsed.ToString();
    }

    private static void AppendText(XElement element, StringBuilder builder)
    {
        foreach (XNode node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement child when child.Name.LocalName is "see" or "seealso" or "paramref" or "typeparamref":
                    string? reference = (string?)child.Attribute("langword") ?? (string?)child.Attribute("name") ?? (string?)child.Attribute("cref");
                    if (child.Nodes().Any())
                    {
                        AppendText(child, builder);
                    }
                    else if (reference is not null)
                    {
                        int colon = reference.IndexOf(':');
                        string shortName = colon >= 0 ? reference.Substring(colon + 1) : reference;
                        builder.Append(shortName.Substring(shortName.LastIndexOf('.') + 1));
                    }

                    break;
                case XElement child:
                    AppendText(child, builder);
                    break;
            }
        }
    }

}
