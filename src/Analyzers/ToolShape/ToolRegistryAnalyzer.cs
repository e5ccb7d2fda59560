using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>
/// Checks the tools of the assembly as its generated tool registry lists them, once the compilation is complete: two
/// <c>[Tool]</c> types must not share a tool name (AGEN0008), because the registry reads a saved thread's tool calls by
/// name and keeps one type per name. Two tools of one union are AGEN0004's; this rule reports the pairs that share no union.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolRegistryAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DuplicateRegistryToolName);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        // The tools the generator generates for are found once per compilation (AgentIndex); the registry lists the visible ones.
        context.RegisterCompilationAction(compilationContext =>
        {
            ToolSymbols? symbols = ToolSymbols.Resolve(compilationContext.Compilation);
            AgentSymbols? agentSymbols = AgentSymbols.Create(compilationContext.Compilation);
            if (symbols is null || agentSymbols is null)
            {
                return;
            }

            var tools = new List<(INamedTypeSymbol Type, string Name, Location Location)>();
            foreach (INamedTypeSymbol type in agentSymbols.Index(compilationContext.CancellationToken).Tools)
            {
                if (VisibleInAssembly(type) && symbols.ToolAttribute(type) is { } attribute)
                {
                    (string name, Location location) = ToolNames.Of(type, attribute, compilationContext.CancellationToken);
                    tools.Add((type, name, location));
                }
            }

            ReportDuplicates(compilationContext, symbols, tools);
        });
    }

    private static void ReportDuplicates(CompilationAnalysisContext context, ToolSymbols symbols, List<(INamedTypeSymbol Type, string Name, Location Location)> tools)
    {
        foreach (var sameName in tools.GroupBy(t => t.Name, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var ordered = sameName.OrderBy(t => t.Type.ToDisplayString(), System.StringComparer.Ordinal).ToList();
            foreach ((INamedTypeSymbol type, string name, Location location) in ordered)
            {
                // The first other tool of that name that shares no union with this one (those are AGEN0004's).
                INamedTypeSymbol? other = ordered.Select(t => t.Type).FirstOrDefault(o =>
                    !SymbolEqualityComparer.Default.Equals(o, type) && !ShareUnion(o, type, symbols));
                if (other is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DuplicateRegistryToolName, location, type.ToDisplayString(), other.ToDisplayString(), name));
                }
            }
        }
    }

    // [NextStep] applies to interfaces only, so a tool's unions are among its interfaces.
    private static bool ShareUnion(INamedTypeSymbol first, INamedTypeSymbol second, ToolSymbols symbols) =>
        first.AllInterfaces.Any(i => symbols.IsNextStep(i) && second.AllInterfaces.Contains(i, SymbolEqualityComparer.Default));

    /// <summary>Whether the assembly's registry can name the type: it and every type containing it are public or internal.</summary>
    private static bool VisibleInAssembly(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }
}
