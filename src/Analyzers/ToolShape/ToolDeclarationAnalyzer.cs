using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>
/// Checks the declaration of every <c>[Tool]</c> and <c>[NextStep]</c> type: the shape the generator needs
/// (AGEN0001, AGEN0002), property types it can map (AGEN0003), a valid function name (AGEN0005) and descriptions (AGEN0006).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ToolMustBePartial,
        Descriptors.UnsupportedToolDeclaration,
        Descriptors.UnsupportedPropertyType,
        Descriptors.InvalidToolName,
        Descriptors.MissingDescription);

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

            var propertyTypes = new PropertyTypeRule(symbols);
            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols, propertyTypes), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, ToolSymbols symbols, PropertyTypeRule propertyTypes)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        AttributeData? toolAttribute = symbols.ToolAttribute(type);
        bool isNextStep = symbols.IsNextStep(type);
        if (toolAttribute is null && !isNextStep)
        {
            // A containing type is reported once, from its own symbol, naming the first tool or union inside it.
            if (FirstMarkedNestedType(type, symbols) is { } nested)
            {
                ReportNotPartial(context, type, $" ('{nested.Name}' is nested in it)");
            }

            return;
        }

        ReportNotPartial(context, type, string.Empty);

        if (isNextStep && DeclarationShapeRule.CheckNextStep(type) is { } unionShape)
        {
            context.ReportDiagnostic(unionShape);
        }

        if (toolAttribute is null)
        {
            return;
        }

        if (DeclarationShapeRule.CheckTool(type) is { } toolShape)
        {
            context.ReportDiagnostic(toolShape);
        }

        (string name, Location nameLocation) = ToolNames.Of(type, toolAttribute, context.CancellationToken);
        if (!ToolNames.IsValid(name))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidToolName, nameLocation, name));
        }

        if (DeclarationShapeRule.IsClassShape(type))
        {
            propertyTypes.Analyze(type, context.ReportDiagnostic, context.CancellationToken);
            DescriptionRule.Analyze(type, symbols, context.ReportDiagnostic, context.CancellationToken);
        }
    }

    private static void ReportNotPartial(SymbolAnalysisContext context, INamedTypeSymbol type, string where)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration &&
                !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ToolMustBePartial, declaration.Identifier.GetLocation(), type.Name, where));
            }
        }
    }

    private static INamedTypeSymbol? FirstMarkedNestedType(INamedTypeSymbol type, ToolSymbols symbols)
    {
        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            if (symbols.IsTool(nested) || symbols.IsNextStep(nested))
            {
                return nested;
            }

            if (FirstMarkedNestedType(nested, symbols) is { } deeper)
            {
                return deeper;
            }
        }

        return null;
    }
}
