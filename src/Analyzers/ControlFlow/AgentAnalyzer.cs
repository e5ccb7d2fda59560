using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// The base of the rules about agents: generated code is neither analyzed nor reported on, analysis runs concurrently,
/// and a rule registers its actions only in a compilation that references AgentGen, with its marker types resolved once.
/// </summary>
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
