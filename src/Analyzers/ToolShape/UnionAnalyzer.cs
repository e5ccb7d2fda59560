using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>
/// Checks each <c>[NextStep]</c> union as a whole once the compilation is complete: tool names are unique within it
/// (AGEN0004) and some member ends the run (AGEN0007). Members are the <c>[Tool]</c> types of the compilation that implement it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.DuplicateToolName,
        Descriptors.UnionWithoutTerminal);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            ToolSymbols? symbols = ToolSymbols.Resolve(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var tools = new ConcurrentBag<INamedTypeSymbol>();
            var unions = new ConcurrentBag<INamedTypeSymbol>();
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (symbols.IsTool(type))
                    {
                        tools.Add(type);
                    }

                    if (type.TypeKind == TypeKind.Interface && !type.IsGenericType && symbols.IsNextStep(type))
                    {
                        unions.Add(type);
                    }
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => AnalyzeUnions(end, symbols, tools.ToArray(), unions.ToArray()));
        });
    }

    private static void AnalyzeUnions(CompilationAnalysisContext context, ToolSymbols symbols, INamedTypeSymbol[] tools, INamedTypeSymbol[] unions)
    {
        foreach (INamedTypeSymbol union in unions.OrderBy(u => u.ToDisplayString(), System.StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            List<INamedTypeSymbol> members = tools
                .Where(t => t.AllInterfaces.Contains(union, SymbolEqualityComparer.Default))
                .OrderBy(t => t.Locations.FirstOrDefault()?.SourceTree?.FilePath, System.StringComparer.Ordinal)
                .ThenBy(t => t.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)
                .ToList();

            ReportDuplicateNames(context, symbols, union, members);

            if (!members.Any(symbols.IsTerminal))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnionWithoutTerminal, ToolNames.TypeLocation(union), union.Name));
            }
        }
    }

    private static void ReportDuplicateNames(CompilationAnalysisContext context, ToolSymbols symbols, INamedTypeSymbol union, List<INamedTypeSymbol> members)
    {
        var firstByName = new Dictionary<string, INamedTypeSymbol>(System.StringComparer.Ordinal);
        foreach (INamedTypeSymbol member in members)
        {
            if (symbols.ToolAttribute(member) is not { } attribute)
            {
                continue;
            }

            (string name, Location location) = ToolNames.Of(member, attribute, context.CancellationToken);
            if (firstByName.TryGetValue(name, out INamedTypeSymbol? first))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateToolName, location, first.Name, member.Name, name, union.Name));
            }
            else
            {
                firstByName.Add(name, member);
            }
        }
    }
}
