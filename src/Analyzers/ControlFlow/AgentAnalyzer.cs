using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// The base of the rules about agents: generated code is neither analyzed nor reported on, analysis runs concurrently,
/// and a rule registers its actions only in a compilation that references AgentGen, with its marker types resolved once.
/// </summary>
/// <remarks>
/// What a rule registers decides what it costs in a large solution: an operation action over all code makes the compiler
/// build an operation tree (bind again) for every method body, and a symbol-start action adds per-member work to every
/// type once other analyzers make the compiler visit all code. Rules about an agent's own handlers and steps look at the
/// agents' members from a semantic model action (<see cref="AgentBodies"/>); rules about code anywhere walk each file from
/// a semantic model action and bind a node only when its syntax passes a cheap pre-filter (<see cref="FileWalk"/>).
/// </remarks>
public abstract class AgentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (AgentSymbols.Create(start.Compilation) is { } symbols)
            {
                Register(start, symbols);
            }
        });
    }

    /// <summary>Registers the rule's actions in a compilation that references AgentGen.</summary>
    /// <param name="start">The compilation's start.</param>
    /// <param name="symbols">AgentGen's marker types in it.</param>
    private protected abstract void Register(CompilationStartAnalysisContext start, AgentSymbols symbols);
}
