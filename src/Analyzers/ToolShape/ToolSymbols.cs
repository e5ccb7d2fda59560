using System.Linq;
using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>The marker and framework symbols the tool-shape rules look for, resolved once per compilation.</summary>
internal sealed class ToolSymbols
{
    private ToolSymbols(INamedTypeSymbol tool, INamedTypeSymbol nextStep, INamedTypeSymbol? terminal, INamedTypeSymbol? description, INamedTypeSymbol? jsonIgnore)
    {
        Tool = tool;
        NextStep = nextStep;
        Terminal = terminal;
        Description = description;
        JsonIgnore = jsonIgnore;
    }

    public INamedTypeSymbol Tool { get; }

    public INamedTypeSymbol NextStep { get; }

    public INamedTypeSymbol? Terminal { get; }

    public INamedTypeSymbol? Description { get; }

    public INamedTypeSymbol? JsonIgnore { get; }

    /// <summary>The symbols, or <see langword="null"/> when the compilation does not reference AgentGen.</summary>
    public static ToolSymbols? Resolve(Compilation compilation)
    {
        INamedTypeSymbol? tool = compilation.GetTypeByMetadataName("AgentGen.ToolAttribute");
        INamedTypeSymbol? nextStep = compilation.GetTypeByMetadataName("AgentGen.NextStepAttribute");
        if (tool is null || nextStep is null)
        {
            return null;
        }

        return new ToolSymbols(
            tool,
            nextStep,
            compilation.GetTypeByMetadataName("AgentGen.TerminalAttribute"),
            compilation.GetTypeByMetadataName("System.ComponentModel.DescriptionAttribute"),
            compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonIgnoreAttribute"));
    }

    public AttributeData? ToolAttribute(ISymbol symbol) => Find(symbol, Tool);

    public bool IsTool(ISymbol symbol) => Find(symbol, Tool) is not null;

    public bool IsNextStep(ISymbol symbol) => Find(symbol, NextStep) is not null;

    public bool IsTerminal(ISymbol symbol) => Terminal is not null && Find(symbol, Terminal) is not null;

    public bool IsJsonIgnored(ISymbol symbol) => JsonIgnore is not null && Find(symbol, JsonIgnore) is not null;

    /// <summary>Whether <c>[Description("...")]</c> with non-blank text is on the symbol, as the generator reads it.</summary>
    public bool HasDescriptionAttribute(ISymbol symbol) =>
        Description is not null &&
        symbol.GetAttributes().Any(a =>
            SymbolEqualityComparer.Default.Equals(a.AttributeClass, Description) &&
            a.ConstructorArguments.Length == 1 &&
            a.ConstructorArguments[0].Value is string text &&
            !string.IsNullOrWhiteSpace(text));

    private static AttributeData? Find(ISymbol symbol, INamedTypeSymbol attribute) =>
        symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
}
