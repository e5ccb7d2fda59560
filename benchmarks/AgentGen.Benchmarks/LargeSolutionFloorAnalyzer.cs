using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Benchmarks;

/// <summary>
/// An analyzer that does nothing with the kinds of actions AgentGen's analyzers register (a symbol action on every
/// type, an operation action on every catch clause, a compilation-end action): the floor any such analyzer costs.
/// </summary>
/// <remarks>Instantiated by the benchmarks, never loaded by a compiler: no [DiagnosticAnalyzer], no release tracking.</remarks>
#pragma warning disable RS1001, RS2008 // Not a shipped analyzer (see the remarks).
public sealed class LargeSolutionFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_never = new(
        "FLOOR0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [s_never];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
            start.RegisterOperationAction(static _ => { }, OperationKind.CatchClause);
            start.RegisterCompilationEndAction(static _ => { });
        });
    }
}
#pragma warning restore RS1001, RS2008
