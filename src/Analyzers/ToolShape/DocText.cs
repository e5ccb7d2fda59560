using System.Threading;
using AgentGen.Shared;
using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>Whether a symbol's XML documentation has a non-blank <c>&lt;summary&gt;</c> or <c>&lt;param&gt;</c>, read by the generator's own <see cref="DocComments"/>.</summary>
internal static class DocText
{
    public static bool HasSummary(ISymbol symbol, CancellationToken cancellationToken) =>
        DocComments.Summary(symbol, cancellationToken) is not null;

    public static bool HasParam(ISymbol symbol, string name, CancellationToken cancellationToken) =>
        DocComments.Param(symbol, name, cancellationToken) is not null;
}
