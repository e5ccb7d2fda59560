using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Benchmarks;

/// <summary>
/// An analyzer that does nothing. With its actions (the default), it registers a symbol action on every type, an
/// operation action on every catch clause (which makes the driver build an operation tree for every method body) and a
/// compilation-end action: what any analyzer with an operation action over all code costs, as the .NET SDK's own CA
/// rules have, and as AgentGen's analyzers had. Without, it registers no action at all: what attaching any analyzer
/// costs (the compiler's event queue and Roslyn's analyzer driver).
/// </summary>
/// <param name="withActions">Whether to register the do-nothing actions.</param>
/// <remarks>Instantiated by the benchmarks, never loaded by a compiler: no [DiagnosticAnalyzer], no release tracking.</remarks>
#pragma warning disable RS1001, RS2008 // Not a shipped analyzer (see the remarks).
public sealed class LargeSolutionFloorAnalyzer(bool withActions = true) : DiagnosticAnalyzer
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
            if (withActions)
            {
                start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
                start.RegisterOperationAction(static _ => { }, OperationKind.CatchClause);
                start.RegisterCompilationEndAction(static _ => { });
            }
        });
    }
}
#pragma warning restore RS1001, RS2008
