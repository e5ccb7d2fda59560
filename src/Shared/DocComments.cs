using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace AgentGen.Shared;

/// <summary>Reads the <c>&lt;summary&gt;</c> and <c>&lt;param&gt;</c> of a symbol's XML documentation as plain text.</summary>
internal static class DocComments
{
    private static readonly Regex s_whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    public static string? Summary(ISymbol symbol, CancellationToken cancellationToken) =>
        Element(Load(symbol, cancellationToken), "summary", null);

    public static string? Param(ISymbol symbol, string name, CancellationToken cancellationToken) =>
        Element(Load(symbol, cancellationToken), "param", name);

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
        string text = s_whitespace.Replace(builder.ToString(), " ").Trim();
        return text.Length == 0 ? null : text;
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
