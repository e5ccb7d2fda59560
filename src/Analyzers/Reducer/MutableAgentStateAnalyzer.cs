using System.Collections.Immutable;
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
        // One action per type, not one per field and property of the whole compilation.
        start.RegisterSymbolAction(c => AnalyzeAgent(c, symbols), SymbolKind.NamedType);
    }

    private static void AnalyzeAgent(SymbolAnalysisContext context, AgentSymbols symbols)
    {
        var agent = (INamedTypeSymbol)context.Symbol;
        if (!symbols.IsAgent(agent))
        {
            return;
        }

        foreach (ISymbol member in agent.GetMembers())
        {
            if (member is IFieldSymbol or IPropertySymbol && !member.IsImplicitlyDeclared &&
                SyntaxFilter.UserLocation(member, context.CancellationToken) is { } location)
            {
                Analyze(context, agent, member, location);
            }
        }
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol agent, ISymbol member, Location location)
    {
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
