using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// How the rules about code anywhere look at a file: one walk of its syntax per compilation, shared by every such rule,
/// collects the nodes each rule's syntactic pre-filter accepts; then each rule's semantic model action binds its own.
/// </summary>
/// <remarks>
/// <para>
/// A syntax node action would do the same for more: as soon as an analyzer registers one, Roslyn's analyzer driver
/// computes the declarations of every member of the compilation, asks each for its symbol and lists every node and token
/// under it, then calls the analyzer per node of the kinds it asked for, while the rules bind about one node in thousands.
/// A semantic model action is called once per file with the file's shared semantic model. Generated code is left alone
/// as before: the driver skips generated files, and drops what is reported inside a member or type marked
/// <c>[GeneratedCode]</c>.
/// </para>
/// <para>
/// The rules register their pre-filters at the compilation's start, before any file is analyzed; the first rule to
/// reach a file walks it for all of them, and the file's nodes are forgotten once every rule has taken its own. A rule
/// registered after a file was walked, or an editor's analysis of part of a file, walks on its own.
/// </para>
/// </remarks>
internal sealed class FileWalk
{
    private readonly List<Func<SyntaxNode, CancellationToken, bool>> _filters = new();
    private readonly ConcurrentDictionary<SyntaxTree, Candidates> _byFile = new();

    /// <summary>
    /// Registers <paramref name="analyze"/> for every node of the compilation's files (the analyzed span only, in an
    /// editor) for which <paramref name="mayMatter"/>, a purely syntactic test, says yes.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext start,
        AgentSymbols symbols,
        Func<SyntaxNode, CancellationToken, bool> mayMatter,
        Action<SemanticModelAnalysisContext, SyntaxNode> analyze)
    {
        FileWalk walk = symbols.FileWalk;
        int rule = walk.Add(mayMatter);
        start.RegisterSemanticModelAction(context =>
        {
            foreach (SyntaxNode node in walk.NodesFor(context, rule, mayMatter))
            {
                analyze(context, node);
            }
        });
    }

    private int Add(Func<SyntaxNode, CancellationToken, bool> mayMatter)
    {
        lock (_filters)
        {
            _filters.Add(mayMatter);
            return _filters.Count - 1;
        }
    }

    private ImmutableArray<SyntaxNode> NodesFor(SemanticModelAnalysisContext context, int rule, Func<SyntaxNode, CancellationToken, bool> mayMatter)
    {
        SyntaxNode root = context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken);
        if (context.FilterSpan is { } span)
        {
            return Walk(root.DescendantNodes(span), [mayMatter], context.CancellationToken)[0];
        }

        SyntaxTree tree = context.SemanticModel.SyntaxTree;
        Candidates candidates = _byFile.GetOrAdd(tree, static _ => new Candidates());
        ImmutableArray<SyntaxNode>[] byRule = candidates.Get(this, root, context.CancellationToken);
        if (rule >= byRule.Length)
        {
            return Walk(root.DescendantNodes(), [mayMatter], context.CancellationToken)[0];
        }

        if (candidates.Take(byRule.Length))
        {
            _byFile.TryRemove(tree, out _);
        }

        return byRule[rule];
    }

    private Func<SyntaxNode, CancellationToken, bool>[] Filters()
    {
        lock (_filters)
        {
            return _filters.ToArray();
        }
    }

    private static ImmutableArray<SyntaxNode>[] Walk(IEnumerable<SyntaxNode> nodes, Func<SyntaxNode, CancellationToken, bool>[] filters, CancellationToken cancellationToken)
    {
        var found = new ImmutableArray<SyntaxNode>.Builder?[filters.Length];
        foreach (SyntaxNode node in nodes)
        {
            for (int i = 0; i < filters.Length; i++)
            {
                if (filters[i](node, cancellationToken))
                {
                    (found[i] ??= ImmutableArray.CreateBuilder<SyntaxNode>()).Add(node);
                }
            }
        }

        var byRule = new ImmutableArray<SyntaxNode>[filters.Length];
        for (int i = 0; i < filters.Length; i++)
        {
            byRule[i] = found[i]?.ToImmutable() ?? ImmutableArray<SyntaxNode>.Empty;
        }

        return byRule;
    }

    /// <summary>One file's nodes per rule, walked once (a cancelled walk is not kept), and how many rules have taken theirs.</summary>
    private sealed class Candidates
    {
        private readonly object _walking = new();
        private ImmutableArray<SyntaxNode>[]? _byRule;
        private int _taken;

        public ImmutableArray<SyntaxNode>[] Get(FileWalk walk, SyntaxNode root, CancellationToken cancellationToken)
        {
            ImmutableArray<SyntaxNode>[]? byRule = Volatile.Read(ref _byRule);
            if (byRule is null)
            {
                lock (_walking)
                {
                    byRule = _byRule ??= Walk(root.DescendantNodes(), walk.Filters(), cancellationToken);
                }
            }

            return byRule;
        }

        /// <summary>Counts one rule's take; true for the last of <paramref name="rules"/>, after which the file's nodes can go.</summary>
        public bool Take(int rules) => Interlocked.Increment(ref _taken) == rules;
    }
}
