using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.Size;

/// <summary>
/// Keeps agents small and focused (factor 10): warns when an <c>[Agent]</c>'s next-step union has more tools than
/// <c>agentgen.max_tools_per_agent</c> (AGEN0040, default 15) or its <c>MaxSteps</c> is above <c>agentgen.max_steps</c>
/// (AGEN0041, default 25). Both limits are read from <c>.editorconfig</c> or <c>.globalconfig</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AgentSizeAnalyzer : AgentAnalyzer
{
    /// <summary>The option that sets how many tools one agent's union may have.</summary>
    public const string MaxToolsOption = "agentgen.max_tools_per_agent";

    /// <summary>The option that sets the highest <c>MaxSteps</c> an agent may declare.</summary>
    public const string MaxStepsOption = "agentgen.max_steps";

    /// <summary>The tool limit when <see cref="MaxToolsOption"/> is not set.</summary>
    public const int DefaultMaxTools = 15;

    /// <summary>The step limit when <see cref="MaxStepsOption"/> is not set.</summary>
    public const int DefaultMaxSteps = 25;

    /// <summary>What <c>[Agent]</c> means when <c>MaxSteps</c> is not given (see <c>AgentAttribute.MaxSteps</c>).</summary>
    private const int AttributeDefaultMaxSteps = 10;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TooManyTools, Descriptors.TooManySteps);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        start.RegisterSymbolAction(c => Analyze(c, symbols), SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context, AgentSymbols symbols)
    {
        var agent = (INamedTypeSymbol)context.Symbol;
        AttributeData? attribute = agent.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.Agent));
        if (attribute is null || agent.TypeKind != TypeKind.Class || AgentSymbols.DeclarationIdentifier(agent, context.CancellationToken) is not { } identifier)
        {
            return;
        }

        AnalyzerConfigOptionsProvider options = context.Options.AnalyzerConfigOptionsProvider;
        int maxTools = Limit(options, identifier.SourceTree, MaxToolsOption, DefaultMaxTools);
        int maxSteps = Limit(options, identifier.SourceTree, MaxStepsOption, DefaultMaxSteps);

        if (symbols.NextStepUnion(agent) is { } union)
        {
            int tools = symbols.MembersOf(union, context.CancellationToken).Length;
            if (tools > maxTools)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TooManyTools, identifier, agent.Name, tools, union.Name, maxTools));
            }
        }

        TypedConstant declared = attribute.NamedArguments.FirstOrDefault(a => a.Key == "MaxSteps").Value;
        int steps = declared.Value is int value ? value : AttributeDefaultMaxSteps;
        if (steps > maxSteps)
        {
            Location location = MaxStepsArgument(attribute, context) ?? identifier;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TooManySteps, location, agent.Name, steps, maxSteps));
        }
    }

    /// <summary><c>MaxSteps = 40</c> in the attribute, or the attribute's name when it relies on the default.</summary>
    private static Location? MaxStepsArgument(AttributeData attribute, SymbolAnalysisContext context)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
        {
            return null;
        }

        AttributeArgumentSyntax? argument = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "MaxSteps");
        return (argument ?? (SyntaxNode)syntax.Name).GetLocation();
    }

    /// <summary>The limit set for the file (or globally); <paramref name="fallback"/> when unset or not a non-negative whole number.</summary>
    private static int Limit(AnalyzerConfigOptionsProvider provider, SyntaxTree? tree, string key, int fallback)
    {
        string? text = null;
        if (tree is not null && provider.GetOptions(tree).TryGetValue(key, out string? local))
        {
            text = local;
        }
        else if (provider.GlobalOptions.TryGetValue(key, out string? global))
        {
            text = global;
        }

        return int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int limit) ? limit : fallback;
    }
}
