using System.Collections.Immutable;
using System.Linq;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.Reducer;

/// <summary>
/// Reports mutable state in an <c>[Agent]</c> class (AGEN0020): a field that is not <see langword="readonly"/> or
/// <see langword="const"/>, and a property with a setter (not <c>init</c>). An agent is a stateless reducer (factor 12):
/// <c>StepAsync(thread) -&gt; thread</c>. What it learns belongs in the thread, which is saved, resumed and shown to the
/// model; a field changed by one run leaks into the next thread and vanishes on restart. Injected services held in
/// primary-constructor parameters, <see langword="readonly"/> fields and get-only or <c>init</c> properties are fine.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MutableAgentStateAnalyzer : AgentAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MutableAgentState);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        start.RegisterSymbolAction(c => Analyze(c, symbols), SymbolKind.Field, SymbolKind.Property);
    }

    private static void Analyze(SymbolAnalysisContext context, AgentSymbols symbols)
    {
        ISymbol member = context.Symbol;
        if (member.IsImplicitlyDeclared || member.ContainingType is not { } agent || !symbols.IsAgent(agent) ||
            member.Locations.FirstOrDefault(l => l.IsInSource) is not { } location)
        {
            return;
        }

        switch (member)
        {
            case IFieldSymbol { IsReadOnly: false, IsConst: false } field:
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MutableAgentState, location,
                    "Field", field.Name, agent.Name, "make the field readonly"));
                break;
            case IPropertySymbol { SetMethod: { IsInitOnly: false } } property:
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MutableAgentState, location,
                    "Property", property.IsIndexer ? "this[]" : property.Name, agent.Name, "remove the setter (or make it init)"));
                break;
        }
    }
}
