using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AgentGen.Analyzers.Tests;

/// <summary>Runs every code fix of AgentGen.Analyzers.CodeFixes on what the analyzers reported, collecting any exception instead of a fix.</summary>
internal static class CodeFixRunner
{
    /// <summary>Every code fix the code-fix assembly exports, found by reflection so a new one cannot be left out.</summary>
    public static ImmutableArray<CodeFixProvider> AllCodeFixes { get; } = typeof(AgentGen.Analyzers.CodeFixes.ControlFlow.AddHandlerCodeFix).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.IsDefined(typeof(ExportCodeFixProviderAttribute), inherit: false))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>
    /// Computes, per document, the fixes offered for up to <paramref name="perDocument"/> diagnostics of each fix, and each
    /// fix's Fix All over the document. Returns what threw; the ids of the diagnostics a fix was offered for go to <paramref name="fixedIds"/>.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunAsync(AnalysisRun run, ISet<string> fixedIds, CancellationToken cancellationToken, int perDocument = 3)
    {
        var failures = new List<string>();
        foreach (CodeFixProvider provider in AllCodeFixes)
        {
            var byDocument = run.Diagnostics
                .Where(d => provider.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource)
                .GroupBy(d => d.Location.SourceTree);
            foreach (IGrouping<SyntaxTree?, Diagnostic> group in byDocument)
            {
                if (run.Project.GetDocument(group.Key) is not { } document)
                {
                    continue;
                }

                string? equivalenceKey = null;
                foreach (Diagnostic diagnostic in group.Take(perDocument))
                {
                    var actions = new List<CodeAction>();
                    await Guard(failures, provider, diagnostic.Id, async () =>
                    {
                        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
                        foreach (CodeAction action in actions)
                        {
                            equivalenceKey ??= action.EquivalenceKey;
                            fixedIds.Add(diagnostic.Id);
                            await action.GetOperationsAsync(cancellationToken);
                        }
                    });
                }

                if (equivalenceKey is not null && provider.GetFixAllProvider() is { } fixAll)
                {
                    var context = new FixAllContext(document, provider, FixAllScope.Document, equivalenceKey, provider.FixableDiagnosticIds,
                        new FixedDiagnostics(group.ToImmutableArray()), cancellationToken);
                    await Guard(failures, provider, "Fix All", async () =>
                    {
                        if (await fixAll.GetFixAsync(context) is { } action)
                        {
                            await action.GetOperationsAsync(cancellationToken);
                        }
                    });
                }
            }
        }

        return failures;
    }

    private static async Task Guard(List<string> failures, CodeFixProvider provider, string what, Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failures.Add($"{provider.GetType().Name} ({what}): {exception}");
        }
    }

    /// <summary>Gives Fix All the diagnostics the analyzers already reported.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
