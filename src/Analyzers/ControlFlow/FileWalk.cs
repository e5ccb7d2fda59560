using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// How the rules about code anywhere look at a file: one semantic model action walks its syntax, and a node is handed to
/// the rule only when its syntax passes the rule's pre-filter.
/// </summary>
/// <remarks>
/// A syntax node action would do the same for more: as soon as an analyzer registers one, Roslyn's analyzer driver
/// computes the declarations of every member of the compilation, asks each for its symbol and lists every node and token
/// under it, then calls the analyzer per node of the kinds it asked for, while the rules bind about one node in thousands.
/// A semantic model action is called once per file with the file's shared semantic model. Generated code is left alone
/// as before: the driver skips generated files, and drops what is reported inside a member or type marked
/// <c>[GeneratedCode]</c>.
/// </remarks>
internal static class FileWalk
{
    /// <summary>
    /// Registers <paramref name="analyze"/> for every node of the compilation's files (the analyzed span only, in an
    /// editor) for which <paramref name="mayMatter"/>, a purely syntactic test, says yes.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext start, Func<SyntaxNode, CancellationToken, bool> mayMatter, Action<SemanticModelAnalysisContext, SyntaxNode> analyze)
    {
        start.RegisterSemanticModelAction(context =>
        {
            SyntaxNode root = context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken);
            foreach (SyntaxNode node in context.FilterSpan is { } span ? root.DescendantNodes(span) : root.DescendantNodes())
            {
                if (mayMatter(node, context.CancellationToken))
                {
                    analyze(context, node);
                }
            }
        });
    }
}
