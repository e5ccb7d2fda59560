using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>Checks the declaration of every <c>[Tool]</c> and <c>[NextStep]</c> type: the shape the generator needs.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ToolMustBePartial);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? tool = start.Compilation.GetTypeByMetadataName("AgentGen.ToolAttribute");
            INamedTypeSymbol? nextStep = start.Compilation.GetTypeByMetadataName("AgentGen.NextStepAttribute");
            if (tool is null || nextStep is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, tool, nextStep), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol tool, INamedTypeSymbol nextStep)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        bool marked = type.GetAttributes().Any(a =>
            SymbolEqualityComparer.Default.Equals(a.AttributeClass, tool) || SymbolEqualityComparer.Default.Equals(a.AttributeClass, nextStep));
        if (!marked)
        {
            return;
        }

        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            foreach (SyntaxReference reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration &&
                    !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    string where = SymbolEqualityComparer.Default.Equals(current, type) ? string.Empty : $" (it is nested in '{current.Name}')";
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.ToolMustBePartial, declaration.Identifier.GetLocation(), current.Name, where));
                }
            }
        }
    }
}
